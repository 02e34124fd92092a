package org.evsynth.review;

import java.util.Locale;
import java.util.regex.Pattern;

/** Numbers as a person types them into an extraction form: decimal, with an optional exponent; nothing else. */
final class Numbers {

    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,3})?");

    private Numbers() {
    }

    /** A whole number as a long, any other decimal as a double. */
    static Number parse(String where, String field, String text) {
        String t = text == null ? "" : text.strip();
        if (WHOLE.matcher(t).matches()) {
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        }
        if (DECIMAL.matcher(t).matches()) {
            double d = Double.parseDouble(t);
            if (Double.isFinite(d)) {
                return d;
            }
        }
        throw new InvalidInputException(field, String.format(Locale.ROOT, "%s: %s '%s' is not a number", where,
                field, text));
    }

    /** A count: the number must be whole. */
    static long whole(String where, String field, Number n) {
        if (n instanceof Long l) {
            return l;
        }
        double d = n.doubleValue();
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return (long) d;
        }
        throw new InvalidInputException(field, String.format(Locale.ROOT, "%s: %s (%s) is not a whole number of "
                + "participants", where, field, n));
    }

    /** A characteristic's value: a number when it reads as one, else the text as typed. */
    static Object value(String text) {
        String t = text.strip();
        if (WHOLE.matcher(t).matches()) {
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        }
        if (DECIMAL.matcher(t).matches() && t.contains(".")) {
            return Double.parseDouble(t);
        }
        return text;
    }
}
