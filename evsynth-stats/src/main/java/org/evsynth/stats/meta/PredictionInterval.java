package org.evsynth.stats.meta;

/**
 * Where the true effect of a new study like these is expected to lie, on the natural scale; NaN when
 * it cannot be computed (common-effect models, fewer than 3 studies with t quantiles).
 *
 * @param lower lower limit
 * @param upper upper limit
 */
public record PredictionInterval(double lower, double upper) {

    static PredictionInterval none() {
        return new PredictionInterval(Double.NaN, Double.NaN);
    }

    /** Whether the interval was computed. */
    public boolean isAvailable() {
        return !Double.isNaN(lower);
    }
}
