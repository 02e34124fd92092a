package org.evsynth.records.search;

/**
 * The fields of the search index, and how each is indexed.
 *
 * <p>Word-indexed fields hold analysed text with positions, so words, phrases and {@code adjN} work inside them.
 * Whole-value fields hold each value whole, normalised by {@link TextNormalizer#phrase}, because Ovid matches a
 * subject heading or publication type as one unit ({@code Heart Failure/} does not find "Heart Failure, Diastolic").
 * Date fields hold the first and last day a record's (often partial) date may stand for ({@link PartialDate}).
 */
public enum SearchField {
    TITLE("ti", Kind.WORDS, "titles"),
    ABSTRACT("ab", Kind.WORDS, "abstracts"),
    KEYWORD("kw", Kind.WORDS, "author keywords"),
    HEADING_WORD("hw", Kind.WORDS, "subject headings"),
    SUBSTANCE("rn", Kind.WORDS, "substance names or registry numbers"),
    PUBLICATION_TYPE_WORD("ptw", Kind.WORDS, "publication types"),
    JOURNAL("jn", Kind.WORDS, "journal names"),
    DATABASE("db", Kind.WORDS, "source databases"),
    HEADING("sh", Kind.WHOLE, "subject headings"),
    MAJOR_HEADING("mj", Kind.WHOLE, "subject headings"),
    /** "heading/qualifier" pairs, so {@code Heading/di} finds only that heading with that subheading. */
    HEADING_QUALIFIER("shq", Kind.WHOLE, "subheadings"),
    /** Subheadings on their own: Ovid's floating subheading field {@code .fs.}. */
    SUBHEADING("fs", Kind.WHOLE, "subheadings"),
    PUBLICATION_TYPE("pt", Kind.WHOLE, "publication types"),
    LANGUAGE("lg", Kind.WHOLE, "languages"),
    ID("ui", Kind.WHOLE, "PubMed identifiers"),
    /** Authors as Ovid writes them, family name and initials: "smith jc". */
    AUTHOR("au", Kind.WHOLE, "authors"),
    FIRST_AUTHOR("pa", Kind.WHOLE, "authors"),
    ISSN("is", Kind.WHOLE, "ISSNs"),
    DOI("do", Kind.WHOLE, "DOIs"),
    VOLUME("vo", Kind.WHOLE, "volume numbers"),
    ISSUE("ip", Kind.WHOLE, "issue numbers"),
    PAGES("pg", Kind.WHOLE, "page numbers"),
    YEAR("yr", Kind.YEAR, "publication years"),
    PUBLICATION_DATE("dp", Kind.DATE, "publication dates"),
    /** Ovid MEDLINE's entry date: NLM's date completed (PubMed DCOM). */
    ENTRY_DATE("ed", Kind.DATE, "entry dates"),
    /** The date the record entered PubMed (PubMed EDAT; Ovid {@code .ez.}). */
    ENTREZ_DATE("ez", Kind.DATE, "Entrez dates"),
    /** The date the record was created (PubMed CRDT; Ovid {@code .dt.}). */
    CREATE_DATE("dt", Kind.DATE, "create dates"),
    /** The date MeSH headings were added (PubMed MHDA; Ovid {@code .da.}). */
    MESH_DATE("da", Kind.DATE, "MeSH indexing dates"),
    /** The last revision (PubMed LR; Ovid {@code .up.}). */
    UPDATE_DATE("up", Kind.DATE, "update dates");

    /** How a field is indexed and searched. */
    public enum Kind { WORDS, WHOLE, YEAR, DATE }

    private final String indexName;
    private final Kind kind;
    private final String description;

    SearchField(String indexName, Kind kind, String description) {
        this.indexName = indexName;
        this.kind = kind;
        this.description = description;
    }

    /** The Lucene field name. */
    public String indexName() {
        return indexName;
    }

    /** True for analysed text with positions; false for whole-value and date fields. */
    public boolean wordIndexed() {
        return kind == Kind.WORDS;
    }

    public Kind kind() {
        return kind;
    }

    /** What the field holds, in the plural, for "records have no ..." notes. */
    public String description() {
        return description;
    }
}
