package org.evsynth.stats.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.evsynth.stats.effect.DataKind;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.GenericStudy;
import org.evsynth.stats.effect.IncompleteStudy;
import org.evsynth.stats.effect.InvalidStudyDataException;
import org.evsynth.stats.effect.MissingValues;
import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.sensitivity.SensitivityAnalysis;
import org.junit.jupiter.api.Test;

/** The engine's edges that issue 13 names: out-of-range SEs, missing values, collapsed HKSJ, progress. */
class EngineEdgeCasesTest {

    private static final List<StudyData> FOUR = List.of(GenericStudy.of("A", 0.1, 0.2), GenericStudy.of("B", 0.4, 0.3),
            GenericStudy.of("C", -0.2, 0.25), GenericStudy.of("D", 0.3, 0.1));

    @Test
    void anSeWhoseVarianceUnderflowsOrOverflowsIsRefusedSayingSo() {
        InvalidStudyDataException tiny = assertThrows(InvalidStudyDataException.class,
                () -> GenericStudy.of("Tiny 2020", 0.1, 1e-200));
        assertEquals("se", tiny.field());
        assertTrue(tiny.getMessage().contains("underflows to 0.0"), tiny.getMessage());
        assertTrue(tiny.getMessage().contains("'Tiny 2020'"), tiny.getMessage());
        InvalidStudyDataException huge = assertThrows(InvalidStudyDataException.class,
                () -> GenericStudy.of("Huge 2020", 0.1, 1e308));
        assertTrue(huge.getMessage().contains("overflows to infinity"), huge.getMessage());
    }

    @Test
    void aStudyWithAMissingValueIsRefusedByDefaultAndListedWhenDropped() {
        List<StudyData> studies = new ArrayList<>(FOUR);
        studies.add(IncompleteStudy.of("E", DataKind.GENERIC, "se"));
        InvalidStudyDataException refused = assertThrows(InvalidStudyDataException.class,
                () -> MetaAnalysis.withDefaults().run(EffectMeasure.GEN, studies));
        assertEquals("se", refused.field());
        assertTrue(refused.getMessage().contains("study 'E'"), refused.getMessage());
        MetaAnalysisResult dropped = MetaAnalysis.withDefaults().with(MissingValues.DROP).run(EffectMeasure.GEN, studies);
        assertEquals(4, dropped.k());
        assertEquals("E", dropped.excluded().get(0).study());
        assertEquals("missing se", dropped.excluded().get(0).reason());
    }

    @Test
    void identicalStudiesWithHksjWarnAndCarryTheWaldInterval() {
        List<StudyData> same = List.of(GenericStudy.of("A", 0.5, 0.1), GenericStudy.of("B", 0.5, 0.2),
                GenericStudy.of("C", 0.5, 0.3));
        MetaAnalysisResult hksj = MetaAnalysis.withDefaults().run(EffectMeasure.GEN, same);
        assertEquals(hksj.pooled().ciLower(), hksj.pooled().ciUpper(), 0);
        assertEquals(1, hksj.warnings().size());
        assertTrue(hksj.wald().ciLower() < 0.5 && hksj.wald().ciUpper() > 0.5);
        MetaAnalysisResult modified = MetaAnalysis.withDefaults().with(ConfidenceMethod.HKSJ_MODIFIED)
                .run(EffectMeasure.GEN, same);
        assertTrue(modified.warnings().isEmpty());
        assertTrue(modified.pooled().se() >= modified.wald().se());
        MetaAnalysisResult differing = MetaAnalysis.withDefaults().run(EffectMeasure.GEN, FOUR);
        assertTrue(differing.warnings().isEmpty());
    }

    @Test
    void refittingAnalysesReportProgressOncePerRefit() {
        MetaAnalysis analysis = MetaAnalysis.withDefaults();
        List<int[]> calls = new ArrayList<>();
        SensitivityAnalysis.leaveOneOut(analysis, EffectMeasure.GEN, analysis.effectSizes(EffectMeasure.GEN, FOUR),
                (done, total) -> calls.add(new int[] {done, total}));
        assertEquals(4, calls.size());
        assertEquals(4, calls.get(3)[0]);
        assertEquals(4, calls.get(3)[1]);
    }

    @Test
    void theProfileLikelihoodNeedsALikelihood() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MetaAnalysis.withDefaults()
                .with(TauSquaredEstimator.DL).with(TauSquaredCiMethod.PL).run(EffectMeasure.GEN, FOUR));
        assertTrue(e.getMessage().contains("REML or ML"), e.getMessage());
        assertFalse(Double.isNaN(MetaAnalysis.withDefaults().with(TauSquaredCiMethod.PL)
                .run(EffectMeasure.GEN, FOUR).heterogeneity().tau2CiUpper()));
    }
}
