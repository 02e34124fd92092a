package org.evsynth.stats.meta;

/** How the confidence interval and test of the pooled effect are formed. */
public enum ConfidenceMethod {
    /** Wald-type: normal quantiles with the model-based standard error. */
    WALD,
    /**
     * Hartung-Knapp-Sidik-Jonkman: the standard error scaled by √q, q = Σwᵢ(yᵢ - μ̂)²/(k-1), and t quantiles
     * with k-1 degrees of freedom (Hartung & Knapp 2001; Sidik & Jonkman 2002). No ad hoc truncation of q at 1.
     */
    HKSJ
}
