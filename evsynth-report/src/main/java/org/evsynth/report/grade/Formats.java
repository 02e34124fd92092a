package org.evsynth.report.grade;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting shared by the signals and the summary-of-findings table, always with Locale.ROOT. */
final class Formats {

    private Formats() {
    }

    /** Three significant figures, at most two decimals for values from 1 up: 0.742, 1.25, 23.8, 150. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NA";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3));
        if (Math.abs(value) >= 1 && rounded.scale() > 2) {
            rounded = rounded.setScale(2, java.math.RoundingMode.HALF_UP);
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** A ratio or difference for a table: two decimals, as Cochrane tables print them. */
    static String twoDecimals(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** A p-value: "< 0.001" below 0.001, otherwise 2 significant figures. */
    static String p(double p) {
        if (Double.isNaN(p)) {
            return "NA";
        }
        if (p < 0.001) {
            return "< 0.001";
        }
        return new BigDecimal(p).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }
}
