package org.evsynth.records.search;

import static org.evsynth.records.search.SearchField.ABSTRACT;
import static org.evsynth.records.search.SearchField.AUTHOR;
import static org.evsynth.records.search.SearchField.CREATE_DATE;
import static org.evsynth.records.search.SearchField.DATABASE;
import static org.evsynth.records.search.SearchField.DOI;
import static org.evsynth.records.search.SearchField.ENTREZ_DATE;
import static org.evsynth.records.search.SearchField.ENTRY_DATE;
import static org.evsynth.records.search.SearchField.FIRST_AUTHOR;
import static org.evsynth.records.search.SearchField.HEADING;
import static org.evsynth.records.search.SearchField.HEADING_WORD;
import static org.evsynth.records.search.SearchField.ID;
import static org.evsynth.records.search.SearchField.ISSN;
import static org.evsynth.records.search.SearchField.ISSUE;
import static org.evsynth.records.search.SearchField.JOURNAL;
import static org.evsynth.records.search.SearchField.KEYWORD;
import static org.evsynth.records.search.SearchField.LANGUAGE;
import static org.evsynth.records.search.SearchField.MESH_DATE;
import static org.evsynth.records.search.SearchField.PAGES;
import static org.evsynth.records.search.SearchField.PUBLICATION_DATE;
import static org.evsynth.records.search.SearchField.PUBLICATION_TYPE;
import static org.evsynth.records.search.SearchField.PUBLICATION_TYPE_WORD;
import static org.evsynth.records.search.SearchField.SUBHEADING;
import static org.evsynth.records.search.SearchField.SUBSTANCE;
import static org.evsynth.records.search.SearchField.TITLE;
import static org.evsynth.records.search.SearchField.UPDATE_DATE;
import static org.evsynth.records.search.SearchField.VOLUME;
import static org.evsynth.records.search.SearchField.YEAR;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ovid field codes ({@code .ti.}, {@code .tw.}, {@code .mp.}, ...) and the index fields each one searches.
 *
 * <p>The codes are every code of the Ovid MEDLINE column of the Polyglot field table (IEBH/sra-polyglot v4,
 * {@code search-syntax/v4.tsv}), the Ovid Embase and PsycINFO codes that published strategies use ({@code .dq.},
 * {@code .dv.}, {@code .dm.}, {@code .tn.}, {@code .db.}, ...), and the date fields. A code that imported records
 * cannot carry (original title, journal subset, supplementary concepts, ...) is known here so that a strategy using
 * it runs; the line then says that part was not evaluated. An unknown code is refused, as Ovid refuses it.
 */
public final class FieldCodes {

    /** The multi-purpose default Ovid MEDLINE uses for an unqualified term ({@code .mp.}). */
    public static final List<String> DEFAULT = List.of("mp");

    private static final Set<SearchField> MULTI_PURPOSE =
            EnumSet.of(TITLE, ABSTRACT, KEYWORD, HEADING_WORD, SUBSTANCE);
    private static final Map<String, Code> CODES = new LinkedHashMap<>();

