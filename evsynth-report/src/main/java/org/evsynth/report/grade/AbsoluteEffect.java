package org.evsynth.report.grade;

import java.util.Locale;

import org.evsynth.stats.effect.EffectMeasure;

/**
 * The anticipated absolute effect behind a summary-of-findings row: the risk with the intervention and the
 * difference from the comparator risk, with the limits that follow from the relative effect's confidence limits
 * (GRADE handbook 5.2.4.1; Schünemann et al., Cochrane Handbook 14.1.5.1). For a comparator risk CR:
 * <ul>
 *   <li>RR: risk = CR × RR, so the difference is CR × (RR − 1);</li>
 *   <li>OR: risk = OR × CR / (1 − CR + OR × CR);</li>
 *   <li>HR: risk = 1 − (1 − CR)<sup>HR</sup>, exact under proportional hazards for the risk by a fixed time, as
 *       GRADEpro computes it. Treating the HR as a RR (CR × HR) is a fair approximation only for rare events:
 *       with DanGer Shock's 58.5% comparator risk and HR 0.74 it gives 152 fewer deaths per 1,000 where the
 *       proportional-hazards figure is 107 fewer;</li>
 *   <li>RD: risk = CR + RD.</li>
 * </ul>
 * Risks are held within 0 and 1 (a RR above 1/CR would otherwise exceed certainty).
 *
 * @param measure the relative measure
 * @param comparatorRisk the comparator risk, a proportion
 * @param risk risk with the intervention at the point estimate
 * @param riskLower risk with the intervention at the lower limit of the relative effect
 * @param riskUpper risk at the upper limit
 */
public record AbsoluteEffect(EffectMeasure measure, double comparatorRisk, double risk, double riskLower,
                             double riskUpper) {

    /**
     * Computes the absolute effect.
     *
     * @throws IllegalArgumentException for a measure that has no absolute effect on a risk (MD, SMD, proportions)
     */
    public static AbsoluteEffect of(EffectMeasure measure, double estimate, double lower, double upper,
                                    double comparatorRisk) {
        return new AbsoluteEffect(measure, comparatorRisk, riskWith(measure, estimate, comparatorRisk),
                riskWith(measure, lower, comparatorRisk), riskWith(measure, upper, comparatorRisk));
    }

    /** Whether absolute effects per 1,000 can be computed for this measure. */
    public static boolean applies(EffectMeasure measure) {
        return switch (measure) {
            case RR, OR, HR, RD -> true;
            default -> false;
        };
    }

    static double riskWith(EffectMeasure measure, double effect, double cr) {
        double risk = switch (measure) {
            case RR -> cr * effect;
            case OR -> effect * cr / (1 - cr + effect * cr);
            case HR -> 1 - Math.pow(1 - cr, effect);
            case RD -> cr + effect;
            default -> throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "no absolute effect per 1,000 for %s (%s); it applies to RR, OR, HR and RD",
                    measure, measure.description()));
        };
        return Math.max(0, Math.min(1, risk));
    }

    /** Risk difference at the point estimate (intervention − comparator), a proportion. */
    public double difference() {
        return risk - comparatorRisk;
    }

    /** The lower limit of the difference. */
    public double differenceLower() {
        return Math.min(riskLower, riskUpper) - comparatorRisk;
    }

    /** The upper limit of the difference. */
    public double differenceUpper() {
        return Math.max(riskLower, riskUpper) - comparatorRisk;
    }

    /** Whether the difference's CI includes no difference. */
    public boolean includesNoDifference() {
        return differenceLower() <= 0 && differenceUpper() >= 0;
    }

    /** "107 fewer per 1,000 (from 204 fewer to 5 fewer)", as summary-of-findings tables print it. */
    public String describe() {
        long point = Math.round(1000 * difference());
        long lo = Math.round(1000 * differenceLower());
        long hi = Math.round(1000 * differenceUpper());
        return String.format(Locale.ROOT, "%s per 1,000 (from %s to %s)", perThousand(point), perThousand(lo),
                perThousand(hi));
    }

    private static String perThousand(long n) {
        if (n == 0) {
            return "0 fewer";
        }
        return String.format(Locale.ROOT, "%,d %s", Math.abs(n), n < 0 ? "fewer" : "more");
    }
}
