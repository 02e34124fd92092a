package org.evsynth.report.grade;

import java.util.Locale;

/**
 * The number needed to treat for one more person to benefit (NNT) or to be harmed (NNH): 1 / |risk difference|,
 * rounded up (Altman 1998, BMJ 317:1309; Cochrane Handbook 15.4.4). Given only when the difference's confidence
 * interval excludes no difference: otherwise the interval for the NNT would run through infinity and a single
 * number would mislead.
 *
 * @param value the number, rounded up
 * @param benefit true for NNT (benefit), false for NNH (harm)
 */
public record NumberNeeded(long value, boolean benefit) {

    /**
     * The NNT or NNH for an absolute effect, or null when its CI includes no difference.
     *
     * @param higherIsBetter whether the outcome is desirable (weaning, survival); false for deaths and harms
     */
    public static NumberNeeded of(AbsoluteEffect effect, boolean higherIsBetter) {
        double d = effect.difference();
        if (effect.includesNoDifference() || d == 0) {
            return null;
        }
        boolean benefit = higherIsBetter ? d > 0 : d < 0;
        return new NumberNeeded((long) Math.ceil(1 / Math.abs(d) - 1e-12), benefit);
    }

    /** "NNT (benefit) 8" or "NNH (harm) 6". */
    public String describe() {
        return String.format(Locale.ROOT, "%s %d", benefit ? "NNT (benefit)" : "NNH (harm)", value);
    }
}
