package org.evsynth.stats.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.ExponentialDistribution;
import org.junit.jupiter.api.Test;

/** Imhof's inversion against distributions known in closed form, and the two ways of giving the weights. */
class QuadraticFormDistributionTest {

    @Test
    void equalWeightsGiveAScaledChiSquare() {
        for (int r : new int[] {1, 2, 3, 5, 12, 60}) {
            double[] lambda = new double[r];
            java.util.Arrays.fill(lambda, 2.5);
            QuadraticFormDistribution q = QuadraticFormDistribution.of(lambda);
            ChiSquaredDistribution chi2 = ChiSquaredDistribution.of(r);
            for (double x : new double[] {0.01, 0.5, 2, 2.5 * r, 10 * r}) {
                assertEquals(chi2.survivalProbability(x / 2.5), q.survivalProbability(x), 2e-13,
                        "r = " + r + ", x = " + x);
            }
        }
    }

    @Test
    void twoEqualWeightsOfUnequalSpreadAreNotNeededForTheExponential() {
        // λχ²₁ + λχ²₁ = λχ²₂ is exponential with mean 2λ; with one weight 1000 times the other the lobe series
        // of the tail takes over, checked against a direct convolution below.
        QuadraticFormDistribution q = QuadraticFormDistribution.of(new double[] {3, 3});
        ExponentialDistribution e = ExponentialDistribution.of(6);
        assertEquals(e.survivalProbability(7.3), q.survivalProbability(7.3), 1e-13);
    }

    @Test
    void veryUnequalWeightsAgreeWithTheConvolution() {
        double l1 = 1;
        double l2 = 1000;
        QuadraticFormDistribution q = QuadraticFormDistribution.of(new double[] {l1, l2});
        GaussKronrod quadrature = GaussKronrod.of(1e-15, 1e-14, 10_000);
        ChiSquaredDistribution one = ChiSquaredDistribution.of(1);
        for (double x : new double[] {5, 800, 3000}) {
            // P(l1 X1 + l2 X2 <= x) = ∫ f1(w²) 2w F1((x - l1 w²)/l2) dw over 0 ≤ w ≤ √(x/l1), with w² = X1.
            double cdf = quadrature.integrate(w -> 2 * Math.exp(-w * w / 2) / Math.sqrt(2 * Math.PI)
                    * one.cumulativeProbability(Math.max(0, (x - l1 * w * w) / l2)), 0, Math.sqrt(x / l1));
            assertEquals(1 - cdf, q.survivalProbability(x), 1e-12, "x = " + x);
        }
    }

    @Test
    void twelveUnequalWeightsAgreeWithRubensSeries() {
        // 1 - Σ aⱼ P(χ²(r + 2j) ≤ x/β), Ruben's (1962) exact series with β = min λ and 30,000 terms, in R
        // (tools/reference/extras-fixtures.R checks its base-R Imhof integral against the same value).
        double[] lambda = {0.3, 1, 2.5, 7, 20, 60, 100, 3, 4, 5, 6, 0.9};
        assertEquals(0.9594935402804496, QuadraticFormDistribution.of(lambda).survivalProbability(40), 1e-13);
    }

    @Test
    void weightedDeviationsMatchTheirEigenvalues() {
        double[] a = {1 / 0.04, 1 / 0.1, 1 / 0.5, 1 / 0.02, 1 / 0.3};
        double[] s = {0.04 + 0.2, 0.1 + 0.2, 0.5 + 0.2, 0.02 + 0.2, 0.3 + 0.2};
        double[] lambda = SymmetricEigenvalues.ofProjection(a, s);
        QuadraticFormDistribution byEigenvalues = QuadraticFormDistribution.of(lambda);
        QuadraticFormDistribution byLemma = QuadraticFormDistribution.ofWeightedDeviations(a, s);
        assertEquals(byEigenvalues.mean(), byLemma.mean(), 1e-12);
        for (double x : new double[] {0.3, 4, 11, 40, 200}) {
            assertEquals(byEigenvalues.survivalProbability(x), byLemma.survivalProbability(x), 1e-13, "x = " + x);
        }
    }

    @Test
    void refusesWeightsThatAreNotPositive() {
        assertThrows(IllegalArgumentException.class, () -> QuadraticFormDistribution.of(new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> QuadraticFormDistribution.of(new double[0]));
        assertThrows(IllegalArgumentException.class,
                () -> QuadraticFormDistribution.ofWeightedDeviations(new double[] {1}, new double[] {1}));
    }

    /** The eigenvalues of S^½(A - aaᵀ/Σa)S^½ by Jacobi rotations, the zero one dropped: an independent check. */
    static final class SymmetricEigenvalues {
        static double[] ofProjection(double[] a, double[] s) {
            int k = a.length;
            double sum = java.util.Arrays.stream(a).sum();
            double[][] m = new double[k][k];
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    double p = (i == j ? a[i] : 0) - a[i] * a[j] / sum;
                    m[i][j] = Math.sqrt(s[i]) * p * Math.sqrt(s[j]);
                }
            }
            for (int sweep = 0; sweep < 100; sweep++) {
                for (int p = 0; p < k; p++) {
                    for (int q = p + 1; q < k; q++) {
                        if (Math.abs(m[p][q]) < 1e-300) {
                            continue;
                        }
                        double theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
                        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                        if (theta == 0) {
                            t = 1;
                        }
                        double c = 1 / Math.sqrt(t * t + 1);
                        double sn = t * c;
                        for (int r = 0; r < k; r++) {
                            double mrp = m[r][p];
                            double mrq = m[r][q];
                            m[r][p] = c * mrp - sn * mrq;
                            m[r][q] = sn * mrp + c * mrq;
                        }
                        for (int r = 0; r < k; r++) {
                            double mpr = m[p][r];
                            double mqr = m[q][r];
                            m[p][r] = c * mpr - sn * mqr;
                            m[q][r] = sn * mpr + c * mqr;
                        }
                    }
                }
            }
            double[] values = new double[k];
            for (int i = 0; i < k; i++) {
                values[i] = m[i][i];
            }
            java.util.Arrays.sort(values);
            return java.util.Arrays.copyOfRange(values, 1, k);
        }
    }
}
