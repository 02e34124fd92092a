package org.evsynth.records.screening;

import java.util.Locale;

/**
 * The stopping rule's target and the heuristics' thresholds. Immutable.
 *
 * @param targetRecall  the recall the team wants to have reached when it stops, in (0, 1)
 * @param confidence    the confidence with which the hypergeometric test must show it, in (0, 1)
 * @param irrelevantRun the "N irrelevant in a row" heuristic's N
 */
public record StoppingSettings(double targetRecall, double confidence, int irrelevantRun) {

    public StoppingSettings {
        if (!(targetRecall > 0 && targetRecall < 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "target recall %s is not between 0 and 1", targetRecall));
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "confidence %s is not between 0 and 1", confidence));
        }
        if (irrelevantRun < 1) {
            throw new IllegalArgumentException("the irrelevant-in-a-row threshold " + irrelevantRun + " is below 1");
        }
    }

    /** 95% recall shown with 95% confidence; 100 irrelevant in a row for the heuristic. */
    public static StoppingSettings defaults() {
        return new StoppingSettings(0.95, 0.95, 100);
    }

    public StoppingSettings withTargetRecall(double value) {
        return new StoppingSettings(value, confidence, irrelevantRun);
    }

    public StoppingSettings withConfidence(double value) {
        return new StoppingSettings(targetRecall, value, irrelevantRun);
    }

    /** 1 - confidence: the test stops when its p-value falls below this. */
    public double alpha() {
        return 1 - confidence;
    }
}
