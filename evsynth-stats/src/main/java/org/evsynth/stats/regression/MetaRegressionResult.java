package org.evsynth.stats.regression;

import java.util.List;

import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.TauSquaredEstimator;

/**
 * A mixed-effects meta-regression. Figures that do not apply are NaN.
 *
 * @param estimator the residual τ² estimator
 * @param confidenceMethod Wald (z, χ² omnibus test) or HKSJ (t and F with k - p denominator df)
 * @param k studies
 * @param coefficients intercept first, then moderators as given, levels in sorted order
 * @param tau2 residual τ²
 * @param i2 residual I², percent
 * @param h2 residual H²
 * @param r2 proportion of τ² explained, percent: max(0, (τ²₀ - τ²)/τ²₀) with τ²₀ from the model without moderators
 * @param qm the omnibus test of the moderators (χ², or F with HKSJ)
 * @param qmDf its (numerator) degrees of freedom
 * @param qmDf2 the denominator degrees of freedom of F, NaN for χ²
 * @param qmP its p-value
 * @param qe the test for residual heterogeneity
 * @param qeDf its degrees of freedom, k - p
 * @param qeP its p-value
 */
public record MetaRegressionResult(TauSquaredEstimator estimator, ConfidenceMethod confidenceMethod, int k,
                                   List<Coefficient> coefficients, double tau2, double i2, double h2, double r2,
                                   double qm, int qmDf, double qmDf2, double qmP, double qe, int qeDf, double qeP) {

    /** Copies the list. */
    public MetaRegressionResult {
        coefficients = List.copyOf(coefficients);
    }
}
