package org.evsynth.stats.regression;

import java.util.List;
import java.util.Map;

import org.evsynth.stats.meta.BackTransform;
import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.FitStatistics;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.TauSquaredEstimator;

/**
 * A meta-regression: what it found, and the fitted state every further view is computed from (tests of
 * coefficients, linear combinations, predictions, cluster-robust errors), as metafor computes them from its fitted
 * object. Figures that do not apply are NaN.
 *
 * @param estimator the residual τ² estimator, or null for a common-effect model
 * @param confidenceMethod Wald (z, χ² omnibus test) or Hartung-Knapp (t and F with k - p denominator df)
 * @param k studies
 * @param coefficients intercept first, then moderators as given, levels in sorted order
 * @param tau2 residual τ² (0 in a common-effect model)
 * @param i2 residual I², percent: from τ² for random effects, from QE in a common-effect model
 * @param h2 residual H²
 * @param r2 proportion of τ² explained, percent: max(0, (τ²₀ - τ²)/τ²₀) with τ²₀ from the model without moderators;
 *           in a common-effect model the adjusted R² of the weighted least-squares fit (as metafor)
 * @param qm the omnibus test of the moderators (χ², or F with HKSJ)
 * @param qmDf its (numerator) degrees of freedom
 * @param qmDf2 the denominator degrees of freedom of F, NaN for χ²
 * @param qmP its p-value
 * @param qe the test for residual heterogeneity
 * @param qeDf its degrees of freedom, k - p
 * @param qeP its p-value
 * @param model random or common effects
 * @param tau2CiLower the lower Q-profile confidence limit of the residual τ² (NaN in a common-effect model)
 * @param tau2CiUpper the upper limit
 * @param fitStatistics log-likelihood, deviance, AIC, BIC, AICc: REML figures for a REML fit, ML otherwise
 * @param fit the fitted state
 */
public record MetaRegressionResult(TauSquaredEstimator estimator, ConfidenceMethod confidenceMethod, int k,
                                   List<Coefficient> coefficients, double tau2, double i2, double h2, double r2,
                                   double qm, int qmDf, double qmDf2, double qmP, double qe, int qeDf, double qeP,
                                   Model model, double tau2CiLower, double tau2CiUpper, FitStatistics fitStatistics,
                                   RegressionFit fit) {

    /** Copies the list. */
    public MetaRegressionResult {
        coefficients = List.copyOf(coefficients);
    }

    /**
     * The Wald (or, with HKSJ, F) test that these coefficients are all zero (metafor's {@code anova(btt = )}).
     *
     * @param coefficients 1-based in {@link #coefficients} order, the intercept 1
     * @throws IllegalArgumentException for a number out of range, repeated, or none
     */
    public SubsetTest subsetTest(int... coefficients) {
        return SubsetTest.of(fit, coefficients);
    }

    /**
     * The linear combination Σ weightsⱼβⱼ with its SE, test and CI on the analysis scale (metafor's
     * {@code anova(X = )}).
     *
     * @param weights one per coefficient, the intercept first
     */
    public LinearCombination linearCombination(double... weights) {
        return LinearCombination.of(fit, weights);
    }

    /**
     * The predicted effect at these moderator values, on the analysis scale.
     *
     * @param values one value per moderator: a number, or a level name for a categorical moderator
     * @throws IllegalArgumentException for a missing, unknown or malformed value
     */
    public Prediction predict(Map<String, String> values) {
        return Prediction.of(fit, values, theta -> theta);
    }

    /**
     * The predicted effect at these moderator values, its limits back-transformed as the pooled estimate is (for
     * ratio measures, {@code BackTransform.forPooled(measure, effects)}).
     */
    public Prediction predict(Map<String, String> values, BackTransform natural) {
        return Prediction.of(fit, values, natural);
    }

    /**
     * Cluster-robust standard errors, tests and intervals for every coefficient (metafor's
     * {@code robust(x, cluster, adjust = TRUE)}).
     *
     * @param clusters the cluster of each study, in the order of the fitted effects
     */
    public ClusterRobustResult robust(List<String> clusters) {
        return ClusterRobust.of(fit, clusters);
    }
}
