package org.evsynth.report.table;

/**
 * Reads a plain decimal ({@code 12}, {@code -0.0031}, {@code 3.1e-3}) straight from a cell's bytes, without making a
 * string, when the exact result needs no more than one correctly rounded operation: a significand of at most 2⁵³ and
 * a power of ten of at most 22 either way, both exact in double precision, so {@code m × 10ᵉ} or {@code m / 10⁻ᵉ} is
 * the correctly rounded value, the one {@link Double#parseDouble} gives (Clinger 1990, "How to read floating point
 * numbers accurately", the fast path). Anything else, including everything that is not a plain decimal, is left to
 * the checks on the cell's text.
 */
final class PlainDecimal {

    /** The exact powers of ten in double precision: 10⁰ to 10²². */
    private static final double[] POWERS = new double[23];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private static final long LARGEST_EXACT = 1L << 53;
    private static final int MOST_DIGITS = 17;

    private PlainDecimal() {
    }

    /**
     * The value of the bytes from start to end, or NaN when they are not a plain decimal this fast path can read
     * exactly (NaN is never the value of a plain decimal).
     */
    static double parse(byte[] bytes, int start, int end) {
        int i = start;
        boolean negative = false;
        if (i < end && (bytes[i] == '+' || bytes[i] == '-')) {
            negative = bytes[i] == '-';
            i++;
        }
        long significand = 0;
        int digits = 0;
        int scale = 0;
        boolean anyDigit = false;
        boolean dot = false;
        for (; i < end; i++) {
            int c = bytes[i];
            if (c >= '0' && c <= '9') {
                anyDigit = true;
                if (significand == 0 && c == '0') {
                    scale -= dot ? 1 : 0;
                    continue;
                }
                if (++digits > MOST_DIGITS) {
                    return Double.NaN;
                }
                significand = significand * 10 + (c - '0');
                scale -= dot ? 1 : 0;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
        }
        if (!anyDigit) {
            return Double.NaN;
        }
        return scaled(negative, significand, scale, bytes, i, end);
    }

    /** The significand times ten to its scale and the exponent written from i (if any), or NaN as above. */
    private static double scaled(boolean negative, long significand, int scale, byte[] bytes, int from, int end) {
        int i = from;
        int exponent = 0;
        if (i < end && (bytes[i] == 'e' || bytes[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < end && (bytes[i] == '+' || bytes[i] == '-')) {
                negativeExponent = bytes[i] == '-';
                i++;
            }
            int exponentDigits = 0;
            for (; i < end && bytes[i] >= '0' && bytes[i] <= '9'; i++) {
                exponent = Math.min(exponent * 10 + (bytes[i] - '0'), 10_000);
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return Double.NaN;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != end) {
            return Double.NaN;
        }
        if (significand == 0) {
            return negative ? -0.0 : 0.0;
        }
        int power = scale + exponent;
        if (significand > LARGEST_EXACT || power < -22 || power > 22) {
            return Double.NaN;
        }
        double value = power < 0 ? significand / POWERS[-power] : significand * POWERS[power];
        return negative ? -value : value;
    }
}
