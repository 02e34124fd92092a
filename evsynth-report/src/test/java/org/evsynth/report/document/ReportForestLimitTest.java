package org.evsynth.report.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.evsynth.report.figure.ForestPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outcome with more studies than a forest plot is drawn with: the report is written all the same, without that
 * outcome's forest, leave-one-out and cumulative plots, and says so on the page and in its warnings.
 */
class ReportForestLimitTest {

    @TempDir
    Path tmp;

    @Test
    void leavesOutTheForestPlotOfTooManyStudiesWithAWarning() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bundle"));
        int k = ForestPlot.MAX_STUDIES + 1;
        StringBuilder csv = new StringBuilder("study,theta,se\n");
        for (int i = 1; i <= k; i++) {
            csv.append("S").append(i).append(',').append(0.1 + (i % 7) * 0.05).append(',')
                    .append(0.1 + (i % 5) * 0.04).append('\n');
        }
        Files.writeString(dir.resolve("many.csv"), csv);
        Files.writeString(dir.resolve("small.csv"), "study,theta,se\nA,0.1,0.2\nB,0.3,0.25\nC,0.2,0.1\n");
        Files.writeString(dir.resolve("review.yaml"), """
                title: Many studies
                question: {population: people, intervention: X, comparator: Y}
                comparisons:
                  - name: X versus Y
                    intervention_label: X
                    comparator_label: Y
                    outcomes:
                      - {name: Many, data: many.csv, measure: GEN}
                      - {name: Few, data: small.csv, measure: GEN}
                """);
        Path out = tmp.resolve("out");
        Report.Summary summary = Report.write(dir, out, "test");
        String expected = "No forest plot (nor leave-one-out or cumulative plot): 501 studies are more than the 500";
        assertTrue(summary.warnings().stream().anyMatch(w -> w.startsWith("Many: " + expected)), summary.warnings()
                .toString());
        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains(expected), "the page says why the figure is missing");
        try (var figures = Files.list(out.resolve("figures"))) {
            var names = figures.map(p -> p.getFileName().toString()).toList();
            assertFalse(names.stream().anyMatch(n -> n.startsWith("x-versus-y-many-forest")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("x-versus-y-few-forest")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("x-versus-y-many-funnel")), names.toString());
        }
    }
}
