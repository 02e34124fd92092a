package org.evsynth.report.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evsynth.stats.effect.BinaryStudy;
import org.junit.jupiter.api.Test;

/** The NICE overview's Table 3 (DanGer Shock, Møller 2024) prints odds ratios as 'RR'. */
class ReportedRatioCheckTest {

    @Test
    void compositeSafetyPrintedAsRrIsTheOddsRatio() {
        ReportedRatioCheck.Finding f = ReportedRatioCheck.check(BinaryStudy.of("DanGer Shock", 43, 179, 11, 176), "RR", "4.74");
        assertEquals("OR", f.matches());
        assertTrue(f.mislabelled());
        assertEquals("DanGer Shock: the figure printed as RR 4.74 is the odds ratio of the counts "
                + "(RR 3.84, OR 4.74 from the counts).", f.message("DanGer Shock").orElseThrow());
    }

    @Test
    void aTrueRiskRatioPasses() {
        // 39/179 vs 21/176: RR = 1.826
        ReportedRatioCheck.Finding f = ReportedRatioCheck.check(BinaryStudy.of("S", 39, 179, 21, 176), "RR", "1.83");
        assertEquals("RR", f.matches());
        assertFalse(f.mislabelled());
        assertTrue(f.message("S").isEmpty());
    }

    @Test
    void rareEventsMakeBothAgree() {
        ReportedRatioCheck.Finding f = ReportedRatioCheck.check(BinaryStudy.of("S", 1, 10000, 2, 10000), "OR", "0.5");
        assertEquals("both", f.matches());
        assertFalse(f.mislabelled());
    }

    @Test
    void aFigureMatchingNeitherIsFlaggedAsPossiblyAdjusted() {
        ReportedRatioCheck.Finding f = ReportedRatioCheck.check(BinaryStudy.of("S", 82, 179, 103, 176), "RR", "0.74");
        assertEquals("neither", f.matches());
        assertTrue(f.message("S").orElseThrow().contains("matches neither ratio"));
    }
}
