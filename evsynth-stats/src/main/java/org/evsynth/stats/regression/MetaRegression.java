package org.evsynth.stats.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.TauSquaredEstimator;

/**
 * Mixed-effects meta-regression y = Xβ + u + ε, u ~ N(0, τ²), ε ~ N(0, V) (Raudenbush 2009), as metafor's
 * {@code rma(yi, vi, mods = ...)}: residual τ² by the chosen estimator, β by weighted least squares with
 * wᵢ = 1/(vᵢ + τ̂²), Wald or HKSJ inference, the omnibus test QM of the moderators and the test QE for residual
 * heterogeneity.
 *
 * <pre>{@code
 * ModelMatrix x = ModelMatrix.withIntercept(k).numeric("ablat", latitude).build();
 * MetaRegressionResult result = MetaRegression.withDefaults().fit(y, v, x);
 * }</pre>
 */
public final class MetaRegression {

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private final TauSquaredEstimator estimator;
    private final ConfidenceMethod confidenceMethod;
    private final double level;

    private MetaRegression(TauSquaredEstimator estimator, ConfidenceMethod confidenceMethod, double level) {
        this.estimator = estimator;
        this.confidenceMethod = confidenceMethod;
        this.level = level;
    }

    /** REML with the HKSJ adjustment, 95% level. */
    public static MetaRegression withDefaults() {
        return new MetaRegression(TauSquaredEstimator.REML, ConfidenceMethod.HKSJ, 0.95);
    }

    /** With this residual τ² estimator. */
    public MetaRegression with(TauSquaredEstimator value) {
        return new MetaRegression(Objects.requireNonNull(value), confidenceMethod, level);
    }

    /** With Wald or HKSJ inference. */
    public MetaRegression with(ConfidenceMethod value) {
        return new MetaRegression(estimator, Objects.requireNonNull(value), level);
    }

