package org.evsynth.report.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.evsynth.review.rob.RobTool;
import org.junit.jupiter.api.Test;

class GradeAssessmentTest {

    @Test
    void startsHighForTrialsAndForRobinsIAndLowOtherwise() {
        assertEquals(Certainty.HIGH, GradeAssessment.defaultStart(StudyDesign.RANDOMISED, RobTool.ROB2));
        assertEquals(Certainty.HIGH, GradeAssessment.defaultStart(StudyDesign.NON_RANDOMISED, RobTool.ROBINS_I));
        assertEquals(Certainty.LOW, GradeAssessment.defaultStart(StudyDesign.NON_RANDOMISED, null));
    }

    @Test
    void solimanMortalityIsVeryLow() {
        GradeAssessment g = GradeAssessment.of(StudyDesign.NON_RANDOMISED, RobTool.ROBINS_I, List.of(
                new Rating(Domain.RISK_OF_BIAS, -2, "serious risk of bias in all ten studies"),
                new Rating(Domain.INCONSISTENCY, -1, "I² 64.5%"),
                new Rating(Domain.IMPRECISION, -1, "CI includes benefit and harm")));
        assertEquals(-4, g.down());
        assertEquals(Certainty.VERY_LOW, g.certainty());
        assertEquals("⊕◯◯◯", g.certainty().symbols());
        assertEquals(3, g.reasons().size());
        assertEquals(Domain.values().length, g.ratings().size());
    }

    @Test
    void upgradesMoveUpAndCertaintyStaysWithinTheScale() {
        GradeAssessment g = GradeAssessment.of(StudyDesign.NON_RANDOMISED, null, List.of(
                new Rating(Domain.LARGE_EFFECT, 2, "RR 0.2")));
        assertEquals(Certainty.HIGH, g.certainty());
        assertEquals("⊕⊕⊕⊕", g.certainty().symbols());
        assertEquals(Certainty.HIGH, Certainty.MODERATE.shift(3));
        assertEquals(Certainty.VERY_LOW, Certainty.LOW.shift(-5));
        assertEquals("⊕⊕⊕◯", Certainty.MODERATE.symbols());
        assertTrue(GradeAssessment.of(StudyDesign.RANDOMISED, null, List.of(
                new Rating(Domain.DOSE_RESPONSE, 1, "gradient"))).cautions().get(0).contains("randomised"));
    }

    @Test
    void ratingsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Rating(Domain.IMPRECISION, -1, " "));
        assertThrows(IllegalArgumentException.class, () -> new Rating(Domain.RISK_OF_BIAS, 1, "why"));
        assertThrows(IllegalArgumentException.class, () -> new Rating(Domain.LARGE_EFFECT, -1, "why"));
        assertThrows(IllegalArgumentException.class, () -> new Rating(Domain.DOSE_RESPONSE, 2, "why"));
        assertEquals("very serious", new Rating(Domain.RISK_OF_BIAS, -2, "x").judgement());
        assertThrows(IllegalArgumentException.class, () -> GradeAssessment.of(StudyDesign.RANDOMISED, null,
                List.of(Rating.none(Domain.INDIRECTNESS), Rating.none(Domain.INDIRECTNESS))));
    }
}
