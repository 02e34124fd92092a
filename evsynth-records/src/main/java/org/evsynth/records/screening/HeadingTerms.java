package org.evsynth.records.screening;

/** How a record's keywords and subject headings become terms. */
public enum HeadingTerms {
    /** Each heading's words, analysed as the title and abstract are ("Heart Failure" gives "heart", "failur"). */
    WORDS,
    /**
     * Each heading one term of its own, apart from the words of the title and abstract ("Heart Failure" is one
     * feature, distinct from the words "heart" and "failure" in the text). Indexers assign a heading to what a
     * paper is about, so a heading weighs as one judgement; mixed with the text, its words would add to the counts
     * of the same words in the abstract and pull records that merely share a word (in the simulations on the
     * Cohen et al. 2006 sets, whole headings screened fewer records than the headings' words).
     */
    WHOLE
}
