package org.evsynth.stats.meta;

/** Keeping Fisher-scoring steps for τ² inside the parameter space. */
public final class StepHalving {

    private StepHalving() {
    }

    /**
     * The step, halved until τ² + step ≥ 0, as metafor does (zero when τ² is already 0 and the step points
     * below it). Cutting the step to land on zero instead can make the iteration cycle between 0 and a positive
     * value when the estimate lies close to zero.
     */
    public static double withinBounds(double tau2, double step) {
        double bounded = step;
        while (tau2 + bounded < 0) {
            bounded /= 2;
            if (Math.abs(bounded) < Double.MIN_NORMAL) {
                return 0;
            }
        }
        return bounded;
    }
}
