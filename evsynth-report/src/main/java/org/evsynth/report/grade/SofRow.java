package org.evsynth.report.grade;

import java.util.Objects;

import org.evsynth.stats.effect.EffectMeasure;

/**
 * One outcome in a summary-of-findings table (GRADE handbook 5.2; Guyatt et al. 2013, "GRADE guidelines: 12.
 * Preparing summary of findings tables — binary outcomes", J Clin Epidemiol 66:158).
 *
 * @param outcome the outcome, with its time point
 * @param participants participants, or -1 if unknown
 * @param studies number of studies, or -1 if unknown
 * @param grade the reviewers' GRADE assessment, or null if not assessed
 * @param measure the relative measure
 * @param estimate relative effect, natural scale
 * @param ciLower its lower limit
 * @param ciUpper its upper limit
 * @param comparatorRisk the assumed comparator risk, or null when absolute effects do not apply or it is unknown
 * @param absolute the absolute effect, or null with no comparator risk
 * @param numberNeeded NNT or NNH, or null where not meaningful
 * @param meanDifference the absolute effect of a continuous outcome (MD, SMD), or null for other measures
 * @param comment free text for the comments column ("" for none)
 */
public record SofRow(String outcome, long participants, int studies, GradeAssessment grade, EffectMeasure measure,
                     double estimate, double ciLower, double ciUpper, ComparatorRisk comparatorRisk,
                     AbsoluteEffect absolute, NumberNeeded numberNeeded, MeanDifference meanDifference,
                     String comment) {

    /** Normalises the comment. */
    public SofRow {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(measure, "measure");
        comment = comment == null ? "" : comment.strip();
    }

    /**
     * A row with its absolute effect and NNT/NNH computed from the relative effect and comparator risk.
     *
     * @param comparatorRisk null if unknown: the absolute columns then say so
     * @param higherIsBetter whether more events is good (so that a rise is a benefit)
     */
    public static SofRow of(String outcome, long participants, int studies, GradeAssessment grade,
                            EffectMeasure measure, double estimate, double ciLower, double ciUpper,
                            ComparatorRisk comparatorRisk, boolean higherIsBetter, String comment) {
        AbsoluteEffect absolute = null;
        NumberNeeded nn = null;
        if (comparatorRisk != null && AbsoluteEffect.applies(measure)) {
            absolute = AbsoluteEffect.of(measure, estimate, ciLower, ciUpper, comparatorRisk.risk());
            nn = NumberNeeded.of(absolute, higherIsBetter);
        }
        MeanDifference difference = MeanDifference.applies(measure)
                ? new MeanDifference(measure, estimate, ciLower, ciUpper, null, "") : null;
        return new SofRow(outcome, participants, studies, grade, measure, estimate, ciLower, ciUpper,
                AbsoluteEffect.applies(measure) ? comparatorRisk : null, absolute, nn, difference, comment);
    }

    /**
     * The row of a continuous outcome with the comparator's mean and the outcome's unit, for the absolute columns;
     * the row itself for other measures.
     *
     * @param mean the comparator's mean, or null when not known
     * @param unit the unit ("days"), or ""
     */
    public SofRow withComparatorMean(ComparatorMean mean, String unit) {
        if (meanDifference == null) {
            return this;
        }
        return new SofRow(outcome, participants, studies, grade, measure, estimate, ciLower, ciUpper, comparatorRisk,
                absolute, numberNeeded, new MeanDifference(measure, estimate, ciLower, ciUpper, mean, unit), comment);
    }
}
