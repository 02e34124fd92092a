package org.evsynth.report.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers as the figures print them, matching the text panel of `evsynth meta` and RevMan: two decimals for
 * effects (two significant digits below 0.01), P values as RevMan writes them, counts without decimals.
 */
final class Format {

    private Format() {
    }

    /** An effect or limit: "0.41", "12.30", "0.0031". */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NA";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        if (value != 0 && Math.abs(value) < 0.01) {
            return String.format(Locale.ROOT, "%.2g", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** A reported figure (mean, SD) as given, up to two decimals: "55", "10.2", "3.14". */
    static String compact(double value) {
        if (!Double.isFinite(value)) {
            return number(value);
        }
        return new BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** An estimate with its interval: "0.41 [0.13, 1.26]". */
    static String interval(double estimate, double lower, double upper) {
        return String.format(Locale.ROOT, "%s [%s, %s]", number(estimate), number(lower), number(upper));
    }

    /** A count, with decimals only when it has them (imputed counts). */
    static String count(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : number(value);
    }

    /** A weight in percent: "5.1%". */
    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    /** "P < 0.00001", "P = 0.0004", "P = 0.003", "P = 0.45", as RevMan prints them. */
    static String p(double value) {
        if (Double.isNaN(value)) {
            return "P = NA";
        }
        if (value < 0.00001) {
            return "P < 0.00001";
        }
        if (value < 0.001) {
            return "P = " + new BigDecimal(value).round(new MathContext(1)).toPlainString();
        }
        return value < 0.01 ? String.format(Locale.ROOT, "P = %.3f", value) : String.format(Locale.ROOT, "P = %.2f", value);
    }

    /** An axis tick: the shortest exact decimal, "0.01", "0.5", "1", "10", "-0.25". */
    static String tick(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal decimal = new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros();
        String text = decimal.toPlainString();
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }

    /** The first letter in upper case: "Risk ratio". */
    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
