package org.evsynth.report.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.evsynth.review.rob.RobTool;
import org.evsynth.stats.effect.EffectMeasure;
import org.junit.jupiter.api.Test;

class SummaryOfFindingsTest {

    private static final Rating ROB = new Rating(Domain.RISK_OF_BIAS, -2, "serious risk of bias <all studies>");
    private static final Rating INCONSISTENCY = new Rating(Domain.INCONSISTENCY, -1, "I² 64.5%");

    private static SummaryOfFindings table() {
        GradeAssessment soliman = GradeAssessment.of(StudyDesign.NON_RANDOMISED, RobTool.ROBINS_I,
                List.of(ROB, INCONSISTENCY));
        GradeAssessment other = GradeAssessment.of(StudyDesign.NON_RANDOMISED, RobTool.ROBINS_I,
                List.of(ROB, new Rating(Domain.IMPRECISION, -1, "wide CI")));
        SofRow mortality = SofRow.of("Short-term mortality", 5364, 10, soliman, EffectMeasure.RR, 0.92, 0.76, 1.10,
                ComparatorRisk.stated(0.538, "Stub 2025"), false, "");
        SofRow stroke = SofRow.of("Stroke", -1, 5, other, EffectMeasure.RR, 0.52, 0.36, 0.75, null, false, "");
        SofRow death = SofRow.of("Death at 180 days", 355, 1, null, EffectMeasure.HR, 0.74, 0.55, 0.99,
                ComparatorRisk.stated(0.585, "DanGer Shock control arm"), false, "");
        return new SummaryOfFindings("Impella compared with VA-ECMO", "adults in cardiogenic shock", "",
                "Impella", "VA-ECMO", List.of(mortality, stroke, death));
    }

    @Test
    void footnoteLettersAreSharedForTheSameReason() {
        SummaryOfFindings sof = table();
        assertEquals(List.of("a", "b"), sof.lettersFor(sof.rows().get(0)));
        assertEquals(List.of("a", "c"), sof.lettersFor(sof.rows().get(1)));
        assertEquals(List.of(), sof.lettersFor(sof.rows().get(2)));
        assertEquals(3, sof.footnotes().size());
        assertEquals("Rated down two levels for risk of bias: serious risk of bias <all studies>",
                sof.footnotes().get(0).text());
        assertEquals("aa", SummaryOfFindings.letter(26));
    }

    @Test
    void rowsComputeAbsoluteEffectsAndNumbersNeeded() {
        SummaryOfFindings sof = table();
        SofRow mortality = sof.rows().get(0);
        // 0.538 × (0.92 − 1) = −0.04304; limits 0.538 × −0.24 = −0.12912 and 0.538 × 0.10 = 0.0538
        assertEquals("43 fewer per 1,000 (from 129 fewer to 54 more)", mortality.absolute().describe());
        assertNull(mortality.numberNeeded());
        assertNull(sof.rows().get(1).absolute());
        assertEquals("NNT (benefit) 10", sof.rows().get(2).numberNeeded().describe());
    }

    @Test
    void htmlFragment() {
        String html = SofHtml.render(table());
        assertTrue(html.startsWith("<section class=\"sof\">"));
        assertTrue(html.contains("⊕◯◯◯</span> Very low<sup>a,b</sup>"), html);
        assertTrue(html.contains("<td>538 per 1,000</td><td>43 fewer per 1,000 (from 129 fewer to 54 more)</td>"
                + "<td>RR 0.92 (0.76 to 1.10)</td><td>5,364 (10 non-randomised studies)</td>"), html);
        assertTrue(html.contains("not estimated: no comparator risk"));
        assertTrue(html.contains("<td>355 (1 study)</td><td class=\"sof-certainty\">not assessed</td>"
                + "<td>NNT (benefit) 10</td>"), html);
        assertTrue(html.contains("serious risk of bias &lt;all studies&gt;"), "text is escaped");
        assertTrue(html.contains("<li id=\"sof-note-c\">Rated down one level for imprecision: wide CI</li>"));
    }
}
