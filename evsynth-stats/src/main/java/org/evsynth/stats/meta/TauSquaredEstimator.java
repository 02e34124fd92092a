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
    EB;

    /**
     * Estimates tau² from effects and their sampling variances.
     *
     * @param y effects on the analysis scale, at least two
     * @param v their sampling variances, positive
     * @throws ConvergenceException if an iterative estimator does not converge
     */
    public double estimate(double[] y, double[] v) {
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
        };
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
