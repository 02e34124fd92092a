package org.evsynth.records.search;

import java.util.Map;

/**
 * Language values as one word: records say "eng", "English" or "en"; Ovid limits say "english language".
 * The MARC/ISO 639-2 codes MEDLINE uses for its common languages are mapped to the English name.
 */
final class LanguageNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("eng", "english"), Map.entry("en", "english"),
            Map.entry("fre", "french"), Map.entry("fra", "french"), Map.entry("fr", "french"),
            Map.entry("ger", "german"), Map.entry("deu", "german"), Map.entry("de", "german"),
            Map.entry("spa", "spanish"), Map.entry("es", "spanish"),
            Map.entry("ita", "italian"), Map.entry("it", "italian"),
            Map.entry("jpn", "japanese"), Map.entry("ja", "japanese"),
            Map.entry("chi", "chinese"), Map.entry("zho", "chinese"), Map.entry("zh", "chinese"),
            Map.entry("rus", "russian"), Map.entry("ru", "russian"),
            Map.entry("por", "portuguese"), Map.entry("pt", "portuguese"),
            Map.entry("dut", "dutch"), Map.entry("nld", "dutch"), Map.entry("nl", "dutch"),
            Map.entry("pol", "polish"), Map.entry("swe", "swedish"), Map.entry("dan", "danish"),
            Map.entry("nor", "norwegian"));

    private LanguageNames() {
    }

    /** "eng", "English", "english language" all give "english". */
    static String normal(String language) {
        String phrase = TextNormalizer.phrase(language).replaceAll(" language$", "");
        return NAMES.getOrDefault(phrase, phrase);
    }
}
