package org.evsynth.stats.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.FitStatistics;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.TauSquaredEstimator;

/**
 * Fits a meta-regression under a {@link MetaRegression}'s settings, as metafor's {@code rma.uni}: τ² by the
 * estimator (0 in a common-effect model), β by weighted least squares with wᵢ = 1/(vᵢ + τ²) or the user's weights
 * (then with the sandwich covariance), the Hartung-Knapp factor from the inverse-variance fit, and the summary
 * figures of {@link MetaRegressionResult}.
 */
final class RegressionFitter {

    /** metafor's test for a weighted residual sum of squares of zero, below which the Hartung-Knapp factor is 0. */
    private static final double NO_RESIDUAL = Math.ulp(1.0);

    private RegressionFitter() {
    }

    /**
     * The fitted state.
     *
     * @throws IllegalArgumentException for collinear moderators, or GENQ without weights
     */
    static RegressionFit fit(MetaRegression settings, double[] y, double[] v, ModelMatrix x, double[] weights) {
        try {
            return fitted(settings, y, v, x, weights);
        } catch (CollinearityException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the moderators are collinear: '%s' is a linear combination of %s",
                    x.names().get(e.column()), x.names().subList(0, e.column())), e);
        }
    }

    private static RegressionFit fitted(MetaRegression settings, double[] y, double[] v, ModelMatrix x,
                                        double[] weights) {
        Estimate e = estimate(settings, y, v, x.rows(), weights);
        return new RegressionFit(y, v, x, settings.model(), e.tau2, e.weights, weights != null, e.beta, e.covariance,
                e.scale, e.df, settings.level(), settings.predictionMethod());
    }

    /**
     * τ², β, the model-based covariance of β, the weights that gave it and the Hartung-Knapp factor, for a model
     * matrix given by its rows (permutation tests refit permuted rows with this).
     *
     * @param weights the user's weights, or null
     */
    record Estimate(double tau2, double[] beta, double[][] covariance, double[] weights, double scale, double df) {

        /** The statistic of the omnibus test of every coefficient after the first (the intercept). */
        double moderatorStatistic() {
            int m = beta.length - 1;
            int[] moderators = new int[m];
            for (int j = 0; j < m; j++) {
                moderators[j] = j + 1;
            }
            double qm = SubsetTest.waldStatistic(beta, covariance, scale, moderators);
            return Double.isNaN(df) ? qm : qm / m;
        }

        /** The z or t statistic of coefficient j. */
        double statistic(int j) {
            return beta[j] / Math.sqrt(scale * covariance[j][j]);
        }
    }

    static Estimate estimate(MetaRegression settings, double[] y, double[] v, double[][] rows, double[] weights) {
        int k = y.length;
        int p = rows[0].length;
        double tau2 = tau2(settings, y, v, rows, weights);
        WeightedFit inverseVariance = WeightedFit.at(y, v, rows, tau2);
        double[] beta = inverseVariance.beta();
        double[][] covariance = inverseVariance.covariance();
        double[] used = inverseVariance.weights();
        if (weights != null) {
            WeightedFit weighted = WeightedFit.withWeights(y, rows, weights);
            double[] middle = new double[k];
            for (int i = 0; i < k; i++) {
                middle[i] = weights[i] * weights[i] * (v[i] + tau2);
            }
            beta = weighted.beta();
            covariance = Matrices.sandwich(weighted.covariance(), Matrices.weightedCrossProduct(rows, middle));
            used = weights.clone();
        }
        double scale = 1;
        double df = Double.NaN;
        ConfidenceMethod method = settings.confidenceMethod();
        if (method.isHartungKnapp()) {
            double residual = inverseVariance.ypy();
            scale = residual <= NO_RESIDUAL ? 0 : residual / (k - p);
            if (method == ConfidenceMethod.HKSJ_MODIFIED) {
                scale = Math.max(1, scale);
            }
            df = k - p;
        }
        return new Estimate(tau2, beta, covariance, used, scale, df);
    }

    /** The residual τ², 0 in a common-effect model. */
    static double tau2(MetaRegression settings, double[] y, double[] v, double[][] rows, double[] weights) {
        if (settings.model() == Model.COMMON) {
            return 0;
        }
        return ResidualHeterogeneityEstimator.estimate(settings.estimator(), y, v, rows, weights);
    }

    /** The result of a fit: coefficients, tests, heterogeneity and fit statistics. */
    static MetaRegressionResult result(MetaRegression settings, RegressionFit fit) {
        double[] y = fit.y();
        double[] v = fit.v();
        double[][] rows = fit.x().rows();
        int k = fit.k();
        int p = fit.p();
        List<Coefficient> coefficients = new ArrayList<>(p);
        double critical = fit.critical();
        for (int j = 0; j < p; j++) {
            double se = Math.sqrt(fit.scale() * fit.modelCovariance()[j][j]);
            double b = fit.beta()[j];
            double statistic = b / se;
            coefficients.add(new Coefficient(fit.x().names().get(j), b, se, statistic, fit.twoSidedP(statistic),
                    b - critical * se, b + critical * se));
        }
        SubsetTest qm = omnibus(fit);
        WeightedFit fixed = WeightedFit.at(y, v, rows, 0);
        double qe = Math.max(0, fixed.ypy());
        double typical = (k - p) / fixed.traceP(rows);
        boolean random = fit.model() == Model.RANDOM;
        double tau2 = fit.tau2();
        double i2 = random ? 100 * tau2 / (typical + tau2) : qe > 0 ? Math.max(0, 100 * (qe - (k - p)) / qe) : 0;
        double h2 = random ? (typical + tau2) / typical : qe / (k - p);
        double[] ci = random ? ResidualHeterogeneityEstimator.qProfileInterval(y, v, rows, settings.level())
                : new double[] {Double.NaN, Double.NaN};
        return new MetaRegressionResult(random ? settings.estimator() : null, settings.confidenceMethod(), k,
                coefficients, tau2, i2, h2, r2(settings, fit), qm.statistic(), qm.df(), qm.df2(), qm.pValue(), qe,
                k - p, ChiSquaredDistribution.of(k - p).survivalProbability(qe), fit.model(), ci[0], ci[1],
                fitStatistics(fit, random && settings.estimator() == TauSquaredEstimator.REML), fit);
    }

    /** The test of every coefficient but the intercept; NaN figures with df 0 when there is none. */
    private static SubsetTest omnibus(RegressionFit fit) {
        int from = fit.x().hasIntercept() ? 2 : 1;
        if (from > fit.p()) {
            return new SubsetTest(List.of(), Double.NaN, 0, Double.NaN, Double.NaN);
        }
        int[] moderators = new int[fit.p() - from + 1];
        for (int j = 0; j < moderators.length; j++) {
            moderators[j] = from + j;
        }
        return SubsetTest.of(fit, moderators);
    }

    /**
     * R² in percent, as metafor's default: for a random-effects model max(0, (τ²₀ - τ²)/τ²₀) with τ²₀ from the
     * intercept-only model with the same estimator (0 when τ²₀ = 0); for a common-effect model the adjusted R² of
     * the weighted least-squares fit. NaN without an intercept or moderators.
     */
    private static double r2(MetaRegression settings, RegressionFit fit) {
        if (!fit.x().hasIntercept() || fit.p() < 2) {
            return Double.NaN;
        }
        int k = fit.k();
        double[][] ones = Matrices.interceptOnly(k);
        double[] weights = fit.userWeights() ? fit.weights() : null;
        if (fit.model() == Model.RANDOM) {
            double tau2Null = ResidualHeterogeneityEstimator.estimate(settings.estimator(), fit.y(), fit.v(), ones,
                    weights);
            return tau2Null > 0 ? Math.max(0, 100 * (tau2Null - fit.tau2()) / tau2Null) : 0;
        }
        double[] w = weights != null ? weights : inverse(fit.v());
        double residual = WeightedFit.withWeights(fit.y(), fit.x().rows(), w).ypy();
        double total = WeightedFit.withWeights(fit.y(), ones, w).ypy();
        if (total == 0) {
            return 0;
        }
        double adjusted = 1 - (residual / (k - fit.p())) / (total / (k - 1));
        return Math.max(0, 100 * adjusted);
    }

    private static double[] inverse(double[] v) {
        double[] w = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            w[i] = 1 / v[i];
        }
        return w;
    }

    /**
     * metafor's fit statistics of the model: ℓ_ML = -½(k log 2π + Σ log(vᵢ + τ²) + Σwᵢrᵢ²) with wᵢ = 1/(vᵢ + τ²) and
     * rᵢ the residuals of β; ℓ_REML = ℓ_ML with k - p for k, plus ½ log det X'X - ½ log det X'WX
     * ({@code REMLf = TRUE}); deviance against the saturated model (ML) or -2ℓ (REML); AIC, BIC and AICc with
     * m = p + 1 parameters (p in a common-effect model) and n = k (ML) or k - p (REML).
     */
    static FitStatistics fitStatistics(RegressionFit fit, boolean restricted) {
        double[] y = fit.y();
        double[] v = fit.v();
        double[][] rows = fit.x().rows();
        int k = fit.k();
        int p = fit.p();
        double tau2 = fit.tau2();
        double sumLog = 0;
        double rss = 0;
        double saturated = 0;
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            w[i] = 1 / (v[i] + tau2);
            double r = y[i] - fit.combination(rows[i]);
            sumLog += Math.log(v[i] + tau2);
            rss += w[i] * r * r;
            saturated += -0.5 * Math.log(2 * Math.PI * v[i]);
        }
        double logLik;
        double n;
        if (restricted) {
            logLik = -0.5 * ((k - p) * Math.log(2 * Math.PI) + sumLog + rss)
                    + 0.5 * Matrices.logDeterminant(Matrices.crossProduct(rows))
                    - 0.5 * Matrices.logDeterminant(Matrices.weightedCrossProduct(rows, w));
            n = k - p;
        } else {
            logLik = -0.5 * (k * Math.log(2 * Math.PI) + sumLog + rss);
            n = k;
        }
        double deviance = restricted ? -2 * logLik : -2 * (logLik - saturated);
        int parameters = p + (fit.model() == Model.RANDOM ? 1 : 0);
        double nPrime = Math.max(n, parameters + 2);
        return new FitStatistics(restricted, logLik, deviance, -2 * logLik + 2 * parameters,
                -2 * logLik + parameters * Math.log(n), -2 * logLik + 2 * parameters * nPrime / (nPrime - parameters - 1));
    }
}
