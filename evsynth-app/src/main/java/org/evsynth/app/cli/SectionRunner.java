package org.evsynth.app.cli;

import java.util.List;

import org.evsynth.report.table.StudyOrder;
import org.evsynth.report.table.StudyRow;
import org.evsynth.report.output.SectionsReport;
import org.evsynth.stats.bias.SmallStudyTests;
import org.evsynth.stats.bias.TrimAndFill;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.meta.BackTransform;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.sensitivity.SensitivityAnalysis;

/** Computes the sections `evsynth meta` was asked for, on the studies the main analysis pooled. */
final class SectionRunner {

    private SectionRunner() {
    }

    /**
     * The sections for these rows; warnings (few studies for asymmetry tests) are added to the list.
     *
     * @throws IllegalArgumentException if a section cannot be computed for these data
     */
    static SectionsReport run(SectionOptions options, MetaAnalysis analysis, EffectMeasure measure,
                              List<StudyRow> rows, List<String> warnings) {
        List<StudyData> studies = rows.stream().map(StudyRow::data).toList();
        EffectSizes sizes = analysis.effectSizes(measure, studies);
        List<StudyEffect> effects = sizes.effects();
        if (options.smallStudyTest() && effects.size() < SmallStudyTests.RECOMMENDED_MINIMUM) {
            warnings.add(SmallStudyTests.FEW_STUDIES_WARNING);
        }
        return new SectionsReport(
                options.leaveOneOut ? SensitivityAnalysis.leaveOneOut(analysis, measure, sizes) : null,
                options.cumulative == null ? null
                        : SensitivityAnalysis.cumulative(analysis, measure,
                                StudyOrder.byColumn(effects, rows, options.cumulative)),
                options.influence ? SensitivityAnalysis.influence(analysis, effects) : null,
                options.egger ? SmallStudyTests.egger(effects) : null,
                options.begg ? SmallStudyTests.begg(effects) : null,
                options.peters ? SmallStudyTests.peters(effects) : null,
                options.harbord ? SmallStudyTests.harbord(effects) : null,
                options.trimFill ? TrimAndFill.run(analysis, measure, sizes, options.trimFillEstimator,
                        options.trimFillSide) : null,
                BackTransform.forPooled(measure, effects));
    }
}
