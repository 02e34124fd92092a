package org.evsynth.records.search;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PubMed search tags ({@code [tiab]}, {@code [mh]}, {@code [dp]}, ...) expressed as the Ovid field codes they
 * correspond to, following the PubMed and Ovid MEDLINE columns of the Polyglot field table (IEBH/sra-polyglot v4)
 * and NLM's list of PubMed search field tags. Where Polyglot pairs one PubMed tag with two Ovid codes, the closer
 * one is kept: {@code [all]} is Ovid's all fields ({@code .af.}), {@code [tw]} its multi-purpose {@code .mp.},
 * {@code [edat]} the Entrez date ({@code .ez.}) and {@code [dcom]} the entry date ({@code .ed.}).
 */
final class PubMedTags {

    private static final Pattern PROXIMITY = Pattern.compile("(?i)\\s*(tiab|ti|title|title/abstract|ad)\\s*:\\s*~\\s*(\\d+)\\s*");
    private static final Map<String, List<String>> FIELDS = new HashMap<>();
    private static final String[] HEADING_TAGS = {"mh", "mesh", "mesh terms", "majr", "mesh major topic"};

    static {
        tag(List.of("ti", "ab"), "tiab", "title/abstract");
        tag(List.of("ti"), "ti", "title");
        tag(List.of("ab"), "ab", "abstract");
        tag(List.of("mp"), "tw", "text word", "text words");
        tag(List.of("af"), "all", "all fields");
        tag(List.of("kf"), "ot", "other term", "other terms");
        tag(List.of("fs"), "sh", "subheading", "mesh subheading", "sh:noexp", "mesh subheading:noexp");
        tag(List.of("pt"), "pt", "publication type");
        tag(List.of("lg"), "la", "language");
        tag(List.of("dp"), "dp", "pdat", "date - publication", "publication date");
        tag(List.of("ez"), "edat", "date - entrez", "entrez date");
        tag(List.of("dt"), "crdt", "date - create", "create date");
        tag(List.of("ed"), "dcom", "date - completion", "completion date");
        tag(List.of("da"), "mhda", "date - mesh", "mesh date");
        tag(List.of("up"), "lr", "date - last revision", "modification date");
        tag(List.of("au"), "au", "author", "auth", "fau", "full author name", "lastau", "last author", "cn",
                "corporate author");
        tag(List.of("pa"), "1au", "first author", "first author name");
        tag(List.of("jn"), "ta", "journal", "jour", "jt");
        tag(List.of("is"), "is", "issn", "isbn");
        tag(List.of("do"), "aid", "lid", "doi", "location id", "article identifier");
        tag(List.of("vo"), "vi", "volume");
        tag(List.of("ip"), "ip", "issue");
        tag(List.of("pg"), "pg", "pagination");
        tag(List.of("nm"), "nm", "supplementary concept", "substance name");
        tag(List.of("rn"), "rn", "ec/rn number", "registry number");
        tag(List.of("ui"), "pmid", "uid");
        tag(List.of("sb"), "sb", "subset", "filter");
        tag(List.of("in"), "ad", "affiliation");
        tag(List.of("ot"), "tt", "transliterated title");
        tag(List.of("si"), "si", "secondary source id");
        tag(List.of("no"), "gr", "grant number");
        tag(List.of("pn"), "ps", "personal name as subject");
        tag(List.of("pl"), "pl", "place of publication");
        tag(List.of("jc"), "jid", "nlm unique id");
        tag(List.of("ci"), "cois", "conflict of interest statement");
        tag(List.of("ir"), "ir", "fir", "investigator", "full investigator name");
        tag(List.of("bt"), "book");
    }

    private PubMedTags() {
    }

    private static void tag(List<String> codes, String... names) {
        for (String name : names) {
            FIELDS.put(name, codes);
        }
    }

    /** The Ovid field codes a field tag stands for, or null if the tag is a MeSH tag or unknown. */
    static List<String> fieldCodes(String tag) {
        return FIELDS.get(normal(tag));
    }

    /** Every tag name evsynth reads, heading tags included: what makes a line PubMed syntax. */
    static boolean isKnown(String tag) {
        return fieldCodes(tag) != null || isHeadingTag(tag) || proximity(tag) != null;
    }

    /** True for [mesh], [mh], [mesh terms], [majr] and their :noexp forms. */
    static boolean isHeadingTag(String tag) {
        String t = normal(tag).replace(":noexp", "").replace(":no exp", "");
        for (String h : HEADING_TAGS) {
            if (t.equals(h)) {
                return true;
            }
        }
        return false;
    }

    /** PubMed explodes MeSH by default; {@code :noexp} turns it off. */
    static boolean explodes(String tag) {
        String t = normal(tag);
        return !t.endsWith(":noexp") && !t.endsWith(":no exp");
    }

    static boolean isMajor(String tag) {
        String t = normal(tag);
        return t.startsWith("majr") || t.startsWith("mesh major topic");
    }

    /**
     * PubMed's proximity search {@code "a b"[tiab:~3]}: the field codes and the number of words that may stand
     * between the terms; null when the tag is no proximity tag.
     */
    static Proximity proximity(String tag) {
        Matcher m = PROXIMITY.matcher(tag);
        if (!m.matches()) {
            return null;
        }
        String field = m.group(1).toLowerCase(Locale.ROOT);
        List<String> codes = field.equals("ad") ? List.of("in") : fieldCodes(field);
        return new Proximity(codes, Integer.parseInt(m.group(2)));
    }

    /** A proximity tag: the fields, and at most how many words between the terms. */
    record Proximity(List<String> codes, int wordsBetween) {
    }

    private static String normal(String tag) {
        return tag.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
