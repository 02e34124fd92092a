package org.evsynth.report.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's figures and headings as a reader sees them: risk-of-bias columns beside the studies when rob.csv
 * exists, no random-effects footer under a single study, means with the decimals reported, no "P(Q) = < 0.001",
 * display names in headings, and a legend for the funnel's pseudo-confidence lines.
 */
class ReportFiguresTest {

    @TempDir
    static Path tmp;

    private static Path out;
    private static String html;

    @BeforeAll
    static void writeReport() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bundle"));
        Path bcg = Path.of("").toAbsolutePath().resolve("examples/bcg.csv");
        List<String> rows = Files.readAllLines(Files.exists(bcg) ? bcg
                : Path.of("").toAbsolutePath().getParent().resolve("examples/bcg.csv"));
        Files.write(dir.resolve("bcg.csv"), rows);
        String rob = rows.stream().skip(1).map(r -> r.split(",")[0] + ",Low,Some concerns,Low,High,Low,High")
                .collect(Collectors.joining("\n", "Study,D1,D2,D3,D4,D5,Overall\n", "\n"));
        Files.writeString(dir.resolve("rob.csv"), rob);
        Files.writeString(dir.resolve("stay.csv"), "study,mean_1,sd_1,n_1,mean_2,sd_2,n_2\n"
                + "Trial A,42.0,3.10,20,38.55,2.9,21\n");
        Files.writeString(dir.resolve("review.yaml"), """
                title: BCG
                question: {population: people, intervention: BCG, comparator: no vaccine}
                comparisons:
                  - name: BCG versus no vaccine
                    intervention_label: BCG
                    comparator_label: No vaccine
                    outcomes:
                      - {name: Tuberculosis, data: bcg.csv, measure: RR, bias: [egger]}
                      - {name: Length of stay, data: stay.csv, kind: single-study, unit: days}
                      - {name: Stay (registry mean), data: stay.csv, kind: single-study, comparator_mean: 40,
                         comparator_mean_source: national registry 2020}
                risk_of_bias: {tool: rob2, file: rob.csv}
                """);
        out = tmp.resolve("out");
        Report.write(dir, out, "test");
        html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
    }

    private static String figure(String name) throws IOException {
        return Files.readString(out.resolve("figures/" + name + ".svg"), StandardCharsets.UTF_8);
    }

    @Test
    void forestPlotsCarryTheRiskOfBiasColumns() throws IOException {
        String forest = figure("bcg-versus-no-vaccine-tuberculosis-forest");
        assertTrue(forest.contains(">Risk of bias<"), "the columns' heading");
        assertTrue(forest.split("class=\"rob-circle\"", -1).length - 1 == 13 * 6, "13 studies × 6 columns");
        assertTrue(forest.contains("(A) Bias arising from the randomisation process") && forest.contains("(F) Overall"));
        assertFalse(figure("bcg-versus-no-vaccine-length-of-stay-forest").contains("rob-circle"),
                "a study with no judgement gets none");
    }

    @Test
    void aSingleStudyHasNoRandomEffectsFooterAndItsMeansKeepTheirDecimals() throws IOException {
        String forest = figure("bcg-versus-no-vaccine-length-of-stay-forest");
        assertFalse(forest.contains("Random effects"), forest);
        assertFalse(forest.contains("prediction interval"), forest);
        assertTrue(forest.contains(">42.0<") && forest.contains(">3.10<") && forest.contains(">38.55<"), forest);
        assertTrue(figure("bcg-versus-no-vaccine-tuberculosis-forest").contains("Random effects, REML estimator"));
    }

    @Test
    void headingsUseDisplayNamesAndPValuesReadRight() {
        assertTrue(html.contains("Risk of bias (RoB 2)"), "not ROB2");
        assertTrue(html.contains("<td>Publication bias</td>") && html.contains("<td>Inconsistency</td>"), html);
        assertFalse(html.contains("publicationbias") || html.contains("ROBINS_I") || html.contains("ROB2"));
        assertFalse(html.contains("= &lt;") || html.contains("= <"), "no 'P(Q) = < 0.001'");
        assertTrue(html.contains("P(Q) &lt; 0.00001"), "the formatter's form");
    }

    /** GRADEpro's words for a continuous outcome, where the table showed a dash. */
    @Test
    void theSummaryOfFindingsGivesTheComparatorMeanAndTheDifference() {
        assertTrue(html.contains("<td>The mean was 38.55 days</td><td>MD 3.45 days higher (1.61 higher to 5.29 "
                + "higher)</td><td>—</td>"), html);
        assertTrue(html.contains("Comparator mean: comparator-group mean of the study."), html);
        assertTrue(html.contains("<td>The mean was 40</td><td>MD 3.45 higher (1.61 higher to 5.29 higher)</td>"));
        assertTrue(html.contains("Comparator mean: national registry 2020."), html);
    }

    @Test
    void theFunnelsPseudoConfidenceLinesHaveALegend() throws IOException {
        String funnel = figure("bcg-versus-no-vaccine-tuberculosis-funnel");
        assertTrue(funnel.contains(">Pseudo-95% CI (estimate ± 1.96 SE)<"), funnel);
        assertTrue(funnel.contains(">Pooled estimate<"));
    }
}
