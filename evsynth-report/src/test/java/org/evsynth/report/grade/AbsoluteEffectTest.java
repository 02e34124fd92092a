package org.evsynth.report.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.EffectMeasure;
import org.junit.jupiter.api.Test;

/** Expected values computed by hand (and checked with Python 3.10's math module). */
class AbsoluteEffectTest {

    @Test
    void riskRatio() {
        // CR 0.585, RR 0.78 (0.64 to 0.96): difference 0.585 × (RR − 1)
        AbsoluteEffect e = AbsoluteEffect.of(EffectMeasure.RR, 0.78, 0.64, 0.96, 0.585);
        assertEquals(-0.1287, e.difference(), 1e-12);
        assertEquals(-0.2106, e.differenceLower(), 1e-12);
        assertEquals(-0.0234, e.differenceUpper(), 1e-12);
        assertEquals("129 fewer per 1,000 (from 211 fewer to 23 fewer)", e.describe());
        NumberNeeded nnt = NumberNeeded.of(e, false);
        assertEquals(8, nnt.value()); // 1 / 0.1287 = 7.77, rounded up
        assertEquals("NNT (benefit) 8", nnt.describe());
    }

    @Test
    void oddsRatio() {
        // CR 0.2, OR 2: risk = 2 × 0.2 / (0.8 + 0.4) = 1/3; OR 1.5: 0.3 / 1.1; OR 3: 0.6 / 1.4
        AbsoluteEffect e = AbsoluteEffect.of(EffectMeasure.OR, 2, 1.5, 3, 0.2);
        assertEquals(1.0 / 3, e.risk(), 1e-12);
        assertEquals(0.3 / 1.1 - 0.2, e.differenceLower(), 1e-12);
        assertEquals(0.6 / 1.4 - 0.2, e.differenceUpper(), 1e-12);
        assertEquals("133 more per 1,000 (from 73 more to 229 more)", e.describe());
        NumberNeeded nnh = NumberNeeded.of(e, false);
        assertEquals("NNH (harm) 8", nnh.describe()); // 1 / 0.1333 = 7.5
    }

    @Test
    void hazardRatioUsesProportionalHazards() {
        // DanGer Shock: CR 103/176 ≈ 0.585, HR 0.74 (0.55 to 0.99): risk = 1 − 0.415^HR
        AbsoluteEffect e = AbsoluteEffect.of(EffectMeasure.HR, 0.74, 0.55, 0.99, 0.585);
        assertEquals(0.47837837041983033, e.risk(), 1e-12);
        assertEquals(-0.20149059170502126, e.differenceLower(), 1e-12);
        assertEquals(-0.0036659254004802744, e.differenceUpper(), 1e-12);
        assertEquals("107 fewer per 1,000 (from 201 fewer to 4 fewer)", e.describe());
        assertEquals(10, NumberNeeded.of(e, false).value()); // 1 / 0.10662 = 9.38
    }

    @Test
    void noNumberNeededWhenTheIntervalIncludesNoDifference() {
        AbsoluteEffect e = AbsoluteEffect.of(EffectMeasure.RR, 0.92, 0.76, 1.10, 0.538);
        assertTrue(e.includesNoDifference());
        assertNull(NumberNeeded.of(e, false));
    }

    @Test
    void desirableOutcomeIncreaseIsABenefit() {
        // weaning 440/533 vs 391/533: RR 440/391, CR 391/533; difference 49/533
        AbsoluteEffect e = AbsoluteEffect.of(EffectMeasure.RR, 440.0 / 391, 1.05, 1.20, 391.0 / 533);
        assertEquals(49.0 / 533, e.difference(), 1e-12);
        assertEquals("NNT (benefit) 11", NumberNeeded.of(e, true).describe()); // 533 / 49 = 10.9
    }

    @Test
    void medianComparatorRisk() {
        ComparatorRisk cr = ComparatorRisk.median(List.of(BinaryStudy.of("a", 1, 10, 1, 10),
                BinaryStudy.of("b", 1, 10, 3, 10), BinaryStudy.of("c", 1, 10, 2, 10),
                BinaryStudy.of("d", 1, 10, 9, 10)));
        assertEquals(0.25, cr.risk(), 1e-12); // (0.2 + 0.3) / 2
        assertEquals(0.1, ComparatorRisk.median(List.of(BinaryStudy.of("a", 1, 10, 1, 10))).risk(), 1e-12);
    }

    @Test
    void continuousMeasuresHaveNoRiskDifference() {
        assertThrows(IllegalArgumentException.class, () -> AbsoluteEffect.of(EffectMeasure.MD, 1, 0, 2, 0.5));
    }

    @Test
    void optimalInformationSize() {
        // p1 0.585, p2 0.43875; (1.959964 + 0.841621)² × (0.242775 + 0.246248) / 0.14625² = 179.45 per arm
        OptimalInformationSize ois = OptimalInformationSize.binary(0.585);
        assertEquals(180, ois.perArm());
        assertEquals(360, ois.total());
        assertTrue(ois.metBy(355 + 5));
        // p1 0.10, p2 0.075: 2001.46 per arm
        assertEquals(4004, OptimalInformationSize.binary(0.10).total());
        assertThrows(IllegalArgumentException.class, () -> OptimalInformationSize.binary(0));
    }
}
