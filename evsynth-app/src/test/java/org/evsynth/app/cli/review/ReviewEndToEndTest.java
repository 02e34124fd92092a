package org.evsynth.app.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evsynth.review.Review;
import org.evsynth.review.Actor;
import org.evsynth.review.RobAssessment;
import org.evsynth.review.rob.RobTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review driven only through the command line: init, two real database exports (revtools' restoration set),
 * dedup, dual screening imported for two reviewers, a conflict settled, full texts, studies, extraction, status
 * asserted, export of the analysis bundle and the report on it.
 */
class ReviewEndToEndTest {

    private static final Path REVTOOLS = Path.of("../../shared/data/formats/revtools");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void fromImportToReport() throws Exception {
        assumeTrue(Files.isDirectory(REVTOOLS), "revtools exports not present");
        String dir = tmp.resolve("restoration").toString();
        ok(ReviewCli.run("init", dir, "--title", "Ecological restoration"));
        ok(ReviewCli.run("import", dir, REVTOOLS.resolve("restoration_pubmed.nbib").toString(), "--source", "PubMed",
                "--searched", "2019-06-01", "--as", "ann"));
        ok(ReviewCli.run("import", dir, REVTOOLS.resolve("restoration_scopus.ris").toString(), "--source", "Scopus",
                "--searched", "2019-06-01", "--as", "ann"));
        ReviewCli dedup = ok(ReviewCli.run("dedup", dir, "--as", "ann"));
        assertTrue(dedup.out().startsWith("Stage one: 81 records merged now"), dedup.out());

        List<Long> kept = new ArrayList<>();
        for (JsonNode r : JSON.readTree(ok(ReviewCli.run("records", dir)).out()).get("records")) {
            if (!r.get("status").asText().equals("duplicate") && kept.size() < 6) {
                kept.add(r.get("id").asLong());
            }
        }
        // title and abstract: ann and bob agree on all but the fourth record
        StringBuilder ta = new StringBuilder("record,stage,reviewer,decision,reason,note\n");
        for (int k = 0; k < 6; k++) {
            ta.append(kept.get(k)).append(",title-abstract,ann,").append(k < 4 ? "include" : "exclude").append(",,\n");
            ta.append(kept.get(k)).append(",title-abstract,bob,").append(k < 3 ? "include" : "exclude").append(",,\n");
        }
        Path taCsv = Files.writeString(tmp.resolve("ta.csv"), ta);
        assertTrue(ok(ReviewCli.run("decisions", dir, "--import", taCsv.toString())).out().contains("12 decisions"));
        ReviewCli conflicts = ok(ReviewCli.run("conflicts", dir));
        assertTrue(conflicts.out().startsWith("record " + kept.get(3) + ", title-abstract"), conflicts.out());
        ok(ReviewCli.run("conflicts", dir, "--resolve", kept.get(3).toString(), "include", "--as", "carol"));

        // full text: the third record excluded with a reason
        StringBuilder ft = new StringBuilder("record,stage,reviewer,decision,reason,note\n");
        for (String reviewer : List.of("ann", "bob")) {
            for (int k = 0; k < 4; k++) {
                ft.append(kept.get(k)).append(",full-text,").append(reviewer)
                        .append(k == 2 ? ",exclude,wrong population," : ",include,,").append('\n');
            }
        }
        ok(ReviewCli.run("decisions", dir, "--import", Files.writeString(tmp.resolve("ft.csv"), ft).toString()));

        JsonNode status = JSON.readTree(ok(ReviewCli.run("status", dir, "--format", "json")).out());
        assertEquals(104, status.at("/identified/per_source/PubMed").asInt());
        assertEquals(286, status.at("/identified/per_source/Scopus").asInt());
        assertEquals(390, status.at("/identified/total").asInt());
        assertEquals(81, status.get("duplicates_removed").asInt());
        assertEquals(6, status.get("screened").asInt());
        assertEquals(2, status.get("excluded_screening").asInt());
        assertEquals(4, status.get("sought").asInt());
        assertEquals(0, status.get("not_retrieved").asInt());
        assertEquals(4, status.get("assessed").asInt());
        assertEquals(1, status.at("/excluded_full_text/wrong population").asInt());
        assertEquals(3, status.get("reports_included").asInt());
        assertEquals(3, status.get("studies_included").asInt());
        assertEquals(309 - 6, status.at("/pending/title-abstract/undecided").asInt());
        assertEquals(309 - 6, status.at("/pending/title-abstract/per_reviewer/ann").asInt());
        assertEquals(0, status.at("/pending/title-abstract/conflicts").asInt());

        // two reports of one study, and a second study
        ok(ReviewCli.run("studies", dir, "--create", "Loess Plateau", "--records", kept.get(0) + "," + kept.get(1)));
        ok(ReviewCli.run("studies", dir, "--create", "Second site", "--records", kept.get(3).toString()));
        assertTrue(ok(ReviewCli.run("studies", dir)).out().startsWith("study 1: Loess Plateau\n  record "));
        status = JSON.readTree(ok(ReviewCli.run("status", dir, "--format", "json")).out());
        assertEquals(2, status.get("studies_included").asInt());
        assertEquals(3, status.get("reports_included").asInt());

        String survival = "Plant survival at 2 years";
        ok(ReviewCli.run("extract", dir, "--study", "1", "design=RCT", "country=China"));
        ok(ReviewCli.run("extract", dir, "--study", "1", "--outcome", survival, "--arm", "Restoration", "events=60",
                "total=100"));
        ok(ReviewCli.run("extract", dir, "--study", "1", "--outcome", survival, "--arm", "No restoration",
                "events=40", "total=100"));
        ok(ReviewCli.run("extract", dir, "--study", "2", "--outcome", survival, "--arm", "Restoration", "events=30",
                "total=70"));
        ok(ReviewCli.run("extract", dir, "--study", "2", "--outcome", survival, "--arm", "No restoration",
                "events=20", "total=72"));
        ok(ReviewCli.run("extract", dir, "--study", "2", "--outcome", "Species richness", "--arm", "Restoration",
                "mean=12.5", "sd=3.1", "n=40"));
        ok(ReviewCli.run("extract", dir, "--study", "2", "--outcome", "Species richness", "--arm", "No restoration",
                "mean=9.0", "sd=2.8", "n=38"));
        try (Review review = Review.open(Path.of(dir))) {
            List<String> domains = List.of("Bias arising from the randomization process",
                    "Bias due to deviations from intended interventions", "Bias due to missing outcome data",
                    "Bias in measurement of the outcome", "Bias in selection of the reported result", "Overall");
            for (long study : new long[] {1, 2}) {
                for (String d : domains) {
                    review.riskOfBias().assess(Actor.named("ann"), new RobAssessment.Assess(study, RobTool.ROB2, null, d,
                            study == 1 ? "low" : "some concerns", "test"));
                }
            }
        }

        Path bundle = tmp.resolve("bundle");
        ReviewCli export = ok(ReviewCli.run("export", dir, "--bundle", bundle.toString()));
        assertTrue(export.out().contains("2 outcomes of 2 included studies"), export.out());
        assertEquals("study,events_1,total_1,events_2,total_2\nLoess Plateau,60,100,40,100\nSecond site,30,70,20,72\n",
                Files.readString(bundle.resolve("data/plant-survival-at-2-years.csv"), StandardCharsets.UTF_8));
        assertTrue(Files.readString(bundle.resolve("review.yaml")).contains("intervention_label: Restoration"));
        assertTrue(Files.readString(bundle.resolve("rob.csv")).contains("Second site,Some concerns,"));
        assertTrue(Files.readString(bundle.resolve("prisma.csv")).contains("records_screened,6"));

        ReviewCli report = ReviewCli.run("report", bundle.toString(), "--out", tmp.resolve("report").toString());
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(report.out().contains("2 outcomes written"), report.out());
        assertTrue(Files.isRegularFile(tmp.resolve("report/index.html")));
        JsonNode results = JSON.readTree(tmp.resolve("report/results.json").toFile());
        assertTrue(results.toString().contains(survival), "the outcome is analysed");

        assertEquals(0, ReviewCli.run("export", dir, "--bundle", bundle.toString()).exitCode(), "export again");
        ReviewCli log = ok(ReviewCli.run("log", dir));
        assertTrue(log.out().contains("carol  resolve"), log.out());
    }

    private static ReviewCli ok(ReviewCli run) {
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }
}
