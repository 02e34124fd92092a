package org.evsynth.records.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PubMed search tags ({@code [tiab]}, {@code [mesh]}, ...) expressed as the Ovid constructs they correspond to,
 * following the PubMed/Ovid columns of the Polyglot field table (IEBH/sra-polyglot v4).
 */
final class PubMedTags {

    private static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("tiab", List.of("ti", "ab")),
            Map.entry("title/abstract", List.of("ti", "ab")),
            Map.entry("ti", List.of("ti")),
            Map.entry("title", List.of("ti")),
            Map.entry("ab", List.of("ab")),
            Map.entry("abstract", List.of("ab")),
            // PubMed's text word also searches MeSH terms and substance names
            Map.entry("tw", List.of("tw", "hw", "rn")),
            Map.entry("text word", List.of("tw", "hw", "rn")),
            Map.entry("sh", List.of("fs")),
            Map.entry("pt", List.of("pt")),
            Map.entry("publication type", List.of("pt")),
            Map.entry("la", List.of("lg")),
            Map.entry("all", List.of("mp")),
            Map.entry("all fields", List.of("mp")),
            Map.entry("dp", List.of("yr")),
            Map.entry("pdat", List.of("yr")),
            Map.entry("nm", List.of("nm")),
            Map.entry("rn", List.of("rn")),
            Map.entry("pmid", List.of("ui")),
            Map.entry("uid", List.of("ui")),
            Map.entry("au", List.of("au")));

    private PubMedTags() {
    }

    /** The Ovid field codes a field tag stands for, or null if the tag is a MeSH tag or unknown. */
    static List<String> fieldCodes(String tag) {
        return FIELDS.get(normal(tag));
    }

    /** True for [mesh], [mh], [mesh terms] and the :noexp and [majr] forms. */
    static boolean isHeadingTag(String tag) {
        String t = normal(tag);
        return t.startsWith("mesh") || t.startsWith("mh") || t.startsWith("majr");
    }

    /** PubMed explodes MeSH by default; {@code :noexp} turns it off. */
    static boolean explodes(String tag) {
        return !normal(tag).endsWith(":noexp");
    }

    static boolean isMajor(String tag) {
        return normal(tag).startsWith("majr");
    }

    private static String normal(String tag) {
        return tag.trim().toLowerCase(Locale.ROOT);
    }
}
