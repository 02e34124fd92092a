package org.evsynth.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsynth.app.cli.EvsynthCommand;
import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `evsynth report` on the worked example: every file written, and the numbers shown are the engine's. */
class ReportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Run run;
    private static Path out;

    record Run(int exitCode, String out, String err) {
        static Run of(String... args) {
            StringWriter o = new StringWriter();
            StringWriter e = new StringWriter();
            int code = EvsynthCommand.commandLine(new PrintWriter(o, true), new PrintWriter(e, true)).execute(args);
            return new Run(code, o.toString(), e.toString());
        }
    }

    static Path example() {
        Path here = Path.of("").toAbsolutePath();
        Path candidate = here.resolve("examples/mcs-cardiogenic-shock");
        return Files.exists(candidate) ? candidate : here.getParent().resolve("examples/mcs-cardiogenic-shock");
    }

    @BeforeAll
    static void writeTheExampleReport() {
        run = ExampleReport.run();
        out = ExampleReport.folder().getParent();
    }

    @Test
    void everyFileIsWritten() throws IOException {
        assertEquals(0, run.exitCode(), run.err());
        Path report = out.resolve("example-report");
        for (String file : List.of("index.html", "report.pdf", "results.json")) {
            assertTrue(Files.size(report.resolve(file)) > 1000, file);
        }
        try (var figures = Files.list(report.resolve("figures"))) {
            List<String> names = figures.map(p -> p.getFileName().toString()).toList();
            long svg = names.stream().filter(n -> n.endsWith(".svg")).count();
            assertEquals(svg, names.stream().filter(n -> n.endsWith(".png")).count());
            assertTrue(svg >= 30, "figures: " + names);
            assertTrue(names.contains("prisma.svg") && names.contains("rob-traffic-light.svg"), names.toString());
        }
        String html = Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<svg") && !html.contains("<img src=\"http"), "figures inline, nothing fetched");
        assertTrue(html.contains("Summary of findings"), "SoF table");
        assertEquals("%PDF", new String(Files.readAllBytes(report.resolve("report.pdf")), 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void printedRatiosThatAreOddsRatiosAreCalledOut() throws IOException {
        String html = Files.readString(out.resolve("example-report/index.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("the figure printed as RR 4.74 is the odds ratio of the counts (RR 3.84, OR 4.74"), html.length() + "");
        assertTrue(run.err().contains("Bogerd 2025"), "the asymmetric CI of one published meta-analysis is flagged");
    }

    @Test
    void resultsJsonHoldsTheEnginesNumbers() throws IOException {
        JsonNode results = JSON.readTree(out.resolve("example-report/results.json").toFile());
        JsonNode bleeding = null;
        for (JsonNode o : results.get("outcomes")) {
            if (o.get("outcome").asText().equals("Moderate or severe bleeding")) {
                bleeding = o;
            }
        }
        assertTrue(bleeding != null, "DanGer Shock bleeding is in results.json");
        MetaAnalysisResult engine = MetaAnalysis.withDefaults()
                .run(EffectMeasure.RR, List.of(BinaryStudy.of("DanGer Shock (Møller 2024)", 39, 179, 21, 176)));
        assertEquals(engine.pooled().estimate(), bleeding.get("analysis").get("estimate").asDouble(), 1e-12);
        assertEquals(engine.pooled().ciLower(), bleeding.get("analysis").get("ci_lower").asDouble(), 1e-12);
        assertEquals(64, bleeding.get("data_sha256").asText().length());
    }

    /** Every outcome's pooled estimate, interval and τ² in results.json is what the engine gives on its own. */
    @Test
    void everyOutcomeInResultsJsonAgreesWithTheEngine() throws Exception {
        JsonNode results = JSON.readTree(out.resolve("example-report/results.json").toFile());
        org.evsynth.report.bundle.AnalysisBundle bundle = org.evsynth.report.bundle.AnalysisBundle.load(example());
        int checked = 0;
        for (org.evsynth.report.bundle.Comparison c : bundle.comparisons()) {
            for (org.evsynth.report.bundle.Outcome o : c.outcomes()) {
                org.evsynth.report.table.StudyTable table = org.evsynth.report.table.StudyTableReader.read(o.data(), o.options().measure());
                MetaAnalysisResult engine = o.options().toMetaAnalysis().run(table.measure(), table.studies());
                JsonNode shown = null;
                for (JsonNode n : results.get("outcomes")) {
                    if (n.get("comparison").asText().equals(c.name()) && n.get("outcome").asText().equals(o.name())) {
                        shown = n.get("analysis");
                    }
                }
                assertTrue(shown != null, o.name());
                assertEquals(engine.k(), shown.get("k").asInt(), o.name());
                assertEquals(engine.pooled().estimate(), shown.get("estimate").asDouble(), 1e-12, o.name());
                assertEquals(engine.pooled().ciLower(), shown.get("ci_lower").asDouble(), 1e-12, o.name());
                assertEquals(engine.pooled().ciUpper(), shown.get("ci_upper").asDouble(), 1e-12, o.name());
                if (!Double.isNaN(engine.heterogeneity().tau2())) {
                    assertEquals(engine.heterogeneity().tau2(), shown.get("tau2").asDouble(), 1e-12, o.name());
                }
                checked++;
            }
        }
        assertEquals(results.get("outcomes").size(), checked);
    }

    @Test
    void anInvalidBundleIsRefusedWithFileLineAndKey(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("review.yaml"), "title: x\ncomparisons:\n  - name: c\n    outcomes:\n"
                + "      - name: o\n        data: missing.csv\n        measure: XX\n");
        Run bad = Run.of("report", dir.toString(), "--out", dir.resolve("r").toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("review.yaml, line 7"), bad.err());
        assertTrue(bad.err().contains("measure"), bad.err());
        assertEquals("", bad.out());
    }
}
