package org.evsynth.report.document;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.evsynth.report.table.StudyOrder;
import org.evsynth.report.table.StudyRow;
import org.evsynth.report.table.StudyTable;
import org.evsynth.report.output.SectionsReport;
import org.evsynth.report.bundle.BiasTest;
import org.evsynth.report.bundle.Comparison;
import org.evsynth.report.bundle.Outcome;
import org.evsynth.report.bundle.OutcomeKind;
import org.evsynth.report.bundle.Sensitivity;
import org.evsynth.report.checks.ReportedRatioCheck;
import org.evsynth.report.grade.ComparatorRisk;
import org.evsynth.report.grade.GradeSignals;
import org.evsynth.report.grade.SofRow;
import org.evsynth.stats.bias.SmallStudyTests;
import org.evsynth.stats.bias.TrimAndFill;
import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.meta.BackTransform;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.SubgroupAnalysisResult;
import org.evsynth.stats.regression.CommonTau2Subgroups;
import org.evsynth.stats.sensitivity.SensitivityAnalysis;

/**
 * Everything the report shows for one outcome, computed once: the analysis (with subgroups if asked), the
 * sensitivity and bias sections, checks of printed ratios against their counts, GRADE signals and the
 * summary-of-findings row.
 *
 * @param comparison the comparison
 * @param outcome the outcome as review.yaml describes it
 * @param table the study table
 * @param settings the engine's settings
 * @param result the analysis of all studies
 * @param subgroups the subgroup analysis, or null
 * @param sections sensitivity and bias results, or null when none were asked for
 * @param warnings the reader's warnings, the asymmetry-test warning, and printed ratios that do not match
 * @param signals GRADE signals
 * @param sofRow the summary-of-findings row, or null for an overview
 */
record OutcomeAnalysis(Comparison comparison, Outcome outcome, StudyTable table, MetaAnalysis settings,
                       MetaAnalysisResult result, SubgroupAnalysisResult subgroups, SectionsReport sections,
                       List<String> warnings, GradeSignals signals, SofRow sofRow) {

    static OutcomeAnalysis of(Comparison comparison, Outcome outcome, StudyTable table) {
        MetaAnalysis settings = outcome.options().toMetaAnalysis();
        List<StudyData> studies = table.studies();
        MetaAnalysisResult result = settings.run(table.measure(), studies);
        SubgroupAnalysisResult subgroups = null;
        String by = outcome.options().by();
        if (by != null) {
            Map<StudyData, String> groupOf = new IdentityHashMap<>();
            table.rows().forEach(r -> groupOf.put(r.data(), r.value(by)));
            subgroups = outcome.options().commonTau2()
                    ? CommonTau2Subgroups.run(settings, table.measure(), studies, groupOf::get)
                    : settings.runBySubgroup(table.measure(), studies, groupOf::get);
        }
        List<String> warnings = new ArrayList<>(table.warnings());
        warnings.addAll(ratioChecks(table, outcome));
        SectionsReport sections = sections(outcome, settings, table, warnings);
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
                : SofRow.of(outcome.name(), participants, outcome.studies() > 0 ? outcome.studies() : result.k(),
                        outcome.grade(), table.measure(), result.pooled().estimate(), result.pooled().ciLower(),
                        result.pooled().ciUpper(), risk, outcome.higherIsBetter(), "");
        return new OutcomeAnalysis(comparison, outcome, table, settings, result, subgroups, sections,
                List.copyOf(warnings), GradeSignals.of(result, inputs), row);
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

    private static long participants(Outcome outcome, List<StudyData> studies) {
        if (outcome.participants() >= 0) {
            return outcome.participants();
        }
        long total = 0;
        for (StudyData s : studies) {
            if (s instanceof BinaryStudy b) {
                total += Math.round(b.total1() + b.total2());
            } else if (s instanceof org.evsynth.stats.effect.ContinuousStudy c) {
                total += Math.round(c.n1() + c.n2());
            } else if (s instanceof org.evsynth.stats.effect.ProportionStudy p) {
                total += Math.round(p.total());
            } else {
                return -1;
            }
        }
        return total;
    }

    /** Printed RR/OR figures beside counts, recomputed. */
    private static List<String> ratioChecks(StudyTable table, Outcome outcome) {
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

    private static SectionsReport sections(Outcome outcome, MetaAnalysis settings, StudyTable table,
                                           List<String> warnings) {
        if (outcome.kind() != OutcomeKind.META_ANALYSIS || (outcome.sensitivity().isEmpty() && outcome.bias().isEmpty())) {
            return null;
        }
        EffectSizes sizes = settings.effectSizes(table.measure(), table.studies());
        List<StudyEffect> effects = sizes.effects();
        if (!outcome.bias().isEmpty() && effects.size() < SmallStudyTests.RECOMMENDED_MINIMUM) {
            warnings.add(SmallStudyTests.FEW_STUDIES_WARNING);
        }
        Sensitivity cumulative = outcome.sensitivity().stream()
                .filter(s -> s.kind() == Sensitivity.Kind.CUMULATIVE).findFirst().orElse(null);
        boolean loo = outcome.sensitivity().stream().anyMatch(s -> s.kind() == Sensitivity.Kind.LEAVE_ONE_OUT);
        boolean influence = outcome.sensitivity().stream().anyMatch(s -> s.kind() == Sensitivity.Kind.INFLUENCE);
        List<BiasTest> bias = outcome.bias();
        return new SectionsReport(
                loo ? SensitivityAnalysis.leaveOneOut(settings, table.measure(), sizes) : null,
                cumulative == null ? null : SensitivityAnalysis.cumulative(settings, table.measure(),
                        StudyOrder.byColumn(effects, table.rows(), cumulative.column())),
                influence && effects.size() >= 3 ? SensitivityAnalysis.influence(settings, effects) : null,
                bias.contains(BiasTest.EGGER) && effects.size() >= 3 ? SmallStudyTests.egger(effects) : null,
                bias.contains(BiasTest.BEGG) && effects.size() >= 3 ? SmallStudyTests.begg(effects) : null,
                bias.contains(BiasTest.PETERS) && effects.size() >= 3 ? SmallStudyTests.peters(effects) : null,
                bias.contains(BiasTest.HARBORD) && effects.size() >= 3 ? SmallStudyTests.harbord(effects) : null,
                bias.contains(BiasTest.TRIM_FILL) && effects.size() >= 3
                        ? TrimAndFill.run(settings, table.measure(), sizes, TrimAndFill.Estimator.L0, null) : null,
                BackTransform.forPooled(table.measure(), effects));
    }
}