    /** With this confidence level, as a fraction. */
    public MetaRegression withLevel(double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "level (%s) must lie strictly between 0 and 1, e.g. 0.95", value));
        }
        return new MetaRegression(estimator, confidenceMethod, value);
    }

    /**
     * Fits the model.
     *
     * @param y effects on the analysis scale
     * @param v their sampling variances
     * @throws IllegalArgumentException if there are not more studies than coefficients, or moderators are collinear
     */
    public MetaRegressionResult fit(double[] y, double[] v, ModelMatrix x) {
        int k = y.length;
        int p = x.p();
        if (k <= p) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a meta-regression with %d coefficients needs more than %d studies, got %d", p, p, k));
        }
        double tau2;
        try {
            tau2 = ResidualHeterogeneityEstimator.estimate(estimator, y, v, x.rows());
        } catch (CollinearityException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the moderators are collinear: '%s' is a linear combination of %s",
                    x.names().get(e.column()), x.names().subList(0, e.column())), e);
        }
        WeightedFit fit = WeightedFit.at(y, v, x.rows(), tau2);
        Inference inference = inference(fit, k, p);
        WeightedFit fixed = WeightedFit.at(y, v, x.rows(), 0);
        double typical = (k - p) / fixed.traceP(x.rows());
        double qeP = ChiSquaredDistribution.of(k - p).survivalProbability(fixed.ypy());
        double r2 = Double.NaN;
        if (x.hasIntercept() && p > 1) {
            double tau2Null = estimator.estimate(y, v);
            r2 = tau2Null > 0 ? Math.max(0, 100 * (tau2Null - tau2) / tau2Null) : 0;
        }
        List<Coefficient> coefficients = new ArrayList<>(p);
        for (int j = 0; j < p; j++) {
            double se = Math.sqrt(inference.covariance[j][j]);
            double statistic = fit.beta()[j] / se;
            coefficients.add(new Coefficient(x.names().get(j), fit.beta()[j], se, statistic,
                    inference.twoSidedP(statistic), fit.beta()[j] - inference.critical * se,
                    fit.beta()[j] + inference.critical * se));
        }
        Omnibus qm = omnibus(fit.beta(), inference, x.hasIntercept(), k, p);
        return new MetaRegressionResult(estimator, confidenceMethod, k, coefficients, tau2,
                100 * tau2 / (typical + tau2), (typical + tau2) / typical, r2, qm.statistic, qm.df, qm.df2, qm.p,
                fixed.ypy(), k - p, qeP);
    }

    /**
     * The permutation test: the model matrix's rows shuffled against (y, v) with a seeded generator, the model
     * refitted each time with the same estimator; p = (1 + b)/(1 + n), b the permutations at least as extreme.
     */
    public PermutationResult permutationTest(double[] y, double[] v, ModelMatrix x, int iterations, long seed) {
        if (iterations < 1) {
            throw new IllegalArgumentException("permutations must be at least 1, got " + iterations);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[][] remaining = {{iterations}};
        Extremes extremes = countExtremes(y, v, x, order -> {
            if (remaining[0][0]-- == 0) {
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

    /** The most studies for which every permutation is enumerated (8! = 40,320 refits). */
    public static final int EXACT_PERMUTATION_LIMIT = 8;

    /**
     * The exact permutation test: every one of the k! orderings of the model matrix's rows, the observed one
     * included; p = b / k!.
     *
     * @throws IllegalArgumentException for more than {@link #EXACT_PERMUTATION_LIMIT} studies
     */
    public PermutationResult exactPermutationTest(double[] y, double[] v, ModelMatrix x) {
        int k = y.length;
        if (k > EXACT_PERMUTATION_LIMIT) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "an exact permutation test enumerates k! orderings and is offered up to k = %d; with k = %d use "
                            + "a number of random permutations", EXACT_PERMUTATION_LIMIT, k));
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

    /** metafor's tolerance for "at least as extreme", √(machine epsilon). */
    private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

    /** A source of row orders: fills the array with the next order, or returns false when done. */
    @FunctionalInterface
    private interface Orders {
        boolean next(int[] order);
    }

    private record Extremes(int qm, int[] coefficients) {
    }

    private Extremes countExtremes(double[] y, double[] v, ModelMatrix x, Orders orders) {
        MetaRegressionResult observed = fit(y, v, x);
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
            PermutedStatistics statistics = statistics(y, v, permuted, x.hasIntercept());
            if (statistics.qm >= observed.qm() - TOLERANCE) {
                qm++;
            }
            for (int j = 0; j < p; j++) {
                if (Math.abs(statistics.z[j]) >= Math.abs(observed.coefficients().get(j).statistic()) - TOLERANCE) {
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

    /** QM and the coefficients' statistics for one permutation, without the rest of the result. */
    private PermutedStatistics statistics(double[] y, double[] v, double[][] rows, boolean intercept) {
        int k = y.length;
        int p = rows[0].length;
        double tau2 = ResidualHeterogeneityEstimator.estimate(estimator, y, v, rows);
        WeightedFit fit = WeightedFit.at(y, v, rows, tau2);
        Inference inference = inference(fit, k, p);
        double[] z = new double[p];
        for (int j = 0; j < p; j++) {
            z[j] = fit.beta()[j] / Math.sqrt(inference.covariance[j][j]);
        }
        return new PermutedStatistics(omnibus(fit.beta(), inference, intercept, k, p).statistic, z);
    }

    private record PermutedStatistics(double qm, double[] z) {
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    /** The coefficients' covariance, critical value and p-values under Wald or HKSJ inference. */
    private Inference inference(WeightedFit fit, int k, int p) {
        double[][] covariance = fit.covariance();
        double df = Double.NaN;
        if (confidenceMethod == ConfidenceMethod.HKSJ) {
            double scale = fit.ypy() / (k - p);
            double[][] scaled = new double[p][p];
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    scaled[a][b] = scale * covariance[a][b];
                }
            }
            covariance = scaled;
            df = k - p;
        }
        double upper = (1 + level) / 2;
        double critical = Double.isNaN(df) ? NORMAL.inverseCumulativeProbability(upper)
                : TDistribution.of(df).inverseCumulativeProbability(upper);
        return new Inference(covariance, critical, df);
    }

    private record Inference(double[][] covariance, double critical, double df) {
        double twoSidedP(double statistic) {
            double tail = Double.isNaN(df) ? NORMAL.survivalProbability(Math.abs(statistic))
                    : TDistribution.of(df).survivalProbability(Math.abs(statistic));
            return 2 * tail;
        }
    }

    /** QM = b'V⁻¹b over the moderators' coefficients: χ²(m), or F(m, k - p) = QM/m with HKSJ. */
    private static Omnibus omnibus(double[] beta, Inference inference, boolean intercept, int k, int p) {
        int from = intercept ? 1 : 0;
        int m = p - from;
        if (m == 0) {
            return new Omnibus(Double.NaN, 0, Double.NaN, Double.NaN);
        }
        double[][] sub = new double[m][m];
        double[] b = new double[m];
        for (int a = 0; a < m; a++) {
            b[a] = beta[from + a];
            for (int c = 0; c < m; c++) {
                sub[a][c] = inference.covariance[from + a][from + c];
            }
        }
        double[] solved = Matrices.times(Matrices.inverse(sub), b);
        double qm = 0;
        for (int a = 0; a < m; a++) {
            qm += b[a] * solved[a];
        }
        if (Double.isNaN(inference.df)) {
            return new Omnibus(qm, m, Double.NaN, ChiSquaredDistribution.of(m).survivalProbability(qm));
        }
        double f = qm / m;
        return new Omnibus(f, m, k - p, FDistribution.of(m, k - p).survivalProbability(f));
    }

    private record Omnibus(double statistic, int df, double df2, double p) {
    }
}
