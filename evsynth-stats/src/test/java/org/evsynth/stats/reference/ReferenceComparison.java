package org.evsynth.stats.reference;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares every figure a fixture expects with the library's, at a tolerance stated per figure: absolute
 * 1e-8 on τ² and its limits (converged to 1e-12 on both sides), √1e-8 on τ, 1e-6 percentage points on I²,
 * and relative 1e-6 on everything else (estimates, CIs, SEs, statistics, p-values, Q, H², weights, study
 * figures; with an absolute floor of 1e-12 for figures at zero). Lists of studies and subgroups are matched by
 * label, other lists position by position; a key the library does not give is a mismatch, and so is a null
 * where a number is expected or the other way round.
 */
final class ReferenceComparison {

    /** Relative tolerance on all figures not listed in {@link #absoluteTolerance}. */
    static final double RELATIVE = 1e-6;
    /** Absolute tolerance on τ² figures (the fixtures are converged to 1e-12). */
    static final double TAU2_ABSOLUTE = 1e-8;
    /** Absolute tolerance on I² figures, in percentage points. */
    static final double I2_ABSOLUTE = 1e-6;

    private final List<String> mismatches = new ArrayList<>();

    List<String> mismatches() {
        return mismatches;
    }

    /** The absolute tolerance for a key, or NaN when the key is compared relatively. */
    static double absoluteTolerance(String key) {
        if (key.startsWith("tau2") || key.equals("blup_tau2")) {
            return key.equals("tau2_se") ? Double.NaN : TAU2_ABSOLUTE;
        }
        if (key.equals("tau") || key.startsWith("tau_ci")) {
            return Math.sqrt(TAU2_ABSOLUTE);
        }
        if (key.startsWith("I2")) {
            return I2_ABSOLUTE;
        }
        return Double.NaN;
    }

    void compare(String path, JsonNode expected, JsonNode actual) {
        Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode want = field.getValue();
            JsonNode got = actual == null ? null : actual.get(key);
            String where = path + key;
            if (got == null) {
                mismatches.add(where + ": missing");
            } else if (want.isArray()) {
                compareArray(where, key, want, got);
            } else if (want.isObject()) {
                compare(where + ".", want, got);
            } else if (want.isNull()) {
                if (!got.isNull()) {
                    mismatches.add(where + ": expected null, got " + got);
                }
            } else if (want.isNumber()) {
                compareNumber(where, key, want.asDouble(), got);
            } else if (!want.asText().equals(got.asText())) {
                mismatches.add(where + ": expected " + want + ", got " + got);
            }
        }
    }

    private void compareArray(String where, String key, JsonNode want, JsonNode got) {
        if (!got.isArray() || want.size() != got.size()) {
            mismatches.add(where + ": expected " + want.size() + " entries, got " + got);
            return;
        }
        if (want.isEmpty()) {
            return;
        }
        JsonNode first = want.get(0);
        String id = first.isObject() && first.has("name") ? "name" : first.isObject() && first.has("study") ? "study" : null;
        if (id == null) {
            for (int i = 0; i < want.size(); i++) {
                JsonNode wanted = want.get(i);
                if (wanted.isObject()) {
                    compare(where + "[" + i + "].", wanted, got.get(i));
                } else if (wanted.isNull()) {
                    if (!got.get(i).isNull()) {
                        mismatches.add(where + "[" + i + "]: expected null, got " + got.get(i));
                    }
                } else {
                    compareNumber(where + "[" + i + "]", key, wanted.asDouble(), got.get(i));
                }
            }
            return;
        }
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
                compare(where + "[" + wanted.path(id).asText() + "].", wanted, match);
            }
        }
    }

    private void compareNumber(String where, String key, double want, JsonNode got) {
        if (!got.isNumber()) {
            mismatches.add(where + ": expected " + want + ", got " + got);
            return;
        }
        double value = got.asDouble();
        double absolute = absoluteTolerance(key);
        double tolerance = Double.isNaN(absolute) ? Math.max(RELATIVE * Math.abs(want), 1e-12) : absolute;
        if (!(Math.abs(value - want) <= tolerance)) {
            mismatches.add(String.format(Locale.ROOT, "%s: expected %.15g, got %.15g (difference %.3g)",
                    where, want, value, value - want));
        }
    }
}
