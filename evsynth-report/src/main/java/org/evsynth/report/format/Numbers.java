package org.evsynth.report.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How evsynth prints a number, in the text panel, the figures, the report's tables and the GRADE signals alike: one
 * place, as metafor's {@code formatters.r} is for its printers. Effects follow RevMan (two decimals, two significant
 * digits below 0.01); P values follow RevMan too ("< 0.00001", one significant digit below 0.001, three decimals
 * below 0.01, two above). Everything is written with {@link Locale#ROOT}; a figure that does not apply (NaN) is
 * "NA".
 */
public final class Numbers {

    /** The smallest P value printed as a number. */
    private static final double SMALLEST_P = 0.00001;

    private Numbers() {
    }

    /** An effect or a limit: "0.41", "12.30", "0.0031", "NA", "∞". */
    public static String effect(double value) {
        if (Double.isNaN(value)) {
            return "NA";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        if (value != 0 && Math.abs(value) < 0.01) {
            return String.format(Locale.ROOT, "%.2g", value);
        }
        return Decimals.fixed(value, 2);
    }

    /** An effect, or "-" where it does not apply: for columns of a table. */
    public static String effectOrDash(double value) {
        return Double.isNaN(value) ? "-" : effect(value);
    }

    /** An estimate with its interval: "0.41 [0.13, 1.26]". */
    public static String interval(double estimate, double lower, double upper) {
        return effect(estimate) + " " + limits(lower, upper);
    }

    /** An interval on its own: "[0.13, 1.26]". */
    public static String limits(double lower, double upper) {
        return "[" + effect(lower) + ", " + effect(upper) + "]";
    }

    /** A reported figure (mean, SD) as given, up to two decimals: "55", "10.2", "3.14". */
    public static String compact(double value) {
        if (!Double.isFinite(value)) {
            return effect(value);
        }
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A count, with decimals only when it has them (imputed counts): "123", "12.50". */
    public static String count(double value) {
        return value == Math.rint(value) ? Decimals.fixed(value, 0) : effect(value);
    }

    /** A weight in percent, one decimal: "5.1%". */
    public static String weight(double percent) {
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }

    /** A percentage without decimals, as I² is printed: "92%", or "-" where it does not apply. */
    public static String percent(double percent) {
        return Double.isNaN(percent) ? "-" : String.format(Locale.ROOT, "%.0f%%", percent);
    }

    /** A confidence level as a percentage, with decimals only when it has them: "95%", "99.9%". */
    public static String level(double fraction) {
        return tick(100 * fraction) + "%";
    }

    /** An axis tick: the shortest exact decimal, "0.01", "0.5", "1", "10", "−0.25" (with a minus sign). */
    public static String tick(double value) {
        if (value == 0) {
            return "0";
        }
        String text = new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }

    /** Three significant figures, at most two decimals from 1 up: "0.742", "1.25", "23.8", "150". */
    public static String threeFigures(double value) {
        if (Double.isNaN(value)) {
            return "NA";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3));
        if (Math.abs(value) >= 1 && rounded.scale() > 2) {
            rounded = rounded.setScale(2, RoundingMode.HALF_UP);
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** A P value on its own, for a column: "0.45", "0.003", "0.0004", "< 0.00001", "NA". */
    public static String p(double value) {
        if (Double.isNaN(value)) {
            return "NA";
        }
        if (value < SMALLEST_P) {
            return "< 0.00001";
        }
        if (value < 0.001) {
            return new BigDecimal(value).round(new MathContext(1)).toPlainString();
        }
        return String.format(Locale.ROOT, value < 0.01 ? "%.3f" : "%.2f", value);
    }

    /**
     * A P value after its label, with "=" or "<" as the value needs: {@code p("P", 0.45)} is "P = 0.45",
     * {@code p("P(Q)", 1e-9)} is "P(Q) < 0.00001".
     */
    public static String p(String label, double value) {
        String number = p(value);
        return label + (number.startsWith("<") ? " " : " = ") + number;
    }
}
