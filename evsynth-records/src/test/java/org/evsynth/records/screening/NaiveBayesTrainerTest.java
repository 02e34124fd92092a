package org.evsynth.records.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NaiveBayesTrainerTest {

    /**
     * Two features, three records: include (1, 0), exclude (0.6, 0.8), exclude (0, 1). By hand with alpha = 1:
     * the include class sums (1, 0), total 1, theta_1 = (2/3, 1/3); the exclude class sums (0.6, 1.8), total 2.4,
     * theta_0 = (1.6/4.4, 2.8/4.4); weights ln(theta_1j / theta_0j), bias ln(1/2).
     */
    @Test
    void weightsAreTheLogRatioOfSmoothedClassFrequencies() {
        FeatureMatrix m = new FeatureMatrix(FeatureSettings.defaults(), List.of("a", "b"), List.of("a", "b"),
                List.of(new SparseVector(new int[] {0}, new float[] {1f}),
                        new SparseVector(new int[] {0, 1}, new float[] {0.6f, 0.8f}),
                        new SparseVector(new int[] {1}, new float[] {1f})));
        LinearModel model = NaiveBayesTrainer.train(m, new int[] {0, 1, 2}, new boolean[] {true, false, false}, 1,
                new double[] {1, 1});
        assertEquals(Math.log((2.0 / 3) / (1.6 / 4.4)), model.weights()[0], 1e-6);
        assertEquals(Math.log((1.0 / 3) / (2.8 / 4.4)), model.weights()[1], 1e-6);
        assertEquals(Math.log(0.5), model.bias(), 1e-12);
    }
}
