package org.evsynth.stats.meta;

/** The distribution behind the prediction interval μ̂ ± c √(τ̂² + SE(μ̂)²). */
public enum PredictionMethod {
    /** c from a t distribution with k-2 degrees of freedom (Higgins, Thompson & Spiegelhalter 2009). */
    T,
    /** c from the normal distribution. */
    Z
}
