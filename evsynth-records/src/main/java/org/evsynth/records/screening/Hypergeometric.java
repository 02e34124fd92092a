package org.evsynth.records.screening;

import java.util.Arrays;

/**
 * The hypergeometric distribution: the number of relevant records X in a sample of n drawn without replacement
 * from N records of which K are relevant, P(X = i) = C(K, i) C(N - K, n - i) / C(N, n). Computed from a table of
 * ln k! (a sum of logarithms, exact to about 1e-12 relative for the sizes of a search), with the terms of the
 * lower tail summed in order.
 */
final class Hypergeometric {

    private static volatile double[] logFactorials = {0, 0};

    private Hypergeometric() {
    }

    /**
     * P(X &le; k).
     *
     * @param k          relevant records seen in the sample
     * @param population N, the records the sample is drawn from
     * @param successes  K, the relevant ones among them
     * @param draws      n, the sample size
     * @return the lower tail probability; 0 when K exceeds N (no such population) or when k is below the smallest
     *         possible count max(0, n - (N - K)); 1 when k reaches the largest, min(n, K)
     */
    static double cdf(int k, int population, int successes, int draws) {
        return cdfUpTo(k, population, successes, draws, Double.POSITIVE_INFINITY);
    }

    /**
     * P(X &le; k), or any value above {@code stopAbove} as soon as the partial sum exceeds it: a search for the
     * smallest p-value among many need not finish sums that cannot win.
     */
    static double cdfUpTo(int k, int population, int successes, int draws, double stopAbove) {
        if (successes > population || draws > population || successes < 0 || draws < 0) {
            return 0;
        }
        int lowest = Math.max(0, draws - (population - successes));
        int highest = Math.min(draws, successes);
        if (k < lowest) {
            return 0;
        }
        if (k >= highest) {
            return 1;
        }
        double logTerm = logChoose(successes, lowest) + logChoose(population - successes, draws - lowest)
                - logChoose(population, draws);
        int i = lowest;
        // Terms below e^-700 would underflow; each is below 1e-304, so skipping them changes no sum we report.
        while (logTerm < -700 && i < k) {
            logTerm += Math.log(ratio(i, population, successes, draws));
            i++;
        }
        double term = Math.exp(logTerm);
        double sum = term;
        for (; i < k; i++) {
            term *= ratio(i, population, successes, draws);
            sum += term;
            if (sum > stopAbove) {
                return sum;
            }
        }
        return Math.min(1, sum);
    }

    /** P(X = i + 1) / P(X = i) = (K - i)(n - i) / ((i + 1)(N - K - n + i + 1)). */
    private static double ratio(int i, int population, int successes, int draws) {
        return (double) (successes - i) * (draws - i) / ((double) (i + 1) * (population - successes - draws + i + 1));
    }

    static double logChoose(int n, int k) {
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    static double logFactorial(int n) {
        double[] table = logFactorials;
        if (n >= table.length) {
            table = grow(n);
        }
        return table[n];
    }

    private static synchronized double[] grow(int n) {
        double[] table = logFactorials;
        if (n < table.length) {
            return table;
        }
        int old = table.length;
        double[] bigger = Arrays.copyOf(table, Math.max(n + 1, old * 2));
        for (int i = old; i < bigger.length; i++) {
            bigger[i] = bigger[i - 1] + Math.log(i);
        }
        logFactorials = bigger;
        return bigger;
    }
}
