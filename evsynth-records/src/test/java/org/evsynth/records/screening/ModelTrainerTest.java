package org.evsynth.records.screening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.evsynth.records.BibRecord;
import org.junit.jupiter.api.Test;

class ModelTrainerTest {

    private static final List<String> TITLES = List.of(
            "statin therapy after myocardial infarction randomised trial",
            "statin randomised trial in myocardial infarction",
            "hip fracture surgery in older adults cohort",
            "hip fracture rehabilitation cohort study",
            "knee replacement cohort outcomes",
            "statin and knee pain survey");

    private static FeatureMatrix features() {
        return TfIdfVectorizer.fit(TITLES.stream().map(t -> BibRecord.builder().title(t).build()).toList(),
                FeatureSettings.defaults().withMinDf(1));
    }

    @Test
    void learnsTheIncludesWords() {
        FeatureMatrix m = features();
        for (Classifier classifier : Classifier.values()) {
            LinearModel model = ModelTrainer.train(m, new int[] {0, 2, 3}, new boolean[] {true, false, false},
                    ModelSettings.defaults().withClassifier(classifier), 1);
            assertTrue(model.score(m.row(1)) > model.score(m.row(4)), classifier + ": an unseen include first");
            assertTrue(model.weights()[m.terms().indexOf("statin")] > 0);
            assertTrue(model.weights()[m.terms().indexOf("hip")] < 0);
            List<TermWeight> why = model.explain(m, m.row(1), 3);
            assertEquals(3, why.size());
            assertTrue(why.get(0).contribution() >= why.get(1).contribution());
            assertTrue(why.stream().allMatch(t -> TITLES.get(1).contains(t.term().split(" ")[0])), why.toString());
        }
    }

    @Test
    void aBlendIsTheSumOfStandardisedScores() {
        FeatureMatrix m = features();
        int[] records = {0, 2, 3};
        boolean[] includes = {true, false, false};
        ModelSettings blend = ModelSettings.defaults();
        LinearModel lr = ModelTrainer.train(m, records, includes, blend.alone(), 1);
        LinearModel nb = ModelTrainer.train(m, records, includes, blend.companion(), 1);
        LinearModel sum = ModelTrainer.train(m, records, includes, blend, 1);
        double[] zLr = standardised(m, lr);
        double[] zNb = standardised(m, nb);
        for (int r = 0; r < m.size(); r++) {
            assertEquals(zLr[r] + blend.companionWeight() * zNb[r], sum.score(m.row(r)), 1e-9);
        }
        assertFalse(blend.probabilistic(), "a sum of z-scores is not a log-odds");
        assertTrue(blend.alone().probabilistic());
        assertTrue(blend.describe().startsWith("z(liblinear logistic_regression"), blend.describe());
    }

    @Test
    void aCompanionNeedsAPositiveWeightAndNoCompanionOfItsOwn() {
        ModelSettings lr = ModelSettings.logisticRegression();
        assertThrows(IllegalArgumentException.class, () -> lr.blendedWith(ModelSettings.asReviewNaiveBayes(), 0));
        assertThrows(IllegalArgumentException.class, () -> lr.blendedWith(ModelSettings.defaults(), 1));
    }

    private static double[] standardised(FeatureMatrix m, LinearModel model) {
        double[] scores = new double[m.size()];
        double mean = 0;
        for (int r = 0; r < scores.length; r++) {
            scores[r] = model.score(m.row(r));
            mean += scores[r] / scores.length;
        }
        double variance = 0;
        for (double s : scores) {
            variance += (s - mean) * (s - mean) / scores.length;
        }
        for (int r = 0; r < scores.length; r++) {
            scores[r] = (scores[r] - mean) / Math.sqrt(variance);
        }
        return scores;
    }

    @Test
    void sameSeedSameModel() {
        FeatureMatrix m = features();
        ModelSettings svm = ModelSettings.asReviewElasU4();
        LinearModel a = ModelTrainer.train(m, new int[] {0, 2, 3, 5}, new boolean[] {true, false, false, true}, svm, 3);
        LinearModel b = ModelTrainer.train(m, new int[] {0, 2, 3, 5}, new boolean[] {true, false, false, true}, svm, 3);
        assertArrayEquals(a.weights(), b.weights(), 0);
    }

    @Test
    void needsBothClasses() {
        FeatureMatrix m = features();
        assertThrows(IllegalArgumentException.class, () -> ModelTrainer.train(m, new int[] {0, 1},
                new boolean[] {true, true}, ModelSettings.defaults(), 1));
    }

    @Test
    void classWeights() {
        // 2 includes, 8 excludes: balanced gives 10/4 and 10/16; ASReview's ratio 9.8 gives 1 and 2/78.4, scaled
        // to sum to 10
        assertArrayEquals(new double[] {2.5, 0.625}, ClassWeighting.BALANCED.weights(2, 8, 1), 1e-12);
        double[] asr = ClassWeighting.ASREVIEW_RATIO.weights(2, 8, 9.8);
        assertEquals(9.8, asr[0] * 2 / (asr[1] * 8), 1e-9);
        assertEquals(10, asr[0] * 2 + asr[1] * 8, 1e-9);
    }
}
