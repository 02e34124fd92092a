package org.evsynth.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The `meta` command's contract: JSON keys, text panel, CSV rows, batch lines, subgroups, exclusions. */
class MetaCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DANGER = "examples/danger-shock-safety.csv";

    @TempDir
    Path dir;

    /** The project's examples folder, found from the module directory Maven runs tests in. */
    static Path example(String name) {
        Path here = Path.of("").toAbsolutePath();
        Path candidate = here.resolve(name);
        return Files.exists(candidate) ? candidate : here.getParent().resolve(name);
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("data.csv");
        Files.writeString(file, content);
        return file;
    }

    @Test
    void jsonHasEveryContractKeyInOrder() throws IOException {
        CliRun run = CliRun.of("meta", example("examples/bcg.csv").toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JSON.readTree(run.out());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        List<String> contract = List.of("k", "measure", "model", "method", "ci_method", "estimate", "ci_lower",
                "ci_upper", "theta", "se", "statistic", "p_value", "tau2", "tau", "tau2_ci_lower", "tau2_ci_upper",
                "I2", "I2_Q", "I2_ci_lower", "I2_ci_upper", "H2", "Q", "df", "p_Q", "pi_lower", "pi_upper",
                "excluded", "studies");
        int last = -1;
        for (String key : contract) {
            int at = keys.indexOf(key);
            assertTrue(at > last, () -> key + " missing or out of order in " + keys);
            last = at;
        }
        assertEquals("RR", json.get("measure").asText());
        assertEquals("REML", json.get("method").asText());
        assertEquals("hksj", json.get("ci_method").asText());
        assertEquals(13, json.get("studies").size());
        JsonNode provenance = json.get("provenance");
        assertEquals(64, provenance.get("input_sha256").asText().length());
    }

    @Test
    void textReadsLikeRevMansPanel() {
        CliRun run = CliRun.of("meta", example("examples/bcg.csv").toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = run.out();
        assertTrue(text.contains("Risk ratio (IV, random effects, REML, HKSJ 95% CI)"), text);
        assertTrue(text.contains("Aronson 1948                 4/123                  11/139                    5.1%  0.41 [0.13, 1.26]"), text);
        assertTrue(text.contains("Total (95% CI)               1065/191064            1510/166283             100.0%  0.49 [0.33, 0.73]"), text);
        assertTrue(text.contains("Prediction interval"), text);
        assertTrue(text.contains("Heterogeneity: Tau² = 0.31 [0.12, 1.11]; Chi² = 152.23, df = 12 (P < 0.00001); I² = 92% [82%, 98%]"), text);
        assertTrue(text.contains("Test for overall effect: t(12) = -3.95 (P = 0.002)"), text);
    }

    @Test
    void subgroupsHaveTheirOwnEstimatesAndTheTestForDifferences() throws IOException {
        CliRun run = CliRun.of("meta", example("examples/bcg.csv").toString(), "--by", "alloc", "--format", "json");
        JsonNode json = JSON.readTree(run.out());
        assertEquals(3, json.get("subgroups").size());
        assertEquals("random", json.get("subgroups").get(0).get("name").asText());
        assertEquals(2, json.get("subgroup_test").get("df").asInt());
        CliRun text = CliRun.of("meta", example("examples/bcg.csv").toString(), "--by", "alloc");
        assertTrue(text.out().contains("Subgroup: alternate"), text.out());
        assertTrue(text.out().contains("Test for subgroup differences: Chi² = "), text.out());
    }

    @Test
    void oddsRatioAndRiskRatioDifferForDangerShockBleeding() throws IOException {
        JsonNode or = batchLine(CliRun.of("meta", example(DANGER).toString(), "--batch", "outcome", "--measure", "OR",
                "--format", "json"), "Moderate or severe bleeding");
        JsonNode rr = batchLine(CliRun.of("meta", example(DANGER).toString(), "--batch", "outcome", "--measure", "RR",
                "--format", "json"), "Moderate or severe bleeding");
        // 39/179 vs 21/176: OR = (39 × 155)/(140 × 21) = 2.056; RR = (39/179)/(21/176) = 1.826.
        assertEquals(2.0561, or.get("estimate").asDouble(), 1e-4);
        assertEquals(1.8260, rr.get("estimate").asDouble(), 1e-4);
        assertEquals(1, or.get("k").asInt());
        assertTrue(or.get("tau2").isNull() && or.get("I2").isNull() && or.get("Q").isNull());
        assertTrue(or.get("notes").get(0).asText().startsWith("only one study"));
    }

    private static JsonNode batchLine(CliRun run, String analysis) throws IOException {
        assertEquals(0, run.exitCode(), run.err());
        for (String line : run.out().split("\n")) {
            JsonNode node = JSON.readTree(line);
            if (node.get("analysis").asText().equals(analysis)) {
                return node;
            }
        }
        throw new AssertionError("no analysis " + analysis + " in " + run.out());
    }

    @Test
    void batchWritesOneLinePerAnalysisAndGoesOnAfterAFailure() throws IOException {
        Path file = write("analysis,study,events_1,total_1,events_2,total_2\n"
                + "a,S1,10,100,20,100\na,S2,15,100,25,100\na,S3,5,50,9,50\n"
                + "b,T1,0,10,0,10\nb,T2,0,12,0,12\n"
                + "c,U1,3,30,6,30\nc,U2,4,40,9,40\n");
        CliRun run = CliRun.of("meta", file.toString(), "--batch", "analysis", "--measure", "OR", "--format", "json");
        assertEquals(1, run.exitCode(), "one analysis failed");
        String[] lines = run.out().split("\n");
        assertEquals(3, lines.length);
        assertEquals("a", JSON.readTree(lines[0]).get("analysis").asText());
        assertTrue(JSON.readTree(lines[1]).get("error").asText().contains("no study can be pooled"), lines[1]);
        assertEquals(2, JSON.readTree(lines[2]).get("k").asInt());
        assertTrue(run.err().contains("analysis = b"), run.err());
    }

    @Test
    void csvHasAHeaderAndARowPerAnalysis() throws IOException {
        CliRun run = CliRun.of("meta", example(DANGER).toString(), "--batch", "outcome", "--format", "csv");
        String[] lines = run.out().split("\n");
        assertEquals(9, lines.length);
        assertTrue(lines[0].startsWith("analysis,subgroup,k,measure,model,method"), lines[0]);
        assertTrue(lines[1].startsWith("Composite safety end point,,1,RR,"), lines[1]);
    }

    @Test
    void doubleZeroStudiesAreExcludedForRatiosAndKeptForRiskDifference() throws IOException {
        Path file = write("study,events_1,total_1,events_2,total_2\nA,3,30,6,30\nB,0,20,0,20\nC,4,40,9,40\nD,1,25,0,25\n");
        JsonNode or = JSON.readTree(CliRun.of("meta", file.toString(), "--measure", "OR", "--format", "json").out());
        assertEquals(3, or.get("k").asInt());
        assertEquals("B", or.get("excluded").get(0).get("study").asText());
        assertEquals("no events in either arm", or.get("excluded").get(0).get("reason").asText());
        JsonNode rd = JSON.readTree(CliRun.of("meta", file.toString(), "--measure", "RD", "--format", "json").out());
        assertEquals(4, rd.get("k").asInt());
        assertEquals(0, rd.get("excluded").size());
        CliRun text = CliRun.of("meta", file.toString(), "--measure", "OR");
        assertTrue(text.out().contains("Excluded: B (no events in either arm)"), text.out());
    }

    @Test
    void anAnalysisThatCannotBeDoneExitsWithOne() throws IOException {
        Path file = write("study,events_1,total_1,events_2,total_2\nA,0,10,0,10\nB,0,12,0,12\n");
        CliRun run = CliRun.of("meta", file.toString(), "--measure", "RR");
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("no study can be pooled: 'A' (no events in either arm) 'B'"), run.err());
    }

    @Test
    void anEstimateFarOffCentreInItsIntervalIsFlagged() throws IOException {
        Path file = write("study,estimate,ci_lower,ci_upper\nA review,0.84,0.78,0.86\nB review,0.92,0.76,1.10\n");
        CliRun run = CliRun.of("meta", file.toString(), "--measure", "RR", "--format", "json");
        JsonNode warnings = JSON.readTree(run.out()).get("warnings");
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).asText().contains("study 'A review': the estimate 0.84 is not in the middle of its CI 0.78 to 0.86"),
                warnings::toString);
    }

    @Test
    void helpListsEveryOptionWithItsDefault() {
        CliRun run = CliRun.of("meta", "--help");
        assertEquals(0, run.exitCode());
        for (String option : List.of("--measure", "--model", "--method", "--pooling", "--ci", "--pi", "--by", "--batch",
                "--level", "--cc", "--cc-to", "--format")) {
            assertTrue(run.out().contains(option), option);
        }
        assertTrue(run.out().contains("Default: REML"), run.out());
    }

    @Test
    void sectionsAreAddedToJsonAndText() throws IOException {
        CliRun run = CliRun.of("meta", example("examples/bcg.csv").toString(), "--leave-one-out", "--cumulative", "year",
                "--influence", "--egger", "--begg", "--trim-fill", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JSON.readTree(run.out());
        for (String key : List.of("leave_one_out", "cumulative", "influence", "baujat", "egger", "begg", "trim_fill")) {
            assertTrue(json.has(key), key);
        }
        assertEquals(13, json.get("leave_one_out").size());
        assertEquals("Aronson 1948", json.get("cumulative").get(0).get("added").asText());
        assertEquals("provenance", lastKey(json));
        CliRun text = CliRun.of("meta", example("examples/bcg.csv").toString(), "--egger", "--trim-fill");
        assertTrue(text.out().contains("Egger's test for funnel-plot asymmetry: bias -2.11"), text.out());
        assertTrue(text.out().contains("Trim and fill (L0): 1 study filled on the right"), text.out());
    }

    private static String lastKey(JsonNode json) {
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        return keys.get(keys.size() - 1);
    }

    @Test
    void fewStudiesWarnAboutAsymmetryTests() throws IOException {
        Path file = write("study,events_1,total_1,events_2,total_2\nA,3,30,6,30\nB,2,20,5,20\nC,4,40,9,40\nD,1,25,3,25\n");
        JsonNode json = JSON.readTree(CliRun.of("meta", file.toString(), "--egger", "--format", "json").out());
        assertTrue(json.get("warnings").get(0).asText().startsWith("fewer than 10 studies"), json::toString);
    }

    @Test
    void binaryOnlyTestsRefuseOtherData() {
        CliRun run = CliRun.of("meta", example("examples/stroke-units-los.csv").toString(), "--peters");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--peters is a test for binary outcomes"), run.err());
    }

    @Test
    void commonTauSquaredNeedsSubgroups() {
        CliRun run = CliRun.of("meta", example("examples/bcg.csv").toString(), "--common-tau2");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--common-tau2 goes with --by"), run.err());
        CliRun ok = CliRun.of("meta", example("examples/bcg.csv").toString(), "--by", "alloc", "--common-tau2");
        assertTrue(ok.out().contains("Tau² = 0.36 (fixed)"), ok.out());
    }

    @Test
    void metaRegressionDropsRowsWithAMissingModeratorAndNamesThem() throws IOException {
        Path file = write("study,events_1,total_1,events_2,total_2,dose\nA,3,30,6,30,1\nB,2,20,5,20,NA\n"
                + "C,4,40,9,40,2\nD,1,25,3,25,3\nE,5,50,8,50,4\n");
        CliRun run = CliRun.of("metareg", file.toString(), "--mods", "dose", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JSON.readTree(run.out());
        assertEquals(4, json.get("k").asInt());
        assertEquals("missing moderator 'dose'", json.get("excluded").get(0).get("reason").asText());
        assertEquals("dose", json.get("coefficients").get(1).get("name").asText());
        CliRun missing = CliRun.of("metareg", file.toString(), "--mods", "dosis");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("--mods column 'dosis' is not in the file"), missing.err());
    }

    @Test
    void permutationTestRepeatsWithItsSeed() throws IOException {
        String first = CliRun.of("metareg", example("examples/bcg.csv").toString(), "--mods", "ablat",
                "--permutations", "200", "--seed", "7", "--format", "json").out();
        String second = CliRun.of("metareg", example("examples/bcg.csv").toString(), "--mods", "ablat",
                "--permutations", "200", "--seed", "7", "--format", "json").out();
        assertEquals(JSON.readTree(first).get("permutation"), JSON.readTree(second).get("permutation"));
        CliRun exact = CliRun.of("metareg", example("examples/bcg.csv").toString(), "--mods", "ablat",
                "--permutations", "exact");
        assertEquals(1, exact.exitCode());
        assertTrue(exact.err().contains("up to k = 8"), exact.err());
    }
}
