package org.evsynth.report.document;

import java.util.ArrayList;
import java.util.List;

import org.evsynth.report.analysis.AnalysisResult;
import org.evsynth.report.bundle.Comparison;
import org.evsynth.report.bundle.Outcome;
import org.evsynth.report.bundle.OutcomeKind;
import org.evsynth.report.checks.ReportedRatioCheck;
import org.evsynth.report.grade.ComparatorMean;
import org.evsynth.report.grade.ComparatorRisk;
import org.evsynth.report.grade.GradeSignals;
import org.evsynth.report.grade.SofRow;
import org.evsynth.report.table.StudyRow;
import org.evsynth.report.table.StudyTable;
import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.ContinuousStudy;
import org.evsynth.stats.effect.ProportionStudy;
import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.meta.MetaAnalysisResult;

/**
 * Everything the report shows for one outcome, computed once: the outcome's analysis plan run on its table (the
 * same result `evsynth meta` prints for the same options), checks of printed ratios against their counts, GRADE
 * signals and the summary-of-findings row.
 *
 * @param comparison the comparison
 * @param outcome the outcome as review.yaml describes it
 * @param result the analysis, its sections, and its warnings with the printed-ratio checks after them
 * @param signals GRADE signals
 * @param sofRow the summary-of-findings row, or null for an overview
 */
record OutcomeAnalysis(Comparison comparison, Outcome outcome, AnalysisResult result, GradeSignals signals,
                       SofRow sofRow) {

    static OutcomeAnalysis of(Comparison comparison, Outcome outcome, StudyTable table) {
        AnalysisResult result = outcome.plan().run(table).withWarnings(ratioChecks(table));
        MetaAnalysisResult pooled = result.overall();
        List<StudyData> studies = table.studies();
        ComparatorRisk risk = comparatorRisk(outcome, studies);
        long participants = participants(outcome, studies);
        GradeSignals.Inputs inputs = GradeSignals.Inputs.none().withParticipants(participants);
        if (risk != null) {
            inputs = inputs.withComparatorRisk(risk.risk());
        }
        if (!Double.isNaN(outcome.threshold())) {
            inputs = inputs.withThreshold(outcome.threshold());
        }
        SofRow row = outcome.kind() == OutcomeKind.OVERVIEW ? null
                : SofRow.of(outcome.name(), participants, outcome.studies() > 0 ? outcome.studies() : pooled.k(),
                        outcome.grade(), table.measure(), pooled.pooled().estimate(), pooled.pooled().ciLower(),
                        pooled.pooled().ciUpper(), risk, outcome.higherIsBetter(), "")
                        .withComparatorMean(comparatorMean(outcome, studies), outcome.unit());
        return new OutcomeAnalysis(comparison, outcome, result, GradeSignals.of(pooled, inputs), row);
    }

    /** The study table. */
    StudyTable table() {
        return result.table();
    }

    /** The analysis of all studies. */
    MetaAnalysisResult pooled() {
        return result.overall();
    }

    /** The warnings: the table's, the sections', and printed ratios that do not match their counts. */
    List<String> warnings() {
        return result.warnings();
    }

    /** The reviewers' stated comparator risk, or the median of the comparator arms of binary data. */
    private static ComparatorRisk comparatorRisk(Outcome outcome, List<StudyData> studies) {
        if (outcome.comparatorRisk() != null) {
            return outcome.comparatorRisk();
        }
        List<BinaryStudy> binary = studies.stream().filter(BinaryStudy.class::isInstance).map(BinaryStudy.class::cast)
                .toList();
        return binary.isEmpty() ? null : ComparatorRisk.median(binary);
    }

    /** The reviewers' stated comparator mean, or the median of the comparator arms of continuous data. */
    private static ComparatorMean comparatorMean(Outcome outcome, List<StudyData> studies) {
        if (outcome.comparatorMean() != null) {
            return outcome.comparatorMean();
        }
        List<ContinuousStudy> continuous = studies.stream().filter(ContinuousStudy.class::isInstance)
                .map(ContinuousStudy.class::cast).toList();
        return continuous.isEmpty() ? null : ComparatorMean.median(continuous);
    }

    private static long participants(Outcome outcome, List<StudyData> studies) {
        if (outcome.participants() >= 0) {
            return outcome.participants();
        }
        long total = 0;
        for (StudyData s : studies) {
            if (s instanceof BinaryStudy b) {
                total += Math.round(b.total1() + b.total2());
            } else if (s instanceof ContinuousStudy c) {
                total += Math.round(c.n1() + c.n2());
            } else if (s instanceof ProportionStudy p) {
                total += Math.round(p.total());
            } else {
                return -1;
            }
        }
        return total;
    }

    /** Printed RR/OR figures beside counts, recomputed. */
    private static List<String> ratioChecks(StudyTable table) {
        List<String> messages = new ArrayList<>();
        for (StudyRow row : table.rows()) {
            String measure = row.value("reported_measure");
            String printed = row.value("reported_estimate");
            if (row.data() instanceof BinaryStudy counts && measure != null && printed != null && !printed.isEmpty()
                    && (measure.equalsIgnoreCase("RR") || measure.equalsIgnoreCase("OR"))) {
                ReportedRatioCheck.check(counts, measure, printed).message(counts.study())
                        .ifPresent(messages::add);
            }
        }
        return messages;
    }
}
