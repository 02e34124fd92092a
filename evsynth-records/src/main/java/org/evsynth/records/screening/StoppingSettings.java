package org.evsynth.records.screening;

import java.util.Locale;

/**
 * The stopping rule's target, confidence and protocol, and the heuristics' thresholds. Immutable.
 *
 * <p>With {@link StoppingProtocol#RANDOM_SAMPLE} screening switches from model order to a random order of the
 * remaining records, and the hypergeometric test of Callaghan &amp; Müller-Hansen (2020) runs on that random sample
 * alone. Its error rate does not depend on where the switch comes, but its cost does: the records screened are
 * those ranked before the switch plus a sample whose size is set by the relevant records found (to rule out the
 * few includes H0 allows to remain among U records, the sample must cover about 1 - alpha^(1/K&#770;) of them). So
 * the switch should come as soon as the ranking's includes are exhausted, and no later. Two signals, both
 * functions of the decisions in order, so that every screener replays them:
 * <ul>
 *   <li>{@code switchLevel > 0} (the default, 0.5): the first point, once {@code switchRun} records are screened,
 *   where buscar's ranked-tail p-value ({@link HypergeometricStoppingTest}, the last records screened taken as if
 *   random) falls below {@code switchLevel}: the ranking's own evidence says the target is more likely reached than
 *   not. It weighs the run of irrelevant records against the relevant found and the records left, so it comes
 *   after a short run when many includes are found and a long one when few are, for any N. It has no guarantee
 *   and needs none: the test after it has.</li>
 *   <li>{@code switchLevel = 0}: the first point where the last {@code max(switchRun, ceil(switchRunShare N))}
 *   records were all irrelevant (the signal Callaghan &amp; Müller-Hansen combine with the model's scores).</li>
 * </ul>
 * Either way the switch comes at the latest once {@code latestSwitch N} records are screened (their 0.95 x 0.8 =
 * 76%). On the six Cohen et al. sets (README) the ranked-tail signal stopped after 88.6% of the records on average
 * against 89.5% for the run; switching with hindsight at the best point of each run would give 84.9%: the sample
 * the guarantee needs, not the switch, is most of the work.
 *
 * @param targetRecall  the recall the team wants to have reached when it stops, in (0, 1)
 * @param confidence    the confidence with which the hypergeometric test must show it, in (0, 1)
 * @param irrelevantRun the "N irrelevant in a row" heuristic's N
 * @param protocol      where the test's sample comes from
 * @param switchRun     the fewest records screened before the ranked-tail signal counts; the run rule's shortest
 *                      run of irrelevant records
 * @param switchRunShare the run rule's run as a share of the records, when that is longer
 * @param latestSwitch  the share of the records after which random sampling starts in any case, in (0, 1]
 * @param switchLevel   the ranked-tail p-value below which random sampling starts, in [0, 0.5]; 0 for the run rule
 */
public record StoppingSettings(double targetRecall, double confidence, int irrelevantRun, StoppingProtocol protocol,
                               int switchRun, double switchRunShare, double latestSwitch, double switchLevel) {

    public StoppingSettings {
        if (!(targetRecall > 0 && targetRecall < 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "target recall %s is not between 0 and 1", targetRecall));
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "confidence %s is not between 0 and 1", confidence));
        }
        if (irrelevantRun < 1 || switchRun < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the irrelevant-in-a-row threshold (%d) and the switching run (%d) must be at least 1",
                    irrelevantRun, switchRun));
        }
        if (protocol == null) {
            throw new IllegalArgumentException("no stopping protocol given");
        }
        if (!(switchRunShare >= 0 && switchRunShare < 1) || !(latestSwitch > 0 && latestSwitch <= 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the switching run's share (%s) must be in [0, 1) and the latest switch (%s) in (0, 1]",
                    switchRunShare, latestSwitch));
        }
        if (!(switchLevel >= 0 && switchLevel <= 0.5)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the switching level (%s) must be in [0, 0.5]", switchLevel));
        }
    }

    /**
     * 95% recall shown with 95% confidence on a random sample, switching once the ranked tail's p-value is below
     * 0.5 (after at least 100 records), at the latest after 76% of them; 100 in a row for the heuristic.
     */
    public static StoppingSettings defaults() {
        return new StoppingSettings(0.95, 0.95, 100, StoppingProtocol.RANDOM_SAMPLE, 100, 0.05, 0.76, 0.5);
    }

    public StoppingSettings withTargetRecall(double value) {
        return new StoppingSettings(value, confidence, irrelevantRun, protocol, switchRun, switchRunShare,
                latestSwitch, switchLevel);
    }

    public StoppingSettings withConfidence(double value) {
        return new StoppingSettings(targetRecall, value, irrelevantRun, protocol, switchRun, switchRunShare,
                latestSwitch, switchLevel);
    }

    public StoppingSettings withProtocol(StoppingProtocol value) {
        return new StoppingSettings(targetRecall, confidence, irrelevantRun, value, switchRun, switchRunShare,
                latestSwitch, switchLevel);
    }

    /** The run rule: switch after max(run, runShare N) irrelevant in a row, or at latest N. */
    public StoppingSettings withSwitch(int run, double runShare, double latest) {
        return new StoppingSettings(targetRecall, confidence, irrelevantRun, protocol, run, runShare, latest, 0);
    }

    /** The ranked-tail signal: switch once buscar's p-value is below {@code level}, after {@code minimum} records. */
    public StoppingSettings withSwitchLevel(double level, int minimum) {
        return new StoppingSettings(targetRecall, confidence, irrelevantRun, protocol, minimum, switchRunShare,
                latestSwitch, level);
    }

    /** 1 - confidence: the test stops when its p-value falls below this. */
    public double alpha() {
        return 1 - confidence;
    }

    /** The run of irrelevant records that switches to random sampling among this many records. */
    public int switchRunFor(int records) {
        return Math.max(switchRun, (int) Math.ceil(switchRunShare * records - 1e-9));
    }

    /** A canonical one-line description, for provenance and reports. */
    public String describe() {
        String sample = protocol != StoppingProtocol.RANDOM_SAMPLE ? "ranked tail as a sample (buscar)"
                : switchLevel > 0 ? String.format(Locale.ROOT, "random sample once the ranked tail's p-value is "
                        + "below %s (after %d records) or %s N screened", switchLevel, switchRun, latestSwitch)
                : String.format(Locale.ROOT, "random sample after max(%d, %s N) irrelevant in a row or %s N "
                        + "screened", switchRun, switchRunShare, latestSwitch);
        String test = protocol == StoppingProtocol.RANDOM_SAMPLE
                ? "hypergeometric test (Callaghan & Müller-Hansen 2020, exact when repeated after every record)"
                : "hypergeometric test (Callaghan & Müller-Hansen 2020)";
        return String.format(Locale.ROOT, "%s, recall %s with confidence %s, %s", test, targetRecall, confidence,
                sample);
    }
}
