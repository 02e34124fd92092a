package org.evsynth.stats.meta;

/** How the confidence interval and test of the pooled effect are formed. */
public enum ConfidenceMethod {
    /** Wald-type: normal quantiles with the model-based standard error. */
    WALD,
    /**
     * Hartung-Knapp-Sidik-Jonkman: the standard error scaled by √q, q = Σwᵢ(yᵢ - μ̂)²/(k-1), and t quantiles
     * with k-1 degrees of freedom (Hartung & Knapp 2001; Sidik & Jonkman 2002). No ad hoc truncation of q at 1.
     * When the studies agree exactly (Σwᵢ(yᵢ - μ̂)² ≤ machine ε, as metafor tests it) q is 0 and the interval
     * collapses to the estimate; the result then carries a warning and the Wald interval beside it.
     */
    HKSJ,
    /**
     * HKSJ with q truncated at 1, so that its variance is never below the Wald variance (Knapp & Hartung 2003's
     * ad hoc modification; the "modified HK" recommended by Jackson, Law, Rücker & Schwarzer 2017); metafor's
     * {@code test = "adhoc"}. t quantiles with k-1 degrees of freedom.
     */
    HKSJ_MODIFIED;

    /** Whether this is a Hartung-Knapp method (t quantiles, scaled variance). */
    public boolean isHartungKnapp() {
        return this != WALD;
    }
}
