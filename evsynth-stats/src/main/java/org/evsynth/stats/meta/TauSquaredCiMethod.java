package org.evsynth.stats.meta;

/**
 * How the confidence interval for τ² is formed; the intervals for τ, I² and H² are the same limits transformed
 * (τ = √τ², I² = 100 τ²/(τ² + s²), H² = 1 + τ²/s², s² the typical within-study variance), as metafor's
 * {@code confint.rma.uni}. Limits are truncated at τ² = 0.
 */
public enum TauSquaredCiMethod {
    /**
     * Q-profile (Viechtbauer 2007): the τ² at which the generalised Q statistic Σwᵢ(τ²)(yᵢ - μ̂(τ²))² equals the
     * χ²(k-1) quantiles; for any estimator. The default.
     */
    QP,
    /**
     * Profile likelihood (Hardy & Thompson 1996): the τ² at which the likelihood-ratio statistic against τ̂²
     * reaches the χ²(1) quantile; ML or REML likelihood as the model is fitted, so only for those estimators.
     */
    PL,
    /** Wald-type on the τ² scale: τ̂² ± z·SE(τ̂²), the lower limit truncated at zero. */
    WALD,
    /**
     * Generalised Q (Jackson 2013): the τ² at which the weighted Q statistic Σaᵢ(yᵢ - ȳ_a)² with the analysis's
     * fixed weights (its user weights, or 1/vᵢ without them) sits at the α/2 points of its exact distribution, a
     * weighted sum of χ²₁ variables; for any estimator.
     */
    GENQ
}
