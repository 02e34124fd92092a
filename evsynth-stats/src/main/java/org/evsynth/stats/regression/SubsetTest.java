package org.evsynth.stats.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * The Wald test that a set of coefficients are all zero (metafor's {@code anova(x, btt = ...)}):
 * QM = b'C⁻¹b over the chosen coefficients b with their covariance C, χ²(m) under Wald inference, or
 * F(m, k - p) = QM/m under Hartung-Knapp inference. The omnibus test of the moderators is the test of every
 * coefficient but the intercept.
 *
 * @param coefficients the coefficients tested, 1-based in model-matrix order (the intercept is 1)
 * @param statistic QM (χ²), or QM/m (F)
 * @param df m, the number of coefficients tested
 * @param df2 k - p, the denominator degrees of freedom of F, or NaN for χ²
 * @param pValue P(χ²(m) ≥ QM), or P(F(m, k - p) ≥ QM/m)
 */
public record SubsetTest(List<Integer> coefficients, double statistic, int df, double df2, double pValue) {

    /** Copies the list. */
    public SubsetTest {
        coefficients = List.copyOf(coefficients);
    }

    /**
     * The test of these coefficients of a fit.
     *
     * @param oneBased coefficient numbers, 1 for the intercept, at least one, each at most once
     * @throws IllegalArgumentException for a number out of range or repeated
     */
    static SubsetTest of(RegressionFit fit, int... oneBased) {
        int p = fit.p();
        if (oneBased.length == 0) {
            throw new IllegalArgumentException("a test of coefficients needs at least one coefficient");
        }
        List<Integer> chosen = new ArrayList<>();
        for (int c : oneBased) {
            if (c < 1 || c > p) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "coefficient %d does not exist: the model has %d, numbered from 1 (the intercept)", c, p));
            }
            if (chosen.contains(c)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "coefficient %d is given twice", c));
            }
            chosen.add(c);
        }
        int m = chosen.size();
        int[] zeroBased = chosen.stream().mapToInt(c -> c - 1).toArray();
        double qm = waldStatistic(fit.beta(), fit.modelCovariance(), fit.scale(), zeroBased);
        if (Double.isNaN(qm)) {
            throw new IllegalArgumentException("the covariance of the coefficients tested is singular");
        }
        if (Double.isNaN(fit.df())) {
            return new SubsetTest(chosen, qm, m, Double.NaN, ChiSquaredDistribution.of(m).survivalProbability(qm));
        }
        double f = qm / m;
        return new SubsetTest(chosen, f, m, fit.df(), FDistribution.of(m, fit.df()).survivalProbability(f));
    }

    /**
     * b'C⁻¹b over the coefficients with these (0-based) indices, C the covariance times the scale; NaN when C is
     * singular.
     */
    static double waldStatistic(double[] beta, double[][] covariance, double scale, int[] indices) {
        int m = indices.length;
        double[][] sub = new double[m][m];
        double[] b = new double[m];
        for (int a = 0; a < m; a++) {
            b[a] = beta[indices[a]];
            for (int c = 0; c < m; c++) {
                sub[a][c] = scale * covariance[indices[a]][indices[c]];
            }
        }
        double[][] inverse = Matrices.inverse(sub);
        if (inverse == null) {
            return Double.NaN;
        }
        double[] solved = Matrices.times(inverse, b);
        double qm = 0;
        for (int a = 0; a < m; a++) {
            qm += b[a] * solved[a];
        }
        return qm;
    }
}
