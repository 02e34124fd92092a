package org.evsynth.stats.regression;

import java.util.Locale;
import java.util.Objects;

import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.PredictionMethod;
import org.evsynth.stats.meta.TauSquaredEstimator;

/**
 * Meta-regression y = Xβ + u + ε, u ~ N(0, τ²), ε ~ N(0, V) (Raudenbush 2009), as metafor's
 * {@code rma(yi, vi, mods = ...)}: residual τ² by the chosen estimator (or none, in the common-effect model
 * y = Xβ + ε), β by weighted least squares with wᵢ = 1/(vᵢ + τ̂²) or fixed user weights, Wald or Hartung-Knapp
 * inference, the omnibus test QM of the moderators and the test QE for residual heterogeneity. Settings are
 * immutable; every view of a fit (tests of coefficients, linear combinations, predictions, cluster-robust errors)
 * is a method of its {@link MetaRegressionResult}.
 *
 * <pre>{@code
 * ModelMatrix x = ModelMatrix.withIntercept(k).numeric("ablat", latitude).build();
 * MetaRegressionResult result = MetaRegression.withDefaults().fit(y, v, x);
 * result.subsetTest(2);  result.predict(Map.of("ablat", "30"));
 * }</pre>
 */
public final class MetaRegression {

    private final Model model;
    private final TauSquaredEstimator estimator;
    private final ConfidenceMethod confidenceMethod;
    private final PredictionMethod predictionMethod;
    private final double level;

    private MetaRegression(Model model, TauSquaredEstimator estimator, ConfidenceMethod confidenceMethod,
                           PredictionMethod predictionMethod, double level) {
        this.model = model;
        this.estimator = estimator;
        this.confidenceMethod = confidenceMethod;
        this.predictionMethod = predictionMethod;
        this.level = level;
    }

    /** A random-effects model by REML with the HKSJ adjustment, t-based prediction intervals, 95% level. */
    public static MetaRegression withDefaults() {
        return new MetaRegression(Model.RANDOM, TauSquaredEstimator.REML, ConfidenceMethod.HKSJ, PredictionMethod.T,
                0.95);
    }

    /** With random effects (residual τ² estimated) or a common-effect meta-regression (τ² = 0). */
    public MetaRegression with(Model value) {
        return new MetaRegression(Objects.requireNonNull(value), estimator, confidenceMethod, predictionMethod, level);
    }

    /** With this residual τ² estimator; GENQ needs the weights of {@link #fit(double[], double[], ModelMatrix, double[])}. */
    public MetaRegression with(TauSquaredEstimator value) {
        return new MetaRegression(model, Objects.requireNonNull(value), confidenceMethod, predictionMethod, level);
    }

    /** With Wald, HKSJ or modified-HKSJ inference. */
    public MetaRegression with(ConfidenceMethod value) {
        return new MetaRegression(model, estimator, Objects.requireNonNull(value), predictionMethod, level);
    }

    /** With t (k - p - 1 df) or normal quantiles for prediction intervals. */
    public MetaRegression with(PredictionMethod value) {
        return new MetaRegression(model, estimator, confidenceMethod, Objects.requireNonNull(value), level);
    }

