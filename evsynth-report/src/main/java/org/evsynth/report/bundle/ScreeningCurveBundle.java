package org.evsynth.report.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evsynth.review.ScreeningCurve;
import org.evsynth.review.ScreeningMode;
import org.evsynth.review.ScreeningOrder;

/**
 * The team's recall curve at title and abstract in a bundle, for the report's figure: review.yaml's
 * {@code screening_curve} mapping, written by {@code evsynth export} when the records were screened in priority
 * order.
 * <pre>
 * screening_curve:
 *   screening: single        # or dual: the curve holds final outcomes only
 *   records: 160             # records at title and abstract
 *   screened: 57             # records on the curve
 *   found_at: [1, 4, 9]      # records screened when each include was found, increasing
 *   stopped_at: 57           # records screened when the team stopped by the stopping rule (optional)
 *   awaiting: 0              # records in conflict, not on the curve yet (optional)
 * </pre>
 */
final class ScreeningCurveBundle {

    static final String KEY = "screening_curve";
    private static final Map<String, ScreeningMode> MODES = Map.of("single", ScreeningMode.SINGLE, "dual",
            ScreeningMode.DUAL);

    private ScreeningCurveBundle() {
    }

    /** The mapping for review.yaml. */
    static ObjectNode write(ScreeningCurve.Curve curve, ObjectNode parent) {
        ObjectNode node = parent.putObject(KEY).put("screening", curve.mode() == ScreeningMode.DUAL ? "dual"
                : "single").put("records", curve.records()).put("screened", curve.screened());
        ArrayNode found = node.putArray("found_at");
        for (int at : curve.foundAt()) {
            found.add(at);
        }
        if (curve.stoppedAt() >= 0) {
            node.put("stopped_at", curve.stoppedAt());
        }
        if (curve.awaiting() > 0) {
            node.put("awaiting", curve.awaiting());
        }
        return node;
    }

    /** The curve the mapping describes, or null (with the problems recorded) when it has none or is wrong. */
    static ScreeningCurve.Curve read(Fields f) {
        if (f == null) {
            return null;
        }
        ScreeningMode mode = f.choice("screening", MODES, ScreeningMode.SINGLE, false);
        Integer records = f.integer("records", 1, Integer.MAX_VALUE, null);
        Integer screened = f.integer("screened", 0, Integer.MAX_VALUE, null);
        int stoppedAt = f.integer("stopped_at", 0, Integer.MAX_VALUE, -1);
        int awaiting = f.integer("awaiting", 0, Integer.MAX_VALUE, 0);
        List<Integer> foundAt = foundAt(f);
        f.finish();
        if (records == null || screened == null) {
            f.problem(records == null ? "records" : "screened", "is required: a whole number");
            return null;
        }
        int last = foundAt.isEmpty() ? 0 : foundAt.get(foundAt.size() - 1);
        if (screened > records || last > screened || stoppedAt > screened) {
            f.problem("screened", String.format(Locale.ROOT, "%d records screened of %d cannot hold an include "
                    + "found at %d or a stop at %d", screened, records, last, stoppedAt));
            return null;
        }
        List<Boolean> includes = new ArrayList<>(java.util.Collections.nCopies(screened, false));
        foundAt.forEach(at -> includes.set(at - 1, true));
        return new ScreeningCurve.Curve(ScreeningOrder.PRIORITY, mode, records, includes, awaiting, stoppedAt,
                List.of());
    }

    /** found_at: whole numbers from 1, increasing; a wrong one is a problem at its line. */
    private static List<Integer> foundAt(Fields f) {
        List<Integer> out = new ArrayList<>();
        for (YamlNode.Scalar s : f.texts("found_at")) {
            int at;
            try {
                at = Integer.parseInt(s.text().strip());
            } catch (NumberFormatException e) {
                f.problemAt(s, "found_at", "expected a whole number, found " + s.describe());
                continue;
            }
            if (at < 1 || (!out.isEmpty() && at <= out.get(out.size() - 1))) {
                f.problemAt(s, "found_at", String.format(Locale.ROOT, "%d: the records screened must be 1 or more "
                        + "and increase", at));
                continue;
            }
            out.add(at);
        }
        return out;
    }
}
