package org.evsynth.stats.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Permutation tests of a meta-regression (Higgins & Thompson 2004; Viechtbauer et al. 2015), as metafor's
 * {@code permutest}: the rows of the model matrix are permuted against (y, v), the model refitted with the same
 * settings each time, and each p-value is the share of permutations at least as extreme as the observed data.
 */
final class PermutationTests {

    /** The most studies for which every permutation is enumerated (8! = 40,320 refits). */
    static final int EXACT_LIMIT = 8;
    /** metafor's tolerance for "at least as extreme", √(machine epsilon). */
    private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private final MetaRegression settings;

    PermutationTests(MetaRegression settings) {
        this.settings = settings;
    }

    /** n random permutations with a seeded generator; p = (1 + b)/(1 + n). */
    PermutationResult random(double[] y, double[] v, ModelMatrix x, int iterations, long seed) {
        if (iterations < 1) {
            throw new IllegalArgumentException("permutations must be at least 1, got " + iterations);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] remaining = {iterations};
        Extremes extremes = countExtremes(y, v, x, order -> {
            if (remaining[0]-- == 0) {
                return false;
            }
            shuffle(order, random);
            return true;
        });
        List<Double> coefficientP = new ArrayList<>(x.p());
        for (int count : extremes.coefficients) {
            coefficientP.add((1.0 + count) / (1.0 + iterations));
        }
        return new PermutationResult(iterations, seed, false, (1.0 + extremes.qm) / (1.0 + iterations), coefficientP);
    }

    /** Every one of the k! orderings, the observed one included; p = b / k!. */
    PermutationResult exact(double[] y, double[] v, ModelMatrix x) {
        int k = y.length;
        if (k > EXACT_LIMIT) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "an exact permutation test enumerates k! orderings and is offered up to k = %d; with k = %d use "
                            + "a number of random permutations", EXACT_LIMIT, k));
        }
        HeapPermutations permutations = new HeapPermutations(k);
        Extremes extremes = countExtremes(y, v, x, permutations::next);
        double total = permutations.count;
        List<Double> coefficientP = new ArrayList<>(x.p());
        for (int count : extremes.coefficients) {
            coefficientP.add(count / total);
        }
        return new PermutationResult(permutations.count, 0, true, extremes.qm / total, coefficientP);
    }

    /** A source of row orders: fills the array with the next order, or returns false when done. */
    @FunctionalInterface
    private interface Orders {
        boolean next(int[] order);
    }

    private record Extremes(int qm, int[] coefficients) {
    }

    private Extremes countExtremes(double[] y, double[] v, ModelMatrix x, Orders orders) {
        MetaRegressionResult observed = settings.fit(y, v, x);
        int p = x.p();
        int[] coefficients = new int[p];
        int qm = 0;
        double[][] rows = x.rows();
        int[] order = new int[y.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double[][] permuted = new double[rows.length][];
        while (orders.next(order)) {
            for (int i = 0; i < order.length; i++) {
                permuted[i] = rows[order[i]];
            }
            RegressionFitter.Estimate fit = RegressionFitter.estimate(settings, y, v, permuted, null);
            if (p > 1 && fit.moderatorStatistic() >= observed.qm() - TOLERANCE) {
                qm++;
            }
            for (int j = 0; j < p; j++) {
                if (Math.abs(fit.statistic(j)) >= Math.abs(observed.coefficients().get(j).statistic()) - TOLERANCE) {
                    coefficients[j]++;
                }
            }
        }
        return new Extremes(qm, coefficients);
    }

    /** Every permutation of 0..k-1 once, the identity first (Heap 1963, iterative form). */
    private static final class HeapPermutations {
        private final int[] c;
        private int i = 0;
        private int count = 0;

        HeapPermutations(int k) {
            c = new int[k];
        }

        boolean next(int[] order) {
            if (count == 0) {
                count++;
                return true;
            }
            while (i < c.length) {
                if (c[i] < i) {
                    int j = i % 2 == 0 ? 0 : c[i];
                    int swap = order[j];
                    order[j] = order[i];
                    order[i] = swap;
                    c[i]++;
                    i = 0;
                    count++;
                    return true;
                }
                c[i] = 0;
                i++;
            }
            return false;
        }
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
