package org.evsynth.records.screening;

import java.util.Locale;

/**
 * When the model is retrained, as a function of the decisions alone, so that the same decisions always give the
 * same model (a clock-driven schedule would not). After d decisions the ranking comes from the model trained on
 * the first t(d - lag) of them, where t(m) is the last schedule point among m decisions: every decision while m is
 * at most {@code everyDecisionUntil}; after that at points that grow by {@code growth} (each point p is followed by
 * p + max(1, ceil(p growth))), and, when {@code onInclude}, also at every decision that counts as an include, since
 * an include is the rare label that moves the ranking most.
 *
 * <p>The lag is what lets a screener train in the background: with a lag of 1 the model the next record needs is
 * known as soon as the current record is shown (it is trained on decisions already made), so it is trained while
 * the reviewer reads, and the reviewer waits only for the pick from scores already computed. The ranking stays a
 * function of the decisions; it is one decision behind.
 *
 * @param everyDecisionUntil retrain after every decision up to this many decisions
 * @param growth             then retrain when the decisions grow by this fraction; 0 means after every decision
 * @param onInclude          also retrain at every include
 * @param lag                how many of the latest decisions the model does not yet include (0 or more)
 */
public record RetrainSchedule(int everyDecisionUntil, double growth, boolean onInclude, int lag) {

    public RetrainSchedule {
        if (everyDecisionUntil < 0 || !(growth >= 0 && growth < 1) || lag < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "retrain schedule (%d, %s, lag %d) needs a non-negative count and lag and a growth in [0, 1)",
                    everyDecisionUntil, growth, lag));
        }
    }

    /**
     * After every decision up to 100, then every 5% more decisions and at every include, one decision behind (so
     * the next model is trained in the background).
     */
    public static RetrainSchedule defaults() {
        return new RetrainSchedule(100, 0.05, true, 1);
    }

    /** After every decision, with no lag, as ASReview LAB does. */
    public static RetrainSchedule everyDecision() {
        return new RetrainSchedule(Integer.MAX_VALUE, 0, false, 0);
    }

    public RetrainSchedule withLag(int value) {
        return new RetrainSchedule(everyDecisionUntil, growth, onInclude, value);
    }

    /**
     * The decisions the ranking after all of {@code includes.length} decisions is trained on, the lag applied.
     *
     * @param includes for each decision in order, whether it counts as an include
     */
    TrainingPoint trainingPoint(boolean[] includes) {
        return trainingPoint(includes, Math.max(0, includes.length - lag));
    }

    /**
     * The last schedule point among the first {@code decisions} decisions at which they hold both an include and
     * an exclude, and how many such points (model versions) there have been.
     *
     * @return the training point (0 when there is none yet) and the model version
     */
    TrainingPoint trainingPoint(boolean[] includes, int decisions) {
        int point = 0;
        int version = 0;
        boolean anyInclude = false;
        boolean anyExclude = false;
        long nextScheduled = everyDecisionUntil;
        for (int d = 1; d <= decisions; d++) {
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
        String when = growth == 0 ? "every decision" : String.format(Locale.ROOT,
                "every decision to %d, then every %s%% more%s", everyDecisionUntil, growth * 100,
                onInclude ? " and at every include" : "");
        return lag == 0 ? when : String.format(Locale.ROOT, "%s, %d decision%s behind", when, lag, lag == 1 ? ""
                : "s");
    }
}
