package org.evsynth.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A smoke test of the CLI against metafor: a handful of the engine's reference fixtures (kept and checked in full
 * by evsynth-stats' reference tests, which call the library directly) run through `evsynth meta|metareg --format
 * json`, one per kind of command: a pooled analysis, Mantel-Haenszel pooling, subgroups, the sensitivity and bias
 * sections, a meta-regression and its exact permutation test. They show that the CLI's options and JSON keys reach
 * the library's figures unchanged. Tolerances are stated per figure.
 */
class MetaforReferenceTest {

    /** The engine's fixtures, read from the stats module (tests run in the module's folder). */
    static final Path REFERENCE = Path.of("..", "evsynth-stats", "src", "test", "resources", "reference");

    private static final List<String> SMOKE = List.of(
            "meta/cases/bcg_rr_reml_hksj_t.json", "meta/cases/bcg_or_mh.json",
            "meta/cases/bcg_rr_reml_hksj_t_by_alloc.json", "meta/cases/pritz_pft_reml_hksj_t.json",
            "bias/cases/bcg_rr_reml_hksj_t.json", "bias/cases/magnesium_or_reml_wald_z.json",
            "bias/cases/bcg_rr_reml_hksj_t_mods_ablat_alloc.json",
            "bias/cases/bcg6_rr_reml_wald_z_mods_alloc_exact.json");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Relative tolerance on estimates, CIs, SEs, statistics, p-values, Q, H² and study-level figures. */
    private static final double RELATIVE = 1e-6;
    /** Absolute tolerance on tau² and its CI (the fixtures are converged to 1e-12). */
    private static final double TAU2_ABSOLUTE = 1e-8;
    /** Absolute tolerance on I² figures, in percentage points. */
    private static final double I2_ABSOLUTE = 1e-6;

    private static final Map<String, Double> ABSOLUTE = new HashMap<>(Map.of(
            "tau2", TAU2_ABSOLUTE, "tau2_ci_lower", TAU2_ABSOLUTE, "tau2_ci_upper", TAU2_ABSOLUTE,
            "tau", Math.sqrt(TAU2_ABSOLUTE), "tau2_deleted", TAU2_ABSOLUTE,
            "I2", I2_ABSOLUTE, "I2_Q", I2_ABSOLUTE, "I2_ci_lower", I2_ABSOLUTE, "I2_ci_upper", I2_ABSOLUTE));

    @TestFactory
    Stream<DynamicTest> cliReachesTheEngineFiguresUnchanged() {
        return SMOKE.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Path fixture = REFERENCE.resolve(name);
            assertTrue(Files.isRegularFile(fixture), "fixture " + fixture.toAbsolutePath());
            check(fixture.getParent().getParent(), fixture);
        }));
    }

    static void check(Path root, Path fixture) throws IOException {
        JsonNode spec = JSON.readTree(fixture.toFile());
        String command = spec.has("command") ? spec.get("command").asText() : "meta";
        List<String> args = new ArrayList<>(List.of(command, root.resolve("data").resolve(spec.get("data").asText()).toString()));
        spec.get("args").forEach(a -> args.add(a.asText()));
        args.addAll(List.of("--format", "json"));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), () -> "exit code; stderr: " + run.err());
        JsonNode actual = JSON.readTree(run.out());
        JsonNode expected = spec.get("expected").deepCopy();
        if (expected.has("permutation_exact")) {
            // evsynth reports the exact test under `permutation`, with `exact: true`.
            ((com.fasterxml.jackson.databind.node.ObjectNode) expected).set("permutation",
                    ((com.fasterxml.jackson.databind.node.ObjectNode) expected).remove("permutation_exact"));
        }
        List<String> mismatches = new ArrayList<>();
        compare("", expected, actual, mismatches);
        if (!mismatches.isEmpty()) {
            fail(spec.get("description").asText() + ":\n  " + String.join("\n  ", mismatches));
        }
    }

    /** Compares every key of the expected node; subgroups are matched by name, studies by label. */
    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> mismatches) {
        Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode want = field.getValue();
            JsonNode got = actual.get(key);
            String where = path + key;
            if (got == null) {
                mismatches.add(where + ": missing");
            } else if (want.isArray()) {
                compareArray(where, key, want, got, mismatches);
            } else if (want.isObject()) {
                compare(where + ".", want, got, mismatches);
            } else if (want.isNull()) {
                if (!got.isNull()) {
                    mismatches.add(where + ": expected null, got " + got);
                }
            } else if (want.isNumber()) {
                compareNumber(where, key, want.asDouble(), got, mismatches);
            } else if (!want.asText().equals(got.asText())) {
                mismatches.add(where + ": expected " + want + ", got " + got);
            }
        }
    }

    private static void compareArray(String where, String key, JsonNode want, JsonNode got, List<String> mismatches) {
        if (want.size() != got.size() || want.isEmpty()) {
            if (want.isEmpty() && got.isEmpty()) {
                return;
            }
            mismatches.add(where + ": expected " + want.size() + " entries, got " + got.size() + ": " + got);
            return;
        }
        if (!want.get(0).isObject() || !(want.get(0).has("study") || want.get(0).has("name"))) {
            // Lists in order (leave_one_out, cumulative, filled, coefficients_p): compared position by position.
            for (int i = 0; i < want.size(); i++) {
                JsonNode wanted = want.get(i);
                if (wanted.isObject()) {
                    compare(where + "[" + i + "].", wanted, got.get(i), mismatches);
                } else {
                    compareNumber(where + "[" + i + "]", key, wanted.asDouble(), got.get(i), mismatches);
                }
            }
            return;
        }
        String id = want.get(0).has("name") ? "name" : "study";
        for (JsonNode wanted : want) {
            JsonNode match = null;
            for (JsonNode candidate : got) {
                if (candidate.path(id).asText().equals(wanted.path(id).asText())) {
                    match = candidate;
                }
            }
            if (match == null) {
                mismatches.add(where + ": no entry with " + id + " = " + wanted.path(id));
            } else {
                compare(where + "[" + wanted.path(id).asText() + "].", wanted, match, mismatches);
            }
        }
    }

    private static void compareNumber(String where, String key, double want, JsonNode got, List<String> mismatches) {
        if (!got.isNumber()) {
            mismatches.add(where + ": expected " + want + ", got " + got);
            return;
        }
        double value = got.asDouble();
        double tolerance = ABSOLUTE.containsKey(key) ? ABSOLUTE.get(key)
                : Math.max(RELATIVE * Math.abs(want), 1e-12);
        if (Math.abs(value - want) > tolerance) {
            mismatches.add(String.format(java.util.Locale.ROOT, "%s: expected %.15g, got %.15g (difference %.3g)",
                    where, want, value, value - want));
        }
    }
}
