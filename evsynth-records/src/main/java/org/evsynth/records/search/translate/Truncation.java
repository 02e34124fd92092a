package org.evsynth.records.search.translate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ovid's truncation and wildcards in other interfaces, after Polyglot's table: {@code *} and {@code $} (unlimited
 * truncation) are {@code *} everywhere; {@code $N} (at most N characters) has no equivalent outside Ovid and
 * becomes {@code *}; {@code #} (exactly one character) is {@code ?} in the Cochrane Library, Scopus and Web of
 * Science and has none in PubMed; {@code ?} (zero or one character) is {@code $} in Web of Science and has none
 * in PubMed, the Cochrane Library or Scopus. Ovid's colon truncation was already read as {@code $}.
 */
final class Truncation {

    private static final Pattern LIMITED = Pattern.compile("\\$(\\d+)");

    private Truncation() {
    }

    record Converted(String text, Optional<String> comment) {
    }

    static Converted convert(String text, TargetInterface target) {
        if (target == TargetInterface.OVID_MEDLINE || target == TargetInterface.OVID_EMBASE) {
            return new Converted(text, Optional.empty());
        }
        String out = text;
        String comment = null;
        Matcher limited = LIMITED.matcher(out);
        if (limited.find()) {
            comment = "'" + text + "': truncation to at most " + limited.group(1) + " characters has no "
                    + target.title() + " equivalent, written as unlimited '*'";
            out = limited.replaceAll("*");
        }
        out = out.replace("$", "*");
        if (out.indexOf('#') >= 0) {
            if (target == TargetInterface.PUBMED) {
                comment = "'" + text + "': PubMed has no one-character wildcard; written with '*'";
                out = out.replace("#", "*");
            } else {
                out = out.replace('#', '?');
            }
        }
        if (text.indexOf('?') >= 0) {
            if (target == TargetInterface.WOS) {
                out = out.replace('?', '$');
            } else {
                comment = "'" + text + "': " + target.title() + " has no zero-or-one-character wildcard; written "
                        + "with '*'";
                out = out.replace("?", "*");
            }
        }
        if (target == TargetInterface.PUBMED && out.indexOf('*') > 0 && out.indexOf('*') < out.length() - 1
                && !out.contains(" ")) {
            comment = "'" + text + "': PubMed truncates only at the end of a word";
        }
        return new Converted(out, Optional.ofNullable(comment));
    }
}
