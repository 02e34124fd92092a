package org.evsynth.report.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.evsynth.stats.effect.ContinuousStudy;
import org.evsynth.stats.effect.EffectMeasure;
import org.junit.jupiter.api.Test;

/**
 * A continuous outcome's row in GRADEpro's words (Guyatt et al. 2013, GRADE guidelines 13): the comparator's mean,
 * "MD x higher (y to z higher)", or an SMD in standard deviations; no relative effect and no NNT.
 */
class ContinuousSummaryOfFindingsTest {

    private static String html(SofRow row) {
        return SofHtml.render(new SummaryOfFindings("Stroke units", "adults after a stroke", "", "Stroke unit",
                "General ward", List.of(row)));
    }

    @Test
    void aMeanDifferenceSaysHigherOrLowerBesideTheComparatorMean() {
        ComparatorMean mean = ComparatorMean.median(List.of(ContinuousStudy.of("A", 30, 5, 40, 38.5, 6, 41),
                ContinuousStudy.of("B", 32, 5, 40, 41, 6, 41), ContinuousStudy.of("C", 31, 5, 40, 36, 6, 41)));
        assertEquals(new ComparatorMean(38.5, "median comparator-group mean of the 3 studies"), mean);
        SofRow row = SofRow.of("Length of stay", 243, 3, null, EffectMeasure.MD, -7.2, -10.45, -3.91, null, false, "")
                .withComparatorMean(mean, "days");
        assertEquals("MD 7.20 days lower (10.45 lower to 3.91 lower)", row.meanDifference().describe());
        String html = html(row);
        assertTrue(html.contains("<td>The mean was 38.5 days</td>"
                + "<td>MD 7.20 days lower (10.45 lower to 3.91 lower)</td><td>—</td>"), html);
        assertTrue(html.contains("Comparator mean: median comparator-group mean of the 3 studies."), html);
        assertTrue(html.contains("<td>—</td><td>Comparator mean"), "no NNT for a mean: " + html);
        SofRow across = SofRow.of("Barthel index", 120, 2, null, EffectMeasure.MD, 1.5, -0.5, 3.5, null, true, "")
                .withComparatorMean(ComparatorMean.stated(62, "SOS registry 2019"), "");
        assertEquals("MD 1.50 higher (0.50 lower to 3.50 higher)", across.meanDifference().describe());
        assertTrue(html(across).contains("<td>The mean was 62</td>"), html(across));
    }

    @Test
    void aStandardisedMeanDifferenceIsInStandardDeviationsWithoutAComparatorMean() {
        SofRow row = SofRow.of("Depression", 300, 4, null, EffectMeasure.SMD, -0.45, -0.8, -0.1, null, true, "")
                .withComparatorMean(new ComparatorMean(20, "median"), "points");
        assertEquals("SMD 0.45 SD lower (0.80 lower to 0.10 lower)", row.meanDifference().describe());
        assertTrue(html(row).contains("<td>—</td><td>SMD 0.45 SD lower (0.80 lower to 0.10 lower)</td><td>—</td>"),
                html(row));
    }

    @Test
    void withoutAComparatorMeanTheRowSaysSo() {
        SofRow row = SofRow.of("Length of stay", 41, 1, null, EffectMeasure.MD, 3.45, 1.61, 5.29, null, false, "")
                .withComparatorMean(null, "");
        assertTrue(html(row).contains("<td>not estimated: no comparator mean</td><td>MD 3.45 higher (1.61 higher "
                + "to 5.29 higher)</td>"), html(row));
    }
}
