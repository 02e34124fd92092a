package org.evsynth.records.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import org.evsynth.records.BibRecord;
import org.junit.jupiter.api.Test;

class TfIdfVectorizerTest {

    private static BibRecord record(String title, String abstractText, String... mesh) {
        return BibRecord.builder().title(title).abstractText(abstractText).meshHeadings(List.of(mesh)).build();
    }

    @Test
    void englishAnalysisStemsDropsStopWordsAndPairsNeighbours() {
        FeatureMatrix m = TfIdfVectorizer.fit(List.of(record("Trials of aspirin and bleeding", null),
                record("Aspirin bleeding trials", null)), FeatureSettings.defaults().withMinDf(1));
        assertTrue(m.terms().contains("trial"), m.terms().toString());
        assertTrue(m.terms().contains("bleed"));
        assertFalse(m.terms().contains("of"), "stop word");
        assertFalse(m.terms().contains("and"), "stop word");
        // bigrams join the words left when stop words are dropped, as scikit-learn's do
        assertTrue(m.terms().contains("trial aspirin"));
        assertTrue(m.terms().contains("aspirin bleed"));
        // shown as first written
        assertEquals("bleeding", m.display().get(m.terms().indexOf("bleed")));
    }

    @Test
    void weightsAreSublinearSmoothedIdfAndUnitLength() {
        // "stent" twice in record 0 and absent from record 1; "trial" in both
        FeatureSettings unigrams = FeatureSettings.defaults().withMaxNgram(1).withMinDf(1);
        FeatureMatrix m = TfIdfVectorizer.fit(List.of(record("stent stent trial", null), record("trial", null)),
                unigrams);
        SparseVector row = m.row(0);
        double stent = (1 + Math.log(2)) * (Math.log(3.0 / 2) + 1);
        double trial = 1 * (Math.log(3.0 / 3) + 1);
        double norm = Math.sqrt(stent * stent + trial * trial);
        assertEquals(stent / norm, value(m, row, "stent"), 1e-6);
        assertEquals(trial / norm, value(m, row, "trial"), 1e-6);
        assertEquals(1.0, value(m, m.row(1), "trial"), 1e-6);
    }

    @Test
    void minimumDocumentFrequencyDropsRareTerms() {
        FeatureMatrix m = TfIdfVectorizer.fit(List.of(record("stent trial", null), record("trial", null)),
                FeatureSettings.defaults().withMaxNgram(1));
        assertEquals(List.of("trial"), m.terms());
    }

    @Test
    void subjectHeadingsLoseStarAndSubheading() {
        List<BibRecord> records = List.of(record(null, null, "*Heart Failure/drug therapy"),
                record(null, null, "Heart Failure"));
        FeatureMatrix words = TfIdfVectorizer.fit(records, FeatureSettings.defaults().withHeadings(HeadingTerms.WORDS));
        assertEquals(List.of("heart", "heart failur", "failur"), words.terms());
    }

    @Test
    void wholeHeadingsAreTermsApartFromTheTextsWords() {
        List<BibRecord> records = List.of(record("heart failure", null, "*Heart Failure/drug therapy"),
                record("heart failure", null, "Heart Failure"));
        FeatureMatrix m = TfIdfVectorizer.fit(records, FeatureSettings.defaults());
        assertEquals(List.of("heart", "heart failur", "failur", "\u00a7heart failure"), m.terms());
        assertEquals("Heart Failure", m.display().get(3), "shown as indexed");
        assertEquals(4, m.row(0).size(), "the heading adds one feature, not to the words' counts");
        assertTrue(FeatureSettings.defaults().describe().contains("headings=whole"));
    }

    @Test
    void fieldsCanBeLeftOut() {
        FeatureSettings titleOnly = FeatureSettings.defaults().withMinDf(1).withFields(EnumSet.of(TextField.TITLE));
        FeatureMatrix m = TfIdfVectorizer.fit(List.of(record("stent", "aspirin", "Heart Failure")), titleOnly);
        assertEquals(List.of("stent"), m.terms());
    }

    @Test
    void asReviewWordsKeepStopWordsAndDoNotStem() {
        FeatureSettings words = FeatureSettings.asReviewElasU4();
        FeatureMatrix m = TfIdfVectorizer.fit(List.of(record("Trials of aspirin", "a b"), record("x", null)),
                words);
        assertTrue(m.terms().containsAll(List.of("trials", "of", "aspirin", "trials of", "of aspirin")));
        assertFalse(m.terms().contains("a"), "words need two characters");
    }

    @Test
    void aRecordWithoutTextHasAnEmptyVector() {
        FeatureMatrix m = TfIdfVectorizer.fit(List.of(record("trial", null), record(null, null),
                record("trial", null)), FeatureSettings.defaults());
        assertEquals(0, m.row(1).size());
    }

    private static double value(FeatureMatrix m, SparseVector row, String term) {
        int id = m.terms().indexOf(term);
        for (int i = 0; i < row.size(); i++) {
            if (row.indices()[i] == id) {
                return row.values()[i];
            }
        }
        return 0;
    }
}
