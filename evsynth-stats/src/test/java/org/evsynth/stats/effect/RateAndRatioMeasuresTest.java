package org.evsynth.stats.effect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 14's measures against hand calculation, their zero handling and the validation of their data. */
class RateAndRatioMeasuresTest {

    private static final ZeroCellCorrection STANDARD = ZeroCellCorrection.standard();
    private static final ZeroCellCorrection OFF = new ZeroCellCorrection(0.5, ZeroCellCorrection.ApplyTo.NONE);

    private static StudyEffect only(EffectMeasure measure, StudyData data, ZeroCellCorrection correction) {
        return EffectSizes.compute(measure, List.of(data), correction).effects().get(0);
    }

    @Test
    void incidenceRateRatioAndDifference() {
        PersonTimeStudy afasak = PersonTimeStudy.of("AFASAK 1989", 9, 413, 19, 398);
        StudyEffect irr = only(EffectMeasure.IRR, afasak, STANDARD);
        assertEquals(Math.log((9.0 / 413) / (19.0 / 398)), irr.theta(), 1e-15);
        assertEquals(1 / 9.0 + 1 / 19.0, irr.variance(), 1e-15);
        StudyEffect ird = only(EffectMeasure.IRD, afasak, STANDARD);
        assertEquals(9.0 / 413 - 19.0 / 398, ird.theta(), 1e-15);
        assertEquals(9.0 / (413.0 * 413) + 19.0 / (398.0 * 398), ird.variance(), 1e-18);
    }

    @Test
    void aZeroCountGetsTheCorrectionInBothArmsAndNoEventsAtAllIsNoRatio() {
        PersonTimeStudy oneZero = PersonTimeStudy.of("A", 0, 250, 6, 240);
        StudyEffect irr = only(EffectMeasure.IRR, oneZero, STANDARD);
        assertEquals(Math.log((0.5 / 250) / (6.5 / 240)), irr.theta(), 1e-15);
        assertEquals(1 / 0.5 + 1 / 6.5, irr.variance(), 1e-15);
        PersonTimeStudy none = PersonTimeStudy.of("B", 0, 300, 0, 310);
        EffectSizes ratio = EffectSizes.compute(EffectMeasure.IRR, List.of(none), STANDARD);
        assertEquals("no events in either arm", ratio.excluded().get(0).reason());
        StudyEffect difference = only(EffectMeasure.IRD, none, STANDARD);
        assertEquals(0.5 / 300 - 0.5 / 310, difference.theta(), 1e-18);
        assertEquals("no events in one arm, and the continuity correction is off",
                EffectSizes.compute(EffectMeasure.IRR, List.of(oneZero), OFF).excluded().get(0).reason());
    }

    @Test
    void oneGroupRates() {
        RateStudy cohort = RateStudy.of("Cohort", 12, 800);
        assertEquals(12 / 800.0, only(EffectMeasure.IR, cohort, STANDARD).theta(), 1e-15);
        assertEquals(12 / (800.0 * 800), only(EffectMeasure.IR, cohort, STANDARD).variance(), 1e-18);
        assertEquals(Math.log(12 / 800.0), only(EffectMeasure.IRLN, cohort, STANDARD).theta(), 1e-15);
        assertEquals(1 / 12.0, only(EffectMeasure.IRLN, cohort, STANDARD).variance(), 1e-15);
        RateStudy empty = RateStudy.of("Empty", 0, 120);
        assertEquals(Math.log(0.5 / 120), only(EffectMeasure.IRLN, empty, STANDARD).theta(), 1e-15);
        assertEquals("no events, and the continuity correction is off",
                EffectSizes.compute(EffectMeasure.IR, List.of(empty), OFF).excluded().get(0).reason());
    }