    /** With this confidence level, as a fraction. */
    public MetaRegression withLevel(double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "level (%s) must lie strictly between 0 and 1, e.g. 0.95", value));
        }
        return new MetaRegression(model, estimator, confidenceMethod, predictionMethod, value);
    }

    /** The model: random or common effects. */
    public Model model() {
        return model;
    }

    /** The residual τ² estimator (unused by a common-effect model). */
    public TauSquaredEstimator estimator() {
        return estimator;
    }

    /** The inference method. */
    public ConfidenceMethod confidenceMethod() {
        return confidenceMethod;
    }

    /** The prediction-interval distribution. */
    public PredictionMethod predictionMethod() {
        return predictionMethod;
    }

    /** The confidence level. */
    public double level() {
        return level;
    }

    /**
     * Fits the model with inverse-variance weights.
     *
     * @param y effects on the analysis scale
     * @param v their sampling variances
     * @throws IllegalArgumentException if there are not more studies than coefficients, moderators are collinear,
     *                                  or the estimator is GENQ (which needs weights)
     */
    public MetaRegressionResult fit(double[] y, double[] v, ModelMatrix x) {
        return fit(y, v, x, null);
    }

    /**
     * Fits the model with fixed user weights (metafor's {@code weights =}): β = (X'AX)⁻¹X'Ay with the sandwich
     * covariance (X'AX)⁻¹X'A(V + τ²I)AX(X'AX)⁻¹, and the GENQ estimator of τ² from them.
     *
     * @param weights one positive weight per study, or null for inverse-variance weights
     */
    public MetaRegressionResult fit(double[] y, double[] v, ModelMatrix x, double[] weights) {
        check(y, v, x, weights);
        return RegressionFitter.result(this, RegressionFitter.fit(this, y, v, x, weights));
    }

    /**
     * The likelihood-ratio test of this model against the model with only some of its moderators (metafor's
     * {@code anova(full, reduced)}), both fitted by maximum likelihood under these settings (or as common-effect
     * models): LRT = deviance(reduced) - deviance(full) on the difference in parameters.
     *
     * @param reduced the moderators the reduced model keeps (none for the intercept-only model)
     * @throws IllegalArgumentException for REML fits, whose restricted likelihoods of models with different fixed
     *                                  effects are not comparable, or an estimator without a likelihood
     */
    public ModelComparison compare(double[] y, double[] v, ModelMatrix full, java.util.List<String> reduced) {
        check(y, v, full, null);
        return ModelComparison.of(this, y, v, full, full.keeping(reduced));
    }

    /**
     * The permutation test: the model matrix's rows shuffled against (y, v) with a seeded generator, the model
     * refitted each time with the same settings; p = (1 + b)/(1 + n), b the permutations at least as extreme.
     */
    public PermutationResult permutationTest(double[] y, double[] v, ModelMatrix x, int iterations, long seed) {
        check(y, v, x, null);
        return new PermutationTests(this).random(y, v, x, iterations, seed);
    }

    /** The most studies for which every permutation is enumerated (8! = 40,320 refits). */
    public static final int EXACT_PERMUTATION_LIMIT = PermutationTests.EXACT_LIMIT;

    /**
     * The exact permutation test: every one of the k! orderings of the model matrix's rows, the observed one
     * included; p = b / k!.
     *
     * @throws IllegalArgumentException for more than {@link #EXACT_PERMUTATION_LIMIT} studies
     */
    public PermutationResult exactPermutationTest(double[] y, double[] v, ModelMatrix x) {
        check(y, v, x, null);
        return new PermutationTests(this).exact(y, v, x);
    }

    private void check(double[] y, double[] v, ModelMatrix x, double[] weights) {
        int k = y.length;
        int p = x.p();
        if (v.length != k || x.k() != k) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%d effects, %d variances and %d model-matrix rows: give one of each per study", k, v.length,
                    x.k()));
        }
        if (k <= p) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a meta-regression with %d coefficients needs more than %d studies, got %d", p, p, k));
        }
        if (weights == null) {
            if (model == Model.RANDOM && estimator == TauSquaredEstimator.GENQ) {
                throw new IllegalArgumentException("the GENQ estimator of tau² needs weights");
            }
            return;
        }
        if (weights.length != k) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%d weights for %d studies",
                    weights.length, k));
        }
        for (double w : weights) {
            if (!(w > 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("weights must be positive numbers, got " + w);
            }
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "MetaRegression[model=%s, method=%s, ci=%s, pi=%s, level=%s]", model,
                estimator, confidenceMethod, predictionMethod, level);
    }
}
