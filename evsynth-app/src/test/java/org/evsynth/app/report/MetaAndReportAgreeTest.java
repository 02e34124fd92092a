package org.evsynth.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evsynth.report.bundle.AnalysisBundle;
import org.evsynth.report.bundle.AnalysisOptions;
import org.evsynth.report.bundle.BiasTest;
import org.evsynth.report.bundle.Comparison;
import org.evsynth.report.bundle.Outcome;
import org.evsynth.report.bundle.Sensitivity;
import org.evsynth.stats.meta.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `evsynth meta` and `evsynth report` give the same numbers and the same sections for the same outcome and options:
 * for every outcome of the worked example, and for a bundle that asks for every section (one outcome with too few
 * studies for some of them), meta's JSON equals the outcome's analysis in results.json, key for key; the report
 * only adds its checks of printed ratios to the warnings.
 */
class MetaAndReportAgreeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void everyOutcomeOfTheWorkedExampleAgrees() throws Exception {
        Path example = ReportCommandTest.example();
        assertEquals(31, compare(example, ExampleReport.results()));
    }

    @Test
    void everySectionAgreesAndOneThatCannotBeDoneSaysWhyInBoth() throws Exception {
        Path bundle = Files.createDirectories(tmp.resolve("bundle"));
        Files.copy(ReportCommandTest.example().resolveSibling("bcg.csv"), bundle.resolve("bcg.csv"));
        Files.writeString(bundle.resolve("two.csv"), "study,events_1,total_1,events_2,total_2\n"
                + "A,4,123,11,139\nB,6,306,29,303\n");
        Files.writeString(bundle.resolve("review.yaml"), """
                title: BCG
                question: {population: people, intervention: BCG, comparator: no vaccine}
                comparisons:
                  - name: BCG versus none
                    intervention_label: BCG
                    comparator_label: None
                    outcomes:
                      - name: Tuberculosis
                        data: bcg.csv
                        sensitivity: [leave-one-out, "cumulative:year", influence]
                        bias: [egger, begg, peters, harbord, trim-fill]
                      - name: Tuberculosis by allocation
                        data: bcg.csv
                        measure: OR
                        method: DL
                        ci: wald
                        level: 90
                        by: alloc
                        sensitivity: [leave-one-out]
                      - name: Two trials
                        data: two.csv
                        sensitivity: [leave-one-out, influence]
                        bias: [egger, trim-fill]
                """);
        Path out = tmp.resolve("report");
        ReportCommandTest.Run report = ReportCommandTest.Run.of("report", bundle.toString(), "--out", out.toString());
        assertEquals(0, report.exitCode(), report.err());
        JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
        assertEquals(3, compare(bundle, results));
        JsonNode two = results.get("outcomes").get(2).get("analysis");
        assertTrue(two.get("egger").isNull() && two.get("not_done").get("egger").asText()
                .contains("needs at least 3 studies"), two::toString);
        assertTrue(Files.readString(out.resolve("index.html")).contains("Egger's test: not done: needs at least 3"),
                "the report shows the reason");
    }

    /** Runs meta on each outcome with its options and compares with results.json; returns how many agreed. */
    private static int compare(Path bundleDir, JsonNode results) throws Exception {
        AnalysisBundle bundle = AnalysisBundle.load(bundleDir);
        int compared = 0;
        for (Comparison c : bundle.comparisons()) {
            for (Outcome o : c.outcomes()) {
                JsonNode shown = shown(results, c, o);
                ReportCommandTest.Run meta = ReportCommandTest.Run.of(metaArguments(o));
                assertEquals(0, meta.exitCode(), o.name() + ": " + meta.err());
                ObjectNode printed = (ObjectNode) JSON.readTree(meta.out());
                printed.remove("provenance");
                sameExceptWarnings(o.name(), printed, shown);
                compared++;
            }
        }
        return compared;
    }

    private static JsonNode shown(JsonNode results, Comparison c, Outcome o) {
        for (JsonNode n : results.get("outcomes")) {
            if (n.get("comparison").asText().equals(c.name()) && n.get("outcome").asText().equals(o.name())) {
                return n.get("analysis");
            }
        }
        throw new AssertionError(o.name() + " is not in results.json");
    }

    /** Every key the same, in the same order; the report's warnings start with meta's. */
    private static void sameExceptWarnings(String outcome, ObjectNode printed, JsonNode shown) {
        List<String> printedKeys = new ArrayList<>();
        printed.fieldNames().forEachRemaining(printedKeys::add);
        List<String> shownKeys = new ArrayList<>();
        shown.fieldNames().forEachRemaining(shownKeys::add);
        assertEquals(printedKeys, shownKeys, outcome + ": the same sections and figures");
        for (String key : printedKeys) {
            if (key.equals("warnings")) {
                for (int i = 0; i < printed.get(key).size(); i++) {
                    assertEquals(printed.get(key).get(i), shown.get(key).get(i), outcome + ": warning " + i);
                }
            } else {
                assertEquals(printed.get(key), shown.get(key), outcome + ": " + key);
            }
        }
    }

    /** The `evsynth meta` arguments that ask for what the outcome's review.yaml entry asks for. */
    private static String[] metaArguments(Outcome o) {
        AnalysisOptions a = o.options();
        List<String> args = new ArrayList<>(List.of("meta", o.data().toString(), "--format", "json"));
        if (a.measure() != null) {
            args.addAll(List.of("--measure", a.measure().name()));
        }
        if (a.model() != null) {
            args.addAll(List.of("--model", a.model() == Model.RANDOM ? "random" : "common"));
        }
        args.addAll(List.of("--method", a.method().name(), "--pooling", a.pooling().name(), "--pi",
                a.pi().name().toLowerCase(Locale.ROOT), "--level", Double.toString(a.level()), "--cc",
                Double.toString(a.cc()), "--cc-to", switch (a.ccTo()) {
                    case ZERO_CELL_STUDIES -> "zero";
                    case ALL_STUDIES -> "all";
                    case NONE -> "none";
                }));
        if (a.ci() != null) {
            args.addAll(List.of("--ci", a.ci().name().toLowerCase(Locale.ROOT)));
        }
        if (a.by() != null) {
            args.addAll(List.of("--by", a.by()));
            if (a.commonTau2()) {
                args.add("--common-tau2");
            }
        }
        for (Sensitivity s : o.sensitivity()) {
            args.add("--" + s.section().key());
            if (s.column() != null) {
                args.add(s.column());
            }
        }
        for (BiasTest b : o.bias()) {
            args.add("--" + b.key());
        }
        return args.toArray(String[]::new);
    }
}
