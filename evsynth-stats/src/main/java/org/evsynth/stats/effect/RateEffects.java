package org.evsynth.stats.effect;

/**
 * Incidence-rate measures from events and person-time, as metafor's {@code escalc} computes them: with
 * {@code to = "only0"} the continuity correction is added to the events of both arms when either arm has none
 * (to the events of the group for IR and IRLN), which keeps log rates finite; IRR drops studies without events
 * in either arm (they carry no information on a ratio scale, as double-zero 2×2 tables), IRD keeps them.
 */
final class RateEffects {

    private RateEffects() {
    }

    /** Why a study cannot contribute to this measure, or null if it can. */
    static String exclusionReason(EffectMeasure measure, StudyData data, ZeroCellCorrection correction) {
        boolean off = correction.applyTo() == ZeroCellCorrection.ApplyTo.NONE;
        if (data instanceof PersonTimeStudy s) {
            if (measure == EffectMeasure.IRR && s.noEvents()) {
                return "no events in either arm";
            }
            if (off && measure == EffectMeasure.IRR && s.hasZeroCount()) {
                return "no events in one arm, and the continuity correction is off";
            }
            if (off && measure == EffectMeasure.IRD && s.noEvents()) {
                return "incidence rate difference has zero variance (no events in either arm), and the continuity "
                        + "correction is off";
            }
        }
        if (data instanceof RateStudy s && off && s.events() == 0) {
            return "no events, and the continuity correction is off";
        }
        return null;
    }

    /** IRR: log((x₁/t₁)/(x₂/t₂)), variance 1/x₁ + 1/x₂; IRD: x₁/t₁ - x₂/t₂, variance x₁/t₁² + x₂/t₂². */
    static StudyEffect twoGroups(EffectMeasure measure, PersonTimeStudy s, ZeroCellCorrection correction) {
        double add = correction.amountFor(s.hasZeroCount());
        double x1 = s.events1() + add;
        double x2 = s.events2() + add;
        double rate1 = x1 / s.time1();
        double rate2 = x2 / s.time2();
        return switch (measure) {
            case IRR -> new StudyEffect(s.study(), Math.log(rate1) - Math.log(rate2), 1 / x1 + 1 / x2, s);
            case IRD -> new StudyEffect(s.study(), rate1 - rate2, rate1 / s.time1() + rate2 / s.time2(), s);
            default -> throw new IllegalStateException(measure.name());
        };
    }

    /** IR: x/t, variance x/t²; IRLN: log(x/t), variance 1/x. */
    static StudyEffect oneGroup(EffectMeasure measure, RateStudy s, ZeroCellCorrection correction) {
        double x = s.events() + correction.amountFor(s.events() == 0);
        double rate = x / s.time();
        return switch (measure) {
            case IR -> new StudyEffect(s.study(), rate, rate / s.time(), s);
            case IRLN -> new StudyEffect(s.study(), Math.log(rate), 1 / x, s);
            default -> throw new IllegalStateException(measure.name());
        };
    }
}
