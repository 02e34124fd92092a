package org.evsynth.stats.meta;

import java.util.Locale;

/** An iterative estimator that did not converge; no estimate is reported in that case. */
public final class ConvergenceException extends MetaAnalysisException {

    private static final long serialVersionUID = 1L;

    private final String estimator;
    private final int iterations;
    private final double lastValue;

    /** The estimator's name, the iterations done and the last value reached. */
    public ConvergenceException(String estimator, int iterations, double lastValue) {
        super(String.format(Locale.ROOT,
                "the %s estimator of tau² did not converge after %d iterations (last value %.6g); "
                        + "try another estimator, e.g. --method DL", estimator, iterations, lastValue));
        this.estimator = estimator;
        this.iterations = iterations;
        this.lastValue = lastValue;
    }

    /** The estimator that failed. */
    public String estimator() {
        return estimator;
    }

    /** The iterations done. */
    public int iterations() {
        return iterations;
    }

    /** The last value of tau² reached. */
    public double lastValue() {
        return lastValue;
    }
}
