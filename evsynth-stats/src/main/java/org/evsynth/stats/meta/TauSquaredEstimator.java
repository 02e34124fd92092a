package org.evsynth.stats.meta;

import java.util.Locale;

/**
 * Estimators of the between-study variance tau² in the random-effects model yᵢ ~ N(μ, vᵢ + τ²),
 * as metafor's {@code rma(method = ...)} defines them. All are truncated at zero.
 */
public enum TauSquaredEstimator {
    /** Restricted maximum likelihood (Viechtbauer 2005), by Fisher scoring. The Cochrane default since 2025. */
    REML,
    /** DerSimonian & Laird (1986) method of moments. */
    DL,
    /** Paule & Mandel (1982): the τ² at which the generalised Q equals its expectation k-1. */
    PM,
    /** Maximum likelihood (Hardy & Thompson 1996), by Fisher scoring. */
    ML,
    /** Sidik & Jonkman (2005), one step from the unweighted variance. */
    SJ,
    /** Hedges (1983) / Hedges & Olkin (1985) unweighted method of moments. */
    HE,
    /**
     * Empirical Bayes (Morris 1983; Berkey et al. 1995). Its estimating equation, Σwᵢ(yᵢ-μ̂)² · k/(k-1) = k,
     * has the same root as Paule-Mandel's for the random-effects model (Viechtbauer et al. 2015),
     * so it is solved in the same way.
     */
    EB,
    /**
     * Hunter & Schmidt (2004): max(0, (Q - k)/Σwᵢ), wᵢ = 1/vᵢ, with Q Cochran's Q; metafor's {@code "HS"}.
     * Biased downwards; offered for comparison with psychometric meta-analyses.
     */
    HS,
    /** Hunter-Schmidt with the small-sample correction (Brannick et al. 2019): max(0, (Q·k/(k-1) - k)/Σwᵢ). */
    HSK,
    /**
     * Iterated DerSimonian-Laird (DerSimonian & Kacker 2007): τ² ← max(0, (Q(τ²) - (k-1))/tr P(τ²)) from 0 until
     * it settles, with the weights 1/(vᵢ + τ²) of the current value; converges to the Paule-Mandel root.
     */
    DLIT,
    /** Iterated Sidik-Jonkman: τ² ← τ² Q(τ²)/(k-1) from the unweighted variance until it settles. */
    SJIT,
    /**
     * Median-unbiased Paule-Mandel (Viechtbauer et al. 2015): the τ² at which the generalised Q equals the median
     * of χ²(k-1) instead of its mean; zero when Q(0) is below that median.
     */
    PMM,
    /**
     * The generalised-Q method of moments with fixed weights aᵢ given by the user (DerSimonian & Kacker 2007):
     * max(0, (Q_a - tr(PV))/tr P), P = A - aaᵀ/Σa. With aᵢ = 1/vᵢ it is DerSimonian-Laird. The weights also
     * give the pooled estimate, as in metafor's {@code rma(weights = a, method = "GENQ")}.
     */
    GENQ;

    /**
     * Estimates tau² from effects and their sampling variances.
     *
     * @param y effects on the analysis scale, at least two
     * @param v their sampling variances, positive
     * @throws ConvergenceException if an iterative estimator does not converge
     */
    public double estimate(double[] y, double[] v) {
        if (this == GENQ) {
            throw new IllegalArgumentException("the GENQ estimator of tau² needs weights: use estimate(y, v, weights)");
        }
        return estimate(y, v, null);
    }

    /**
     * Estimates tau² with the weights a GENQ estimate needs (ignored by the other estimators).
     *
     * @param weights the fixed weights aᵢ of GENQ, positive, or null for the other estimators
     * @throws ConvergenceException if an iterative estimator does not converge
     */
    public double estimate(double[] y, double[] v, double[] weights) {
        if (y.length < 2) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "tau² needs at least 2 studies, got %d", y.length));
        }
        return switch (this) {
            case REML -> TauSquaredEstimation.fisherScoring(this, y, v, true);
            case ML -> TauSquaredEstimation.fisherScoring(this, y, v, false);
            case DL -> TauSquaredEstimation.dersimonianLaird(y, v);
            case PM, EB -> TauSquaredEstimation.pauleMandel(this, y, v);
            case SJ -> TauSquaredEstimation.sidikJonkman(y, v);
            case HE -> TauSquaredEstimation.hedges(y, v);
            case HS, HSK -> TauSquaredEstimation.hunterSchmidt(y, v, this == HSK);
            case DLIT -> TauSquaredEstimation.iteratedDerSimonianLaird(y, v);
            case SJIT -> TauSquaredEstimation.iteratedSidikJonkman(y, v);
            case PMM -> TauSquaredEstimation.pauleMandelMedian(y, v);
            case GENQ -> TauSquaredEstimation.generalisedQ(y, v, requireWeights(weights, y.length));
        };
    }

    /** Whether the estimator maximises a likelihood, so that its likelihood can be profiled. */
    public boolean isLikelihood() {
        return this == REML || this == ML;
    }

    private static double[] requireWeights(double[] weights, int k) {
        if (weights == null || weights.length != k) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the GENQ estimator of tau² needs one weight per study (%d), got %s", k,
                    weights == null ? "none" : Integer.toString(weights.length)));
        }
        for (double w : weights) {
            if (!(w > 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "GENQ weights must be positive numbers, got %s", w));
            }
        }
        return weights;
    }

    /** The estimator named by a case-insensitive abbreviation such as "reml". */
    public static TauSquaredEstimator parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "unknown tau² estimator '%s'; expected one of %s", name, java.util.Arrays.toString(values())), e);
        }
    }
}
