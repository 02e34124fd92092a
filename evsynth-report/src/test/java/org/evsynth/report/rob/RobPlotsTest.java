package org.evsynth.report.rob;

import org.evsynth.review.rob.Judgement;
import org.evsynth.review.rob.RobTool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The structure of the traffic-light and summary plots: one circle per cell, one bar per non-empty share. */
class RobPlotsTest {

    static int count(String svg, String cssClass) {
        Matcher m = Pattern.compile("class=\"" + Pattern.quote(cssClass) + "\"").matcher(svg);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void trafficLightHasACirclePerStudyAndColumn() throws IOException {
        RobTable table = RobTable.read(RobTableTest.shared("data_rob2.csv"), RobTool.ROB2);
        String svg = TrafficLightPlot.svg(table);
        assertEquals(9 * (5 + 1), count(svg, "rob-circle"));
        assertEquals(9, count(svg, "study-label"));
        assertEquals(6, count(svg, "domain-label"));
        assertTrue(svg.contains(">D1: Bias arising from the randomisation process.<"));
        assertTrue(svg.contains(">Some concerns<"));
        assertTrue(count(svg, "legend") >= 5 + 1 + 4 + 1);
        // Study 3's D1 is No information: a blue circle
        assertTrue(svg.contains("fill=\"#4EA1F7\""));
    }

    @Test
    void trafficLightForRobinsI() throws IOException {
        RobTable table = RobTable.read(RobTableTest.shared("data_robins_i.csv"), RobTool.ROBINS_I);
        String svg = TrafficLightPlot.svg(table);
        assertEquals(10 * (7 + 1), count(svg, "rob-circle"));
        assertTrue(svg.contains(">D7: Bias in selection of the reported result.<"));
        assertTrue(svg.contains(">Critical<"));
    }

    @Test
    void summaryHasOneBarPerNonEmptyShare() throws IOException {
        RobTable table = RobTable.read(RobTableTest.shared("data_rob2.csv"), RobTool.ROB2);
        int segments = 0;
        double[] weights = new double[table.studies().size()];
        java.util.Arrays.fill(weights, 1);
        for (int row = 0; row <= table.domainCount(); row++) {
            for (double share : SummaryPlot.shares(table, row, weights, weights.length)) {
                segments += share > 0 ? 1 : 0;
            }
        }
        String svg = SummaryPlot.svg(table, false);
        assertEquals(segments, count(svg, "rob-bar"));
        assertEquals(6, count(svg, "domain-label"));
        assertTrue(svg.contains(">Overall risk of bias<"));
        assertTrue(svg.contains(">Low risk of bias<"));
        // Overall: 2 Low, 3 Some concerns, 4 High of 9 -> 44% High
        assertTrue(svg.contains(">44%<"));
    }

    @Test
    void weightedSummaryUsesTheWeights() {
        RobTable table = RobTable.of(RobTool.ROB2, List.of(
                new RobStudy("Big", List.of(Judgement.LOW, Judgement.LOW, Judgement.LOW, Judgement.LOW,
                        Judgement.LOW), Judgement.LOW, 90),
                new RobStudy("Small", List.of(Judgement.HIGH, Judgement.LOW, Judgement.LOW, Judgement.LOW,
                        Judgement.LOW), Judgement.HIGH, 10)));
        String weighted = SummaryPlot.svg(table, true);
        assertTrue(weighted.contains(">90%<") && weighted.contains(">10%<"));
        String unweighted = SummaryPlot.svg(table, false);
        assertTrue(unweighted.contains(">50%<"));
    }

    @Test
    void weightedSummaryNeedsWeights() throws IOException {
        RobTable table = RobTable.read(RobTableTest.shared("data_rob2.csv"), RobTool.ROB2);
        assertThrows(IllegalArgumentException.class, () -> SummaryPlot.svg(table, true));
    }

    @Test
    void inMemoryTablesAreChecked() {
        List<Judgement> five = List.of(Judgement.LOW, Judgement.LOW, Judgement.LOW, Judgement.LOW, Judgement.LOW);
        assertThrows(IllegalArgumentException.class, () -> RobTable.of(RobTool.ROBINS_I,
                List.of(new RobStudy("A", five, Judgement.LOW, Double.NaN))));
        assertThrows(IllegalArgumentException.class, () -> RobTable.of(RobTool.ROB2,
                List.of(new RobStudy("A", five, Judgement.SERIOUS, Double.NaN))));
    }
}
