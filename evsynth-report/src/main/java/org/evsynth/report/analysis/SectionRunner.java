package org.evsynth.report.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.evsynth.report.table.StudyOrder;
import org.evsynth.report.table.StudyTable;
import org.evsynth.stats.bias.RankCorrelationTest;
import org.evsynth.stats.bias.RegressionTest;
import org.evsynth.stats.bias.SmallStudyTests;
import org.evsynth.stats.bias.TrimAndFill;
import org.evsynth.stats.bias.TrimAndFillResult;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.meta.BackTransform;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.sensitivity.CumulativeStep;
import org.evsynth.stats.sensitivity.LeaveOneOut;
import org.evsynth.stats.sensitivity.ProgressListener;
import org.evsynth.stats.sensitivity.SensitivityAnalysis;
import org.evsynth.stats.sensitivity.StudyInfluence;

/**
 * Runs the sections of a plan on the studies the main analysis pooled, each only where {@link Section}'s rule lets
 * it; the engine's own refusal of particular data (Harbord's test with fewer than three studies with events) is
 * recorded as the reason, like the rule's.
 */
final class SectionRunner {

    private final AnalysisPlan plan;
    private final StudyTable table;
    private final EffectSizes sizes;
    private final List<StudyEffect> effects;
    private final Map<Section, Object> done = new EnumMap<>(Section.class);
    private final Map<Section, String> notDone = new EnumMap<>(Section.class);
    private final ProgressListener progress;
    private int refitsDone;
    private int refitsInAll;

    SectionRunner(AnalysisPlan plan, StudyTable table, EffectSizes sizes, ProgressListener progress) {
        this.plan = plan;
        this.table = table;
        this.sizes = sizes;
        this.effects = sizes.effects();
        this.progress = progress;
    }

    /** The sections; the warning on asymmetry methods with fewer than 10 studies is added to the list. */
    SectionResults run(List<String> warnings) {
        Map<Section, String> refused = new EnumMap<>(Section.class);
        for (Section section : plan.sections().wanted()) {
            section.usageProblem(table.format(), plan.settings()).or(() -> section.tooFewStudies(effects.size()))
                    .ifPresent(reason -> refused.put(section, reason));
            refitsInAll += refused.containsKey(section) ? 0 : refits(section);
        }
        for (Section section : plan.sections().wanted()) {
            if (refused.containsKey(section)) {
                notDone.put(section, refused.get(section));
                continue;
            }
            try {
                done.put(section, compute(section));
            } catch (IllegalArgumentException e) {
                notDone.put(section, e.getMessage());
            }
            refitsDone += refits(section);
        }
        boolean asymmetry = done.keySet().stream().anyMatch(Section::isAsymmetryMethod);
        if (asymmetry && effects.size() < SmallStudyTests.RECOMMENDED_MINIMUM) {
            warnings.add(SmallStudyTests.FEW_STUDIES_WARNING);
        }
        return results();
    }

    /** The model refits a section makes, one per study for those that refit. */
    private int refits(Section section) {
        return switch (section) {
            case LEAVE_ONE_OUT, CUMULATIVE, INFLUENCE -> effects.size();
            default -> 0;
        };
    }

    /** The progress of one section's refits, as part of all the sections' refits. */
    private ProgressListener within() {
        int before = refitsDone;
        return (refit, refits) -> progress.progress(before + refit, refitsInAll);
    }

    private Object compute(Section section) {
        MetaAnalysis settings = plan.settings();
        Sections options = plan.sections();
        return switch (section) {
            case LEAVE_ONE_OUT -> SensitivityAnalysis.leaveOneOut(settings, table.measure(), sizes, within());
            case CUMULATIVE -> SensitivityAnalysis.cumulative(settings, table.measure(),
                    StudyOrder.byColumn(effects, table, options.cumulativeOrder()), null, within());
            case INFLUENCE -> SensitivityAnalysis.influence(settings, table.measure(), effects, within());
            case EGGER -> SmallStudyTests.egger(effects);
            case BEGG -> SmallStudyTests.begg(effects);
            case PETERS -> SmallStudyTests.peters(effects);
            case HARBORD -> SmallStudyTests.harbord(effects);
            case TRIM_FILL -> TrimAndFill.run(settings, table.measure(), sizes, options.trimFillEstimator(),
                    options.trimFillSide());
        };
    }

    @SuppressWarnings("unchecked")
    private SectionResults results() {
        return new SectionResults(plan.sections().wanted(),
                (List<LeaveOneOut>) done.get(Section.LEAVE_ONE_OUT),
                (List<CumulativeStep>) done.get(Section.CUMULATIVE),
                (List<StudyInfluence>) done.get(Section.INFLUENCE),
                (RegressionTest) done.get(Section.EGGER), (RankCorrelationTest) done.get(Section.BEGG),
                (RegressionTest) done.get(Section.PETERS), (RegressionTest) done.get(Section.HARBORD),
                (TrimAndFillResult) done.get(Section.TRIM_FILL),
                BackTransform.forPooled(table.measure(), effects), notDone);
    }
}
