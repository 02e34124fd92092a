package org.evsynth.report.format;

import java.util.Locale;

/**
 * {@code String.format(Locale.ROOT, "%.nf", value)} without the formatter: the text panel of a million studies prints
 * seven numbers a row. The digits are the same: Java's formatter rounds the shortest decimal that reads back as the
 * value, half up; that decimal lies within an ulp of the value, so rounding the value itself gives the same digits
 * unless the value is within a few ulps of a rounding boundary, and then the formatter is asked.
 */
public final class Decimals {

    /** Exact powers of ten, for the decimals this is used with. */
    private static final double[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    /** Above this the scaled value has too few fraction bits to round on: the formatter is asked. */
    private static final double LARGEST_SCALED = 1e12;

    /** How close to a boundary, in ulps of the scaled value, is too close to decide here. */
    private static final double BOUNDARY_ULPS = 8;

    private Decimals() {
    }

    /**
     * The value with this many decimals, as {@code %.nf} writes it: "0.41", "-0.00" (the sign of a negative value is
     * kept even when it rounds to zero), "NaN", "Infinity".
     */
    public static String fixed(double value, int decimals) {
        if (decimals < 0 || decimals >= POWERS.length) {
            throw new IllegalArgumentException("decimals (" + decimals + ") must be 0 to " + (POWERS.length - 1));
        }
        double scaled = Math.abs(value) * POWERS[decimals];
        double whole = Math.floor(scaled);
        double fraction = scaled - whole;
        if (!(scaled < LARGEST_SCALED) || Math.abs(fraction - 0.5) <= BOUNDARY_ULPS * Math.ulp(scaled)) {
            return String.format(Locale.ROOT, "%." + decimals + "f", value);
        }
        long units = (long) whole + (fraction > 0.5 ? 1 : 0);
        char[] text = new char[24];
        int start = text.length;
        for (int i = 0; i < decimals; i++) {
            text[--start] = (char) ('0' + units % 10);
            units /= 10;
        }
        if (decimals > 0) {
            text[--start] = '.';
        }
        do {
            text[--start] = (char) ('0' + units % 10);
            units /= 10;
        } while (units > 0);
        if ((Double.doubleToRawLongBits(value) & Long.MIN_VALUE) != 0) {
            text[--start] = '-';
        }
        return new String(text, start, text.length - start);
    }
}