    @Test
    void ratioOfMeansNeedsPositiveMeans() {
        ContinuousStudy stay = ContinuousStudy.of("Edinburgh", 55, 47, 155, 75, 64, 156);
        StudyEffect rom = only(EffectMeasure.ROM, stay, STANDARD);
        assertEquals(Math.log(55.0 / 75), rom.theta(), 1e-15);
        assertEquals(47.0 * 47 / (155 * 55.0 * 55) + 64.0 * 64 / (156 * 75.0 * 75), rom.variance(), 1e-15);
        InvalidStudyDataException e = assertThrows(InvalidStudyDataException.class,
                () -> only(EffectMeasure.ROM, ContinuousStudy.of("Change", 2, 1, 10, -1, 1, 10), STANDARD));
        assertEquals("mean_2", e.field());
        assertEquals("mean_2 (-1) must be positive for the ratio of means (ROM) in study 'Change'", e.getMessage());
    }

    @Test
    void arcsineDifferenceNeedsNoCorrectionAndKeepsDoubleZeroTrials() {
        BinaryStudy zero = BinaryStudy.of("Z", 0, 25, 6, 24);
        StudyEffect as = only(EffectMeasure.AS, zero, STANDARD);
        assertEquals(-Math.asin(Math.sqrt(6 / 24.0)), as.theta(), 1e-15);
        assertEquals(1 / 100.0 + 1 / 96.0, as.variance(), 1e-15);
        assertEquals(as, only(EffectMeasure.AS, zero, OFF));
        assertEquals(0, only(EffectMeasure.AS, BinaryStudy.of("B", 0, 30, 0, 31), STANDARD).theta());
    }

    @Test
    void petoOddsRatioOfEachStudy() {
        BinaryStudy aronson = BinaryStudy.of("Aronson 1948", 4, 123, 11, 139);
        StudyEffect peto = only(EffectMeasure.PETO, aronson, STANDARD);
        double n = 262;
        double v = 123 * 139 * 15 * (n - 15) / (n * n * (n - 1));
        assertEquals((4 - 123 * 15 / n) / v, peto.theta(), 1e-14);
        assertEquals(1 / v, peto.variance(), 1e-14);
        assertEquals("no events in either arm", EffectSizes.compute(EffectMeasure.PETO,
                List.of(BinaryStudy.of("B", 0, 30, 0, 31)), STANDARD).excluded().get(0).reason());
        assertEquals(1, EffectSizes.compute(EffectMeasure.PETO, List.of(BinaryStudy.of("A", 0, 25, 6, 24)), OFF)
                .effects().size(), "a single zero leaves (O - E)/V finite");
    }

    @Test
    void validationNamesTheField() {
        InvalidStudyDataException time = assertThrows(InvalidStudyDataException.class,
                () -> PersonTimeStudy.of("Trial", 3, 100, 2, 0));
        assertEquals("time_2", time.field());
        assertEquals("time_2 (0) must be positive in study 'Trial'", time.getMessage());
        InvalidStudyDataException events = assertThrows(InvalidStudyDataException.class,
                () -> PersonTimeStudy.of("Trial", -1, 100, 2, 90));
        assertEquals("events_1", events.field());
        assertEquals("time", assertThrows(InvalidStudyDataException.class, () -> RateStudy.of("C", 1, -5)).field());
        assertEquals("events", assertThrows(InvalidStudyDataException.class,
                () -> RateStudy.of("C", Double.NaN, 5)).field());
    }

    @Test
    void measuresAcceptOnlyTheirData() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EffectSizes.compute(
                EffectMeasure.IRR, List.of(BinaryStudy.of("A", 1, 10, 2, 10)), STANDARD));
        assertEquals("measure IRR (incidence rate ratio) cannot be computed from binary data (study 'A')",
                e.getMessage());
        assertTrue(EffectMeasure.IRR.accepts(DataKind.GENERIC));
        assertTrue(EffectMeasure.IRR.isRatio());
        assertFalse(EffectMeasure.IRLN.isRatio());
        assertTrue(Double.isNaN(EffectMeasure.IRLN.nullValue()));
        assertEquals(0, EffectMeasure.IRD.nullValue());
        assertEquals(1, EffectMeasure.ROM.nullValue());
    }
}
