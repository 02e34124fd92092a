package org.evsynth.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The fast fixed-point text is the formatter's, digit for digit, including ties, signs and special values. */
class DecimalsTest {

    private static void same(double value, int decimals) {
        assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", value), Decimals.fixed(value, decimals),
                () -> "value " + value + " with " + decimals + " decimals");
    }

    @Test
    void edgesAreFormattedAsTheFormatterDoes() {
        double[] edges = {0, -0.0, 0.125, 0.135, 0.145, 2.675, 1.005, 0.005, -0.005, -0.001, 0.5, 1.5, 2.5, -2.5,
            9.995, 99.995, 0.045, 1e-300, -1e-300, 123456789.125, 1e11, 1e12, 1e15, 1e300, Double.MIN_VALUE,
            Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.95, 0.05};
        for (double value : edges) {
            for (int decimals = 0; decimals <= 3; decimals++) {
                same(value, decimals);
            }
        }
    }

    @Test
    void randomValuesOfEveryMagnitudeAreFormattedAsTheFormatterDoes() {
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 40_000; i++) {
            double value = (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble(-4, 9))
                    * random.nextDouble();
            same(value, random.nextInt(4));
            // values printed with few decimals, as data and results often are: ties at the next decimal
            same(Math.round(value * 1000) / 1000.0, random.nextInt(3));
        }
    }
}
