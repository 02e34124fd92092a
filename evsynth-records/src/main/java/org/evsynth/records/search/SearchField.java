package org.evsynth.records.search;

/**
 * The fields of the search index, and how each is indexed.
 *
 * <p>Word-indexed fields hold analysed text with positions, so words, phrases and {@code adjN} work inside them.
 * Phrase-indexed fields hold each value whole, normalised by {@link TextNormalizer#phrase}, because Ovid matches a
 * subject heading or publication type as one unit ({@code Heart Failure/} does not find "Heart Failure, Diastolic").
 */
public enum SearchField {
    TITLE("ti", true),
    ABSTRACT("ab", true),
    KEYWORD("kw", true),
    HEADING_WORD("hw", true),
    SUBSTANCE("rn", true),
    PUBLICATION_TYPE_WORD("ptw", true),
    HEADING("sh", false),
    MAJOR_HEADING("mj", false),
    /** "heading/qualifier" pairs, so {@code Heading/di} finds only that heading with that subheading. */
    HEADING_QUALIFIER("shq", false),
    /** Subheadings on their own: Ovid's floating subheading field {@code .fs.}. */
    SUBHEADING("fs", false),
    PUBLICATION_TYPE("pt", false),
    LANGUAGE("lg", false),
    ID("ui", false),
    YEAR("yr", false);

    private final String indexName;
    private final boolean wordIndexed;

    SearchField(String indexName, boolean wordIndexed) {
        this.indexName = indexName;
        this.wordIndexed = wordIndexed;
    }

    /** The Lucene field name. */
    public String indexName() {
        return indexName;
    }

    /** True for analysed text with positions; false for whole-value fields. */
    public boolean wordIndexed() {
        return wordIndexed;
    }
}