    static {
        code("ti", "title", TITLE);
        code("ab", "abstract", ABSTRACT);
        code("tw", "text word (title and abstract)", TITLE, ABSTRACT);
        code("tx", "text (title and abstract)", TITLE, ABSTRACT);
        code("mp", "multi-purpose", MULTI_PURPOSE.toArray(SearchField[]::new));
        code("af", "all fields", TITLE, ABSTRACT, KEYWORD, HEADING_WORD, SUBSTANCE, PUBLICATION_TYPE_WORD, JOURNAL);
        code("kw", "keyword heading", KEYWORD);
        code("kf", "keyword heading word", KEYWORD);
        code("ot", "original title");
        code("hw", "heading word", HEADING_WORD);
        code("sh", "subject heading", HEADING);
        code("fs", "floating subheading", SUBHEADING);
        code("xs", "exploded subheading", SUBHEADING);
        code("fx", "floating subheading word");
        code("pt", "publication type", PUBLICATION_TYPE);
        code("rn", "registry number or name of substance", SUBSTANCE);
        code("nm", "name of substance word", SUBSTANCE);
        code("lg", "language", LANGUAGE);
        code("la", "language", LANGUAGE);
        code("ui", "unique identifier (PMID)", ID);
        code("pm", "PubMed identifier", ID);
        code("au", "author", AUTHOR);
        code("fa", "full author name", AUTHOR);
        code("pa", "first author", FIRST_AUTHOR);
        code("jn", "journal name", JOURNAL);
        code("jw", "journal word", JOURNAL);
        code("nj", "NLM journal name", JOURNAL);
        code("ja", "journal abbreviation", JOURNAL);
        code("so", "source", JOURNAL);
        code("is", "ISSN", ISSN);
        code("ib", "ISBN", ISSN);
        code("do", "DOI", DOI);
        code("id", "article identifier (DOI)", DOI);
        code("vo", "volume", VOLUME);
        code("ip", "issue", ISSUE);
        code("pg", "pages", PAGES);
        code("db", "database", DATABASE);
        code("yr", "year of publication", YEAR);
        code("dp", "date of publication", PUBLICATION_DATE);
        code("ed", "entry date", ENTRY_DATE);
        code("em", "entry month", ENTRY_DATE);
        code("ez", "Entrez date", ENTREZ_DATE);
        code("dt", "create date", CREATE_DATE);
        code("da", "date of MeSH indexing", MESH_DATE);
        code("up", "update date", UPDATE_DATE);
        // known to Ovid, not carried by imported records
        code("ai", "author identifier");
        code("bt", "book title");
        code("ci", "conflict of interest statement");
        code("cm", "comments");
        code("cp", "country of publication");
        code("pl", "country of publication");
        code("in", "institution");
        code("fe", "book editor");
        code("ir", "investigator");
        code("no", "grant number");
        code("gs", "grant sponsor");
        code("jc", "NLM journal code");
        code("pn", "personal name as subject");
        code("si", "secondary source identifier");
        code("sb", "journal subset");
        code("ps", "protocol supplementary concept");
        code("px", "protocol supplementary concept word");
        code("rs", "rare disease supplementary concept");
        code("rx", "rare disease supplementary concept word");
        code("os", "organism supplementary concept");
        code("ox", "organism supplementary concept word");
        code("sy", "synonyms");
        code("ca", "corporate author");
        code("st", "status");
        code("su", "supplementary concept");
        code("dq", "candidate term word (Embase)");
        code("dv", "device trade name (Embase)");
        code("dm", "device manufacturer (Embase)");
        code("tn", "drug trade name (Embase)");
        code("mf", "drug manufacturer (Embase)");
        code("ec", "enzyme commission number (Embase)");
        code("dd", "date delivered (Embase)");
        code("dc", "date created (Embase)");
        code("ct", "clinical trial number (Embase)");
        code("pu", "publisher");
        code("pb", "publisher");
        code("lo", "location");
        code("ar", "article identifier (PsycINFO)");
        code("op", "other publisher (PsycINFO)");
        code("pv", "publication version (PsycINFO)");
        code("cd", "update code (PsycINFO)");
        code("tb", "tables (Cochrane Library)");
    }

    private FieldCodes() {
    }

    /** One Ovid field code: its name, and the index fields it searches (none when records never carry it). */
    record Code(String code, String name, Set<SearchField> fields) {
    }

    private static void code(String code, String name, SearchField... fields) {
        Set<SearchField> set = EnumSet.noneOf(SearchField.class);
        set.addAll(List.of(fields));
        CODES.put(code, new Code(code, name, Set.copyOf(set)));
    }

    /** What a list of field codes searches: the index fields, and the Ovid fields the records cannot carry. */
    public record Scope(Set<SearchField> fields, List<String> missing) {
        public Scope {
            fields = Set.copyOf(fields);
            missing = List.copyOf(missing);
        }
    }

    /** True if evsynth knows the code, carried or not. */
    public static boolean isKnown(String code) {
        return CODES.containsKey(code.toLowerCase(Locale.ROOT).trim());
    }

    /** Every known code, in the order of the table above. */
    public static Set<String> known() {
        return CODES.keySet();
    }

    /** The Ovid name of a known code ("entry date"), or the code itself. */
    public static String name(String code) {
        Code c = CODES.get(code.toLowerCase(Locale.ROOT));
        return c == null ? code : c.name();
    }

    /** The index fields and missing fields for a list of codes; unknown codes must be rejected by the parser. */
    public static Scope resolve(List<String> codes) {
        Set<SearchField> fields = EnumSet.noneOf(SearchField.class);
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            Code c = CODES.get(code.toLowerCase(Locale.ROOT));
            if (c == null) {
                continue;
            }
            fields.addAll(c.fields());
            if (c.fields().isEmpty()) {
                missing.add("." + c.code() + ". (" + c.name() + ")");
            }
        }
        return new Scope(fields, missing);
    }
}
