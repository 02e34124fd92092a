package org.evsynth.records.screening;

import java.util.Locale;

/**
 * When the model is retrained, as a function of the decisions alone, so that the same decisions always give the
 * same model (a clock-driven schedule would not). After d decisions the ranking comes from the model trained on
 * the first t(d) of them: every decision while d is at most {@code everyDecisionUntil}; after that at schedule
 * points that grow by {@code growth} (each point p is followed by p + max(1, ceil(p growth))), and, when
 * {@code onInclude}, also at every decision that counts as an include, since an include is the rare label
 * that moves the ranking most. At 100,000 records retraining after each of the first thousands of decisions takes
 * a few milliseconds; later, growing intervals keep the cost per decision small while the model trained on
 * (1 - growth) of the decisions is almost the same.
 *
 * @param everyDecisionUntil retrain after every decision up to this many decisions
 * @param growth             then retrain when the decisions grow by this fraction; 0 means after every decision
 * @param onInclude          also retrain at every include
 */
public record RetrainSchedule(int everyDecisionUntil, double growth, boolean onInclude) {

    public RetrainSchedule {
        if (everyDecisionUntil < 0 || !(growth >= 0 && growth < 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "retrain schedule (%d, %s) needs a non-negative count and a growth in [0, 1)",
                    everyDecisionUntil, growth));
        }
    }

    /** After every decision up to 100, then every 5% more decisions and at every include. */
    public static RetrainSchedule defaults() {
        return new RetrainSchedule(100, 0.05, true);
    }

    /** After every decision, as ASReview LAB does. */
    public static RetrainSchedule everyDecision() {
        return new RetrainSchedule(Integer.MAX_VALUE, 0, false);
    }

    /**
     * The decisions the ranking after all of {@code includes.length} decisions is trained on: the last schedule
     * point at which the decisions so far hold both an include and an exclude, and how many such points (model
     * versions) there have been.
     *
     * @param includes for each decision in order, whether it counts as an include
     * @return the training point (0 when there is none yet) and the model version
     */
    TrainingPoint trainingPoint(boolean[] includes) {
        int point = 0;
        int version = 0;
        boolean anyInclude = false;
        boolean anyExclude = false;
        long nextScheduled = everyDecisionUntil;
        for (int d = 1; d <= includes.length; d++) {
            boolean include = includes[d - 1];
            anyInclude |= include;
            anyExclude |= !include;
            boolean scheduled = d <= everyDecisionUntil || growth == 0 || d == nextScheduled;
            if (d >= nextScheduled && growth > 0) {
                nextScheduled += Math.max(1, (long) Math.ceil(nextScheduled * growth));
            }
            if ((scheduled || (onInclude && include)) && anyInclude && anyExclude) {
                point = d;
                version++;
            }
        }
        return new TrainingPoint(point, version);
    }

    /**
     * A point of the schedule.
     *
     * @param decisions the number of decisions trained on, 0 for none
     * @param version   the model version trained there
     */
    record TrainingPoint(int decisions, int version) {
    }

    /** A canonical one-line description, for provenance. */
    public String describe() {
        return growth == 0 ? "every decision" : String.format(Locale.ROOT,
                "every decision to %d, then every %s%% more%s", everyDecisionUntil, growth * 100,
                onInclude ? " and at every include" : "");
    }
}
