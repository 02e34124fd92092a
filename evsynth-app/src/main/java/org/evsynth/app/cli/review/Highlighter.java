package org.evsynth.app.cli.review;

import org.evsynth.review.EligibilityTerms;
import org.evsynth.review.Protocol;

/**
 * Marks the words of the protocol's eligibility criteria in a record's text ({@link EligibilityTerms}), so a
 * screener's eye finds them: words of the question and the inclusion criteria in bold green, of the exclusion
 * criteria in bold red (on a terminal), or as *include* and _exclude_ in plain text.
 */
final class Highlighter {

    private static final String GREEN = "\u001B[1;32m";
    private static final String RED = "\u001B[1;31m";
    private static final String RESET = "\u001B[0m";

    private final EligibilityTerms terms;

    private Highlighter(EligibilityTerms terms) {
        this.terms = terms;
    }

    /** The words of the protocol's question and eligibility criteria. */
    static Highlighter of(Protocol protocol) {
        return new Highlighter(EligibilityTerms.of(protocol));
    }

    /** The line with the criteria's words marked. */
    String mark(String line, boolean ansi) {
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (EligibilityTerms.Span s : terms.spans(line)) {
            switch (s.kind()) {
                case PLAIN -> out.append(s.text());
                case INCLUDE -> out.append(ansi ? GREEN : "*").append(s.text()).append(ansi ? RESET : "*");
                case EXCLUDE -> out.append(ansi ? RED : "_").append(s.text()).append(ansi ? RESET : "_");
            }
        }
        return out.toString();
    }
}
