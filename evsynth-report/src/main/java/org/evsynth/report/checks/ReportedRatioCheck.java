package org.evsynth.report.checks;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import org.evsynth.stats.effect.BinaryStudy;

/**
 * Recomputes a ratio a source printed from the 2×2 counts it printed beside it, and says when the label does not
 * match the number: a figure printed as a risk ratio that is in fact the odds ratio of the counts (or the other way
 * round). Such slips are common in evidence tables — several 'RR' figures for DanGer Shock in the NICE overview's
 * Table 3 are odds ratios — and they matter most when events are common, where OR and RR differ most.
 */
public final class ReportedRatioCheck {

    private ReportedRatioCheck() {
    }

    /**
     * What the counts give, and whether the printed figure matches its label.
     *
     * @param printedAs the measure the source names: "RR" or "OR"
     * @param printed the printed value, as text, so its rounding is known
     * @param riskRatio RR from the counts
     * @param oddsRatio OR from the counts
     * @param matches "RR", "OR", "both" or "neither": which of the two the printed value equals after rounding
     */
    public record Finding(String printedAs, String printed, double riskRatio, double oddsRatio, String matches) {

        /** Whether the label is wrong: the figure equals the other measure and not the one it is called. */
        public boolean mislabelled() {
            return !matches.equals("both") && !matches.equals("neither") && !matches.equals(printedAs);
        }

        /** A sentence for the report, under the outcome's heading, or empty when the figure is what it says. */
        public Optional<String> message(String study) {
            String counts = String.format(Locale.ROOT, "RR %.2f, OR %.2f from the counts", riskRatio, oddsRatio);
            if (mislabelled()) {
                return Optional.of(String.format(Locale.ROOT,
                        "%s: the figure printed as %s %s is the %s of the counts (%s).", study, printedAs,
                        printed, matches.equals("OR") ? "odds ratio" : "risk ratio", counts));
            }
            if (matches.equals("neither")) {
                return Optional.of(String.format(Locale.ROOT,
                        "%s: the printed %s %s matches neither ratio of the counts (%s); it may be adjusted, or "
                                + "a typo.", study, printedAs, printed, counts));
            }
            return Optional.empty();
        }
    }

    /**
     * Checks a printed ratio against the counts. Zero cells get 0.5 in every cell, as the printed figure would
     * have needed.
     */
    public static Finding check(BinaryStudy counts, String printedAs, String printed) {
        boolean zero = counts.hasZeroCell();
        double add = zero ? 0.5 : 0;
        double a = counts.events1() + add;
        double b = counts.total1() - counts.events1() + add;
        double c = counts.events2() + add;
        double d = counts.total2() - counts.events2() + add;
        double rr = (a / (a + b)) / (c / (c + d));
        double or = (a * d) / (b * c);
        double value = Double.parseDouble(printed.trim());
        boolean isRr = sameAfterRounding(rr, printed, value);
        boolean isOr = sameAfterRounding(or, printed, value);
        String matches = isRr && isOr ? "both" : isRr ? "RR" : isOr ? "OR" : "neither";
        return new Finding(printedAs.toUpperCase(Locale.ROOT), printed.trim(), rr, or, matches);
    }

    /** Whether the exact value rounds to the printed one at the printed number of decimals (half a unit either way). */
    private static boolean sameAfterRounding(double exact, String printed, double value) {
        int decimals = Math.max(0, new BigDecimal(printed.trim()).scale());
        double half = 0.5 * Math.pow(10, -decimals);
        return Math.abs(exact - value) <= half + 1e-12;
    }
}
