package org.evsynth.stats.effect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Study-level effect sizes against hand calculation. */
class EffectSizesTest {

    private static StudyEffect only(EffectMeasure measure, StudyData data, ZeroCellCorrection correction) {
        return EffectSizes.compute(measure, List.of(data), correction).effects().get(0);
    }

    @Test
    void oddsAndRiskRatioOfDangerShockBleeding() {
        BinaryStudy bleeding = BinaryStudy.of("DanGer Shock", 39, 179, 21, 176);
        StudyEffect or = only(EffectMeasure.OR, bleeding, ZeroCellCorrection.standard());
        assertEquals(Math.log(39.0 * 155 / (140 * 21)), or.theta(), 1e-15);
        assertEquals(1 / 39.0 + 1 / 140.0 + 1 / 21.0 + 1 / 155.0, or.variance(), 1e-15);
        StudyEffect rr = only(EffectMeasure.RR, bleeding, ZeroCellCorrection.standard());
        assertEquals(Math.log((39.0 / 179) / (21.0 / 176)), rr.theta(), 1e-15);
    }

    @Test
    void zeroCellGetsTheCorrectionInAllFourCells() {
        StudyEffect or = only(EffectMeasure.OR, BinaryStudy.of("Z", 0, 20, 3, 20), ZeroCellCorrection.standard());
        assertEquals(Math.log(0.5 * 17.5 / (20.5 * 3.5)), or.theta(), 1e-15);
        StudyEffect larger = only(EffectMeasure.OR, BinaryStudy.of("Z", 0, 20, 3, 20),
                new ZeroCellCorrection(1, ZeroCellCorrection.ApplyTo.ZERO_CELL_STUDIES));
        assertEquals(Math.log(1 * 18.0 / (21 * 4)), larger.theta(), 1e-15);
        EffectSizes none = EffectSizes.compute(EffectMeasure.OR, List.of(BinaryStudy.of("Z", 0, 20, 3, 20)),
                new ZeroCellCorrection(0.5, ZeroCellCorrection.ApplyTo.NONE));
        assertEquals("zero cell, and the continuity correction is off", none.excluded().get(0).reason());
        StudyEffect all = only(EffectMeasure.OR, BinaryStudy.of("A", 2, 20, 3, 20),
                new ZeroCellCorrection(0.5, ZeroCellCorrection.ApplyTo.ALL_STUDIES));
        assertEquals(Math.log(2.5 * 17.5 / (18.5 * 3.5)), all.theta(), 1e-15);
    }

    @Test
    void hedgesCorrectionMatchesTheGammaFormula() {
        // J(m) ≈ 1 - 3/(4m - 1) (Hedges 1981); exact J(10) = Γ(5)/(√5 Γ(4.5)) = 0.922745608053087 (R: gamma())
        assertEquals(0.922745608053087, EffectSizes.hedgesCorrection(10), 1e-14);
        assertEquals(1 - 3.0 / (4 * 1000 - 1), EffectSizes.hedgesCorrection(1000), 1e-7);
    }

    @Test
    void freemanTukeyInverseRecoversTheProportion() {
        for (double x : new double[] {0, 1, 17, 99, 100}) {
            assertEquals(x / 100, FreemanTukey.inverse(FreemanTukey.transform(x, 100), 100), 1e-3, "x = " + x);
        }
    }

    @Test
    void genericIntervalGivesTheLogScaleStandardError() {
        GenericStudy hr = GenericStudy.fromConfidenceInterval("DanGer Shock", 0.74, 0.55, 0.99, true);
        assertEquals(Math.log(0.74), hr.theta(), 1e-15);
        assertEquals((Math.log(0.99) - Math.log(0.55)) / (2 * 1.959963984540054), hr.se(), 1e-15);
    }

    @Test
    void validationNamesFieldValueAndStudy() {
        InvalidStudyDataException e = assertThrows(InvalidStudyDataException.class,
                () -> BinaryStudy.of("Karami 2020", 57, 40, 2, 10));
        assertEquals("events_1", e.field());
        assertEquals("events_1 (57) exceeds total_1 (40) in study 'Karami 2020'", e.getMessage());
        assertEquals("sd_1 (-2.5) must be positive in study 'X'",
                assertThrows(InvalidStudyDataException.class, () -> ContinuousStudy.of("X", 1, -2.5, 10, 2, 1, 10))
                        .getMessage());
    }

    @Test
    void measureMustFitTheData() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EffectSizes.compute(EffectMeasure.SMD, List.of(BinaryStudy.of("A", 1, 10, 2, 10)),
                        ZeroCellCorrection.standard()));
        assertEquals("measure SMD (standardised mean difference) cannot be computed from binary data (study 'A')",
                e.getMessage());
    }
}
