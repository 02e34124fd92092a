package org.evsynth.records.search;

import static org.evsynth.records.search.SearchField.ABSTRACT;
import static org.evsynth.records.search.SearchField.HEADING;
import static org.evsynth.records.search.SearchField.HEADING_WORD;
import static org.evsynth.records.search.SearchField.ID;
import static org.evsynth.records.search.SearchField.KEYWORD;
import static org.evsynth.records.search.SearchField.LANGUAGE;
import static org.evsynth.records.search.SearchField.PUBLICATION_TYPE;
import static org.evsynth.records.search.SearchField.PUBLICATION_TYPE_WORD;
import static org.evsynth.records.search.SearchField.SUBHEADING;
import static org.evsynth.records.search.SearchField.SUBSTANCE;
import static org.evsynth.records.search.SearchField.TITLE;
import static org.evsynth.records.search.SearchField.YEAR;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ovid MEDLINE field codes ({@code .ti.}, {@code .tw.}, {@code .mp.}, ...) and the index fields each one searches.
 *
 * <p>Codes follow the Ovid MEDLINE field guide (as tabulated in IEBH/sra-polyglot, v4). Fields that Ovid has
 * but imported records do not carry (entry date, original title, supplementary concepts, ...) are known here so
 * that a strategy using them parses; the executor then reports a note on the line instead of a silent miss.
 */
public final class FieldCodes {

    /** The multi-purpose default Ovid MEDLINE uses for an unqualified term ({@code .mp.}). */
    public static final List<String> DEFAULT = List.of("mp");

    private static final Set<SearchField> TEXT_FIELDS =
            EnumSet.of(TITLE, ABSTRACT, KEYWORD, HEADING_WORD, SUBSTANCE);

    private static final Map<String, Set<SearchField>> CARRIED = Map.ofEntries(
            Map.entry("ti", EnumSet.of(TITLE)),
            Map.entry("ab", EnumSet.of(ABSTRACT)),
            Map.entry("tw", EnumSet.of(TITLE, ABSTRACT)),
            Map.entry("tx", EnumSet.of(TITLE, ABSTRACT)),
            Map.entry("mp", TEXT_FIELDS),
            Map.entry("af", EnumSet.of(TITLE, ABSTRACT, KEYWORD, HEADING_WORD, SUBSTANCE, PUBLICATION_TYPE_WORD)),
            Map.entry("kw", EnumSet.of(KEYWORD)),
            Map.entry("kf", EnumSet.of(KEYWORD)),
            Map.entry("hw", EnumSet.of(HEADING_WORD)),
            Map.entry("sh", EnumSet.of(HEADING)),
            Map.entry("fs", EnumSet.of(SUBHEADING)),
            Map.entry("pt", EnumSet.of(PUBLICATION_TYPE)),
            Map.entry("rn", EnumSet.of(SUBSTANCE)),
            Map.entry("nm", EnumSet.of(SUBSTANCE)),
            Map.entry("lg", EnumSet.of(LANGUAGE)),
            Map.entry("yr", EnumSet.of(YEAR)),
            Map.entry("ui", EnumSet.of(ID)));

    private static final Map<String, String> NOT_CARRIED = Map.ofEntries(
            Map.entry("ot", "original title"),
            Map.entry("ed", "entry date"),
            Map.entry("dp", "date of publication"),
            Map.entry("dt", "date created"),
            Map.entry("ez", "date created"),
            Map.entry("da", "date indexed"),
            Map.entry("au", "author"),
            Map.entry("fa", "full author name"),
            Map.entry("in", "institution"),
            Map.entry("jn", "journal name"),
            Map.entry("jw", "journal word"),
            Map.entry("so", "source"),
            Map.entry("sb", "subset"),
            Map.entry("ps", "protocol supplementary concept"),
            Map.entry("px", "protocol supplementary concept word"),
            Map.entry("rs", "rare disease supplementary concept"),
            Map.entry("rx", "rare disease supplementary concept word"),
            Map.entry("os", "organism supplementary concept"),
            Map.entry("ox", "organism supplementary concept word"),
            Map.entry("fx", "floating subheading word"),
            Map.entry("sy", "synonyms"),
            Map.entry("id", "article identifier"),
            Map.entry("do", "DOI"),
            Map.entry("db", "database"),
            Map.entry("su", "supplementary data"),
            Map.entry("dv", "device trade name"),
            Map.entry("dm", "device manufacturer"));

    private FieldCodes() {
    }

    /** What a field code searches: the carried index fields and the Ovid fields records do not carry. */
    public record Scope(Set<SearchField> fields, List<String> missing) {
        public Scope {
            fields = Set.copyOf(fields);
            missing = List.copyOf(missing);
        }
    }

    /** True if evsynth knows the code, carried or not. */
    public static boolean isKnown(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        return CARRIED.containsKey(c) || NOT_CARRIED.containsKey(c);
    }

    /** The index fields and missing fields for a list of codes; unknown codes must be rejected by the parser. */
    public static Scope resolve(List<String> codes) {
        Set<SearchField> fields = EnumSet.noneOf(SearchField.class);
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            String c = code.toLowerCase(Locale.ROOT);
            Optional.ofNullable(CARRIED.get(c)).ifPresent(fields::addAll);
            Optional.ofNullable(NOT_CARRIED.get(c)).ifPresent(name -> missing.add("." + c + ". (" + name + ")"));
        }
        return new Scope(fields, missing);
    }
}
