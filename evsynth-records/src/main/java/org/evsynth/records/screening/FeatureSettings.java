package org.evsynth.records.screening;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * How records become TF-IDF vectors. Immutable; change one setting with the {@code with...} methods.
 *
 * @param analysis      how text is cut into terms
 * @param fields        the parts of a record used
 * @param maxNgram      1 for single terms, 2 to add pairs of adjacent terms (bigrams)
 * @param sublinearTf   whether a term counted c times in a record weighs 1 + ln(c) instead of c (Salton &amp;
 *                      Buckley 1988; long abstracts that repeat a word do not drown short ones)
 * @param minDf         terms in fewer records than this are dropped (a term in one record cannot generalise)
 * @param maxDfFraction terms in more than this fraction of the records are dropped (1 keeps every term)
 * @param headings      how keywords and subject headings become terms ({@link TextField#KEYWORDS})
 */
public record FeatureSettings(TextAnalysis analysis, Set<TextField> fields, int maxNgram, boolean sublinearTf,
                              int minDf, double maxDfFraction, HeadingTerms headings) {

    public FeatureSettings {
        if (analysis == null || headings == null) {
            throw new IllegalArgumentException("text analysis and heading terms must be given");
        }
        if (fields == null || fields.isEmpty()) {
            throw new IllegalArgumentException("no text field chosen for the features");
        }
        // an EnumSet iterates in declaration order on every run (Set.copyOf does not), so features are reproducible
        fields = Collections.unmodifiableSet(EnumSet.copyOf(fields));
        if (maxNgram < 1 || maxNgram > 3) {
            throw new IllegalArgumentException("n-gram length " + maxNgram + " is not 1, 2 or 3");
        }
        if (minDf < 1) {
            throw new IllegalArgumentException("minimum document frequency " + minDf + " is below 1");
        }
        if (!(maxDfFraction > 0 && maxDfFraction <= 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "maximum document frequency %s is not in (0, 1]", maxDfFraction));
        }
    }

    /** Settings whose keywords and headings, if used, are analysed into words as the text is. */
    public FeatureSettings(TextAnalysis analysis, Set<TextField> fields, int maxNgram, boolean sublinearTf,
                           int minDf, double maxDfFraction) {
        this(analysis, fields, maxNgram, sublinearTf, minDf, maxDfFraction, HeadingTerms.WORDS);
    }

    /**
     * evsynth's features: Lucene's English analysis of title and abstract, uni- and bigrams, each keyword and MeSH
     * heading a term of its own, sublinear term frequency, terms in at least two records.
     */
    public static FeatureSettings defaults() {
        return new FeatureSettings(TextAnalysis.ENGLISH_STEMMED, EnumSet.allOf(TextField.class), 2, true, 2, 1.0,
                HeadingTerms.WHOLE);
    }

    /**
     * ASReview LAB 2's ELAS u4 features: scikit-learn's {@code TfidfVectorizer(ngram_range=(1, 2),
     * sublinear_tf=True, min_df=1, max_df=0.95)} of title and abstract.
     */
    public static FeatureSettings asReviewElasU4() {
        return new FeatureSettings(TextAnalysis.WORDS, EnumSet.of(TextField.TITLE, TextField.ABSTRACT), 2, true, 1,
                0.95);
    }

    /**
     * ASReview LAB 1's features: scikit-learn's {@code TfidfVectorizer(stop_words="english")} of title and
     * abstract, single words, raw term frequency (asreview 1.x, {@code asreview/models/feature_extraction/tfidf.py}),
     * with Lucene's English stop words in place of scikit-learn's longer list ({@link TextAnalysis#WORDS_STOPPED}).
     */
    public static FeatureSettings asReviewLab1() {
        return new FeatureSettings(TextAnalysis.WORDS_STOPPED, EnumSet.of(TextField.TITLE, TextField.ABSTRACT), 1,
                false, 1, 1.0);
    }

    public FeatureSettings withAnalysis(TextAnalysis value) {
        return new FeatureSettings(value, fields, maxNgram, sublinearTf, minDf, maxDfFraction, headings);
    }

    public FeatureSettings withFields(Set<TextField> value) {
        return new FeatureSettings(analysis, value, maxNgram, sublinearTf, minDf, maxDfFraction, headings);
    }

    public FeatureSettings withMaxNgram(int value) {
        return new FeatureSettings(analysis, fields, value, sublinearTf, minDf, maxDfFraction, headings);
    }

    public FeatureSettings withMinDf(int value) {
        return new FeatureSettings(analysis, fields, maxNgram, sublinearTf, value, maxDfFraction, headings);
    }

    public FeatureSettings withHeadings(HeadingTerms value) {
        return new FeatureSettings(analysis, fields, maxNgram, sublinearTf, minDf, maxDfFraction, value);
    }

    /** A canonical one-line description, for provenance. */
    public String describe() {
        String headingTerms = fields.contains(TextField.KEYWORDS) && headings == HeadingTerms.WHOLE
                ? ", headings=whole" : "";
        return String.format(Locale.ROOT, "tfidf(analysis=%s, fields=%s, ngrams=1-%d, sublinear_tf=%s, min_df=%d, "
                + "max_df=%s%s)", analysis.name().toLowerCase(Locale.ROOT), EnumSet.copyOf(fields).toString()
                .toLowerCase(Locale.ROOT), maxNgram, sublinearTf, minDf, maxDfFraction, headingTerms);
    }
}
