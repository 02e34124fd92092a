package org.evsynth.report.grade;

import java.util.Locale;

import org.evsynth.report.format.Numbers;
import org.evsynth.stats.effect.EffectMeasure;

/**
 * The absolute effect of a continuous outcome as a summary-of-findings table states it, in GRADEpro's words
 * (Guyatt et al. 2013, "GRADE guidelines: 13", J Clin Epidemiol 66:173): beside the comparator's mean, "MD 3.45 days
 * higher (1.61 higher to 5.29 higher)"; a standardised mean difference in standard deviations, "SMD 0.45 SD lower
 * (0.80 lower to 0.10 lower)", without a comparator mean, which would be in other units.
 *
 * @param measure MD or SMD
 * @param estimate the difference, intervention minus comparator
 * @param lower its lower confidence limit
 * @param upper its upper confidence limit
 * @param comparatorMean the comparator's mean (MD only), or null when not known
 * @param unit the outcome's unit ("days"), or "" when not stated
 */
public record MeanDifference(EffectMeasure measure, double estimate, double lower, double upper,
                             ComparatorMean comparatorMean, String unit) {

    /** Checks the measure. */
    public MeanDifference {
        if (!applies(measure)) {
            throw new IllegalArgumentException(measure + " is not a difference of means (MD or SMD)");
        }
        unit = unit == null ? "" : unit.strip();
        comparatorMean = measure == EffectMeasure.SMD ? null : comparatorMean;
    }

    /** Whether the measure is a difference of means. */
    public static boolean applies(EffectMeasure measure) {
        return measure == EffectMeasure.MD || measure == EffectMeasure.SMD;
    }

    /** "MD 3.45 days higher (1.61 higher to 5.29 higher)", or for an SMD "SMD 0.45 SD lower (...)". */
    public String describe() {
        String units = measure == EffectMeasure.SMD ? " SD" : unit.isEmpty() ? "" : " " + unit;
        return String.format(Locale.ROOT, "%s %s (%s to %s)", measure, side(estimate, units), side(lower, ""),
                side(upper, ""));
    }

    /**
     * The comparator column, the outcome being the row's heading: "The mean was 38.55 days"; for an SMD, or with no
     * comparator mean, a dash or a note.
     */
    public String comparatorText() {
        if (measure == EffectMeasure.SMD) {
            return "—";
        }
        if (comparatorMean == null) {
            return "not estimated: no comparator mean";
        }
        return String.format(Locale.ROOT, "The mean was %s%s", Numbers.compact(comparatorMean.mean()),
                unit.isEmpty() ? "" : " " + unit);
    }

    private static String side(double value, String units) {
        if (value == 0) {
            return "0" + units;
        }
        return Numbers.effect(Math.abs(value)) + units + (value > 0 ? " higher" : " lower");
    }
}
