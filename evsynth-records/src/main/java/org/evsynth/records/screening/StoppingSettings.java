package org.evsynth.records.screening;

import java.util.Locale;

/**
 * The stopping rule's target, confidence and protocol, and the heuristics' thresholds. Immutable.
 *
 * <p>With {@link StoppingProtocol#RANDOM_SAMPLE} screening switches from model order to a random order of the
 * remaining records at the first point where the last {@code max(switchRun, ceil(switchRunShare N))} records
 * screened were all irrelevant (the model's likely includes look exhausted), or at the latest once
 * {@code latestSwitch N} records are screened. The run is the signal Callaghan &amp; Müller-Hansen (2020) combine
 * with the model's scores in their simulations ({@code max(386, 0.1 N)} without a relevant record, switching at
 * the latest at 0.95 x 0.8 = 76% of the records); evsynth uses the run alone, so that the switch is a function of
 * the decisions, not of a model, and every screener replays it from the decisions. Switching early costs little
 * when all includes are found: the random sample's size depends on the includes found, not on where it began.
 *
 * @param targetRecall  the recall the team wants to have reached when it stops, in (0, 1)
 * @param confidence    the confidence with which the hypergeometric test must show it, in (0, 1)
 * @param irrelevantRun the "N irrelevant in a row" heuristic's N
 * @param protocol      where the test's sample comes from
 * @param switchRun     the shortest run of irrelevant records that switches to random sampling
 * @param switchRunShare the run's length as a share of the records, when that is longer
 * @param latestSwitch  the share of the records after which random sampling starts in any case, in (0, 1]
 */
public record StoppingSettings(double targetRecall, double confidence, int irrelevantRun, StoppingProtocol protocol,
                               int switchRun, double switchRunShare, double latestSwitch) {

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
    }

    /**
     * 95% recall shown with 95% confidence on a random sample, switching after 100 irrelevant records in a row
     * (5% of the records when that is more), at the latest after 76% of them; 100 in a row for the heuristic.
     */
    public static StoppingSettings defaults() {
        return new StoppingSettings(0.95, 0.95, 100, StoppingProtocol.RANDOM_SAMPLE, 100, 0.05, 0.76);
    }

    public StoppingSettings withTargetRecall(double value) {
        return new StoppingSettings(value, confidence, irrelevantRun, protocol, switchRun, switchRunShare,
                latestSwitch);
    }

    public StoppingSettings withConfidence(double value) {
        return new StoppingSettings(targetRecall, value, irrelevantRun, protocol, switchRun, switchRunShare,
                latestSwitch);
    }

    public StoppingSettings withProtocol(StoppingProtocol value) {
        return new StoppingSettings(targetRecall, confidence, irrelevantRun, value, switchRun, switchRunShare,
                latestSwitch);
    }

    public StoppingSettings withSwitch(int run, double runShare, double latest) {
        return new StoppingSettings(targetRecall, confidence, irrelevantRun, protocol, run, runShare, latest);
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
        String sample = protocol == StoppingProtocol.RANDOM_SAMPLE ? String.format(Locale.ROOT,
                "random sample after max(%d, %s N) irrelevant in a row or %s N screened", switchRun,
                switchRunShare, latestSwitch) : "ranked tail as a sample (buscar)";
        return String.format(Locale.ROOT, "hypergeometric test (Callaghan & Müller-Hansen 2020), recall %s with "
                + "confidence %s, %s", targetRecall, confidence, sample);
    }
}
