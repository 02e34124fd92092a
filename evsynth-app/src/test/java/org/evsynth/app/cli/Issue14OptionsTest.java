package org.evsynth.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options of issue 14 beyond the metafor fixtures ({@link MetaforIssue14CliTest} runs those): rows with missing
 * values dropped and listed, options that do not fit together refused as bad usage (exit 2) naming the option, and
 * the new sections readable in the text panel.
 */
class Issue14OptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXTRAS = MetaforReferenceTest.REFERENCE.resolve("extras");
    private static final Path BCG = EXTRAS.resolve("data").resolve("bcg.csv");
    private static final Path RAUDENBUSH = EXTRAS.resolve("data").resolve("raudenbush.csv");

    @TempDir
    Path dir;

    /**
     * A row with empty counts (and one with NA) dropped by --drop-missing leaves metafor's analysis of the 13 BCG
     * trials unchanged (the fixture bcg_rr_reml_qp, to its tolerances), with the two rows listed in `excluded`.
     */
    @Test
    void dropMissingListsTheRowsAndLeavesTheAnalysisOfTheOthers() throws IOException {
        Path root = Files.createDirectories(dir.resolve("reference"));
        Path data = Files.createDirectories(root.resolve("data"));
        Files.writeString(data.resolve("bcg_gaps.csv"), Files.readString(BCG, StandardCharsets.UTF_8)
                + "Gap 1990,,120,5,118,1990,30,random\nNA trial 1991,3,NA,NA,99,1991,20,random\n");
        ObjectNode spec = (ObjectNode) JSON.readTree(EXTRAS.resolve("cases").resolve("bcg_rr_reml_qp.json").toFile());
        spec.put("data", "bcg_gaps.csv");
        ((ArrayNode) spec.get("args")).add("--drop-missing");
        Path fixture = Files.createDirectories(root.resolve("cases")).resolve("bcg_gaps.json");
        JSON.writeValue(fixture.toFile(), spec);
        MetaforReferenceTest.check(root, fixture);

        CliRun run = CliRun.of("meta", data.resolve("bcg_gaps.csv").toString(), "--drop-missing", "--format", "json");
        assertEquals(0, run.exitCode(), run::err);
        JsonNode excluded = JSON.readTree(run.out()).get("excluded");
        assertEquals(2, excluded.size(), excluded::toString);
        assertEquals("Gap 1990", excluded.get(0).get("study").asText());
        assertEquals("missing events_1", excluded.get(0).get("reason").asText());
        assertEquals("missing total_1, events_2", excluded.get(1).get("reason").asText());

        CliRun text = CliRun.of("meta", data.resolve("bcg_gaps.csv").toString(), "--drop-missing");
        assertTrue(text.out().contains("Excluded: Gap 1990 (missing events_1)"), text::out);
    }

    @Test
    void withoutDropMissingAnEmptyCellIsAnErrorNamingItsLine() throws IOException {
        Path file = dir.resolve("gap.csv");
        Files.writeString(file, "study,theta,se\nA,0.1,0.2\nB,0.3,\nC,0.2,0.1\n", StandardCharsets.UTF_8);
        says(rejected("meta", file.toString()), "gap.csv, line 3, column se", "empty");
    }

    @Test
    void genqWithoutWeightsIsBadUsage() {
        says(rejected("meta", RAUDENBUSH.toString(), "--measure", "GEN", "--method", "GENQ"),
                "--method GENQ needs --weights");
        says(rejected("metareg", RAUDENBUSH.toString(), "--mods", "weeks", "--method", "GENQ"),
                "--method GENQ needs --weights");
    }

    @Test
    void weightsMustBePositiveNumbersInEveryRow() throws IOException {
        Path file = dir.resolve("w.csv");
        Files.writeString(file, "study,theta,se,w\nA,0.1,0.2,3\nB,0.3,0.1,-1\nC,0.2,0.1,2\n", StandardCharsets.UTF_8);
        says(rejected("meta", file.toString(), "--weights", "w"), "w.csv, line 3, column w", "positive number");
        says(rejected("meta", file.toString(), "--weights", "weight"), "--weights column 'weight' is not in the file");
    }

    @Test
    void profileLikelihoodNeedsALikelihood() {
        says(rejected("meta", BCG.toString(), "--method", "DL", "--tau2-ci", "PL"), "--tau2-ci PL",
                "only ML and REML");
    }

    @Test
    void oddsRatioTestsNeedTwoByTwoTablesOfOddsRatios() throws IOException {
        Path continuous = dir.resolve("c.csv");
        Files.writeString(continuous, "study,mean_1,sd_1,n_1,mean_2,sd_2,n_2\nA,1,1,10,2,1,10\nB,1,1,12,2,1,11\n",
                StandardCharsets.UTF_8);
        says(rejected("meta", continuous.toString(), "--cmh"), "--cmh", "binary outcomes");
        says(rejected("meta", continuous.toString(), "--tarone"), "--tarone", "binary outcomes");
        says(rejected("meta", BCG.toString(), "--cmh"), "--cmh is a test of odds ratios", "--measure OR");
    }

    @Test
    void inverseVarianceViewsAreRefusedWithMantelHaenszel() {
        says(rejected("meta", BCG.toString(), "--measure", "OR", "--pooling", "MH", "--henmi-copas"),
                "--henmi-copas works on inverse-variance models");
        says(rejected("meta", BCG.toString(), "--measure", "OR", "--pooling", "MH", "--cluster", "alloc"),
                "--cluster works on inverse-variance models");
        says(rejected("meta", BCG.toString(), "--measure", "OR", "--pooling", "MH", "--weights", "ablat"),
                "--weights are the weights of inverse-variance pooling");
    }

    @Test
    void optionsThatNeedAnotherSayWhich() {
        says(rejected("meta", BCG.toString(), "--collapse"), "--collapse goes with --cumulative");
        says(rejected("meta", BCG.toString(), "--failsafe-target", "-0.1"), "--failsafe-target goes with --failsafe");
        says(rejected("meta", BCG.toString(), "--failsafe", "bogus"), "--failsafe", "rosenthal, orwin or rosenberg");
        says(rejected("meta", BCG.toString(), "--cluster", "district"), "--cluster column 'district'");
    }

    @Test
    void regressionViewsTheFitCannotAnswerAreBadUsage() {
        String bcg = BCG.toString();
        says(rejected("metareg", bcg, "--mods", "ablat", "--compare-with", ""), "--compare-with", "REML",
                "fit both models by ML");
        says(rejected("metareg", bcg, "--mods", "ablat", "--test-coefs", "5"), "--test-coefs");
        says(rejected("metareg", bcg, "--mods", "ablat", "--lincomb", "1,2,3"), "--lincomb");
        says(rejected("metareg", bcg, "--mods", "ablat", "--lincomb", "1,x"), "--lincomb takes one number");
        says(rejected("metareg", bcg, "--mods", "ablat", "--predict", "latitude=30"), "--predict");
        says(rejected("metareg", bcg, "--mods", "ablat", "--predict", "ablat"), "--predict takes moderator=value");
    }

    /** Each new section in the text panel, in words a reviewer can paste. */
    @Test
    void textPanelShowsTheNewSections() {
        CliRun run = CliRun.of("meta", BCG.toString(), "--measure", "OR", "--pooling", "MH", "--failsafe", "orwin");
        assertEquals(0, run.exitCode(), run::err);
        assertTrue(run.out().contains("Cochran-Mantel-Haenszel test: Chi² = 135.69, df = 1"), run::out);
        assertTrue(run.out().contains("Tarone's test for heterogeneity of odds ratios: Chi² = 171.76, df = 12"),
                run::out);
        assertTrue(run.out().contains("Fail-safe N (Orwin):"), run::out);

        CliRun iv = CliRun.of("meta", BCG.toString(), "--ci", "hksj-modified", "--tau2-ci", "PL", "--henmi-copas",
                "--cluster", "alloc", "--influence");
        assertEquals(0, iv.exitCode(), iv::err);
        for (String part : new String[] {"modified HKSJ 95% CI", "(profile likelihood)", "Henmi-Copas interval:",
            "Cluster-robust estimate:", "rstandard", "covratio", "Best linear unbiased predictions"}) {
            assertTrue(iv.out().contains(part), () -> part + " in " + iv.out());
        }

        CliRun reg = CliRun.of("metareg", BCG.toString(), "--mods", "ablat,year", "--method", "ML", "--test-coefs",
                "2,3", "--lincomb", "1,30,1970", "--predict", "ablat=30,year=1970", "--compare-with", "ablat",
                "--cluster", "ablat");
        assertEquals(0, reg.exitCode(), reg::err);
        for (String part : new String[] {"Test of coefficients 2, 3: F(2, 10)", "Linear combination",
            "ablat = 30, year = 1970", "Likelihood-ratio test against the reduced model", "Cluster-robust inference"}) {
            assertTrue(reg.out().contains(part), () -> part + " in " + reg.out());
        }
    }

    private static CliRun rejected(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(2, run.exitCode(), () -> "exit code; stdout: " + run.out() + " stderr: " + run.err());
        assertEquals("", run.out(), "nothing on stdout");
        return run;
    }

    private static void says(CliRun run, String... parts) {
        for (String part : parts) {
            assertTrue(run.err().contains(part), () -> "expected '" + part + "' in: " + run.err());
        }
    }
}
