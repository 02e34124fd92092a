package org.evsynth.app.web.studies;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One arm's data as a person reads them: "82/179", "mean 3.1 (SD 1.2), n 40", "0.74 [0.55, 0.99]". */
final class ArmText {

    /** The shapes of outcome data a form offers, by their fields. */
    enum Shape {
        DICHOTOMOUS("Events out of participants", "events", "total"),
        CONTINUOUS("Mean, SD and participants", "mean", "sd", "n"),
        ESTIMATE("An estimate with its 95% CI", "estimate", "lower", "upper");

        final String label;
        final java.util.List<String> fields;

        Shape(String label, String... fields) {
            this.label = label;
            this.fields = java.util.List.of(fields);
        }

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Shape of(Set<String> fields) {
            for (Shape s : values()) {
                if (Set.copyOf(s.fields).equals(fields)) {
                    return s;
                }
            }
            return null;
        }
    }

    private ArmText() {
    }

    static String of(Map<String, Object> data) {
        Shape shape = Shape.of(data.keySet());
        if (shape == null) {
            return data.toString();
        }
        return switch (shape) {
            case DICHOTOMOUS -> plain(data.get("events")) + "/" + plain(data.get("total"));
            case CONTINUOUS -> "mean " + plain(data.get("mean")) + " (SD " + plain(data.get("sd")) + "), n "
                    + plain(data.get("n"));
            case ESTIMATE -> plain(data.get("estimate")) + " [" + plain(data.get("lower")) + ", "
                    + plain(data.get("upper")) + "]";
        };
    }

    /** A value as the extractor typed it: 3.1, not 3.1000000000000001; text as it is. */
    static String plain(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return value == null ? "" : value.toString();
    }
}
