package org.evsynth.stats.regression;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.PredictionMethod;

/**
 * What a fitted meta-regression keeps for the views computed from it afterwards (tests of coefficients, linear
 * combinations, predictions, cluster-robust errors), as metafor's fitted object keeps yi, vi, X, β and vb. The
 * arrays are the fit's own and must not be changed.
 *
 * @param y the effects, analysis scale
 * @param v their sampling variances
 * @param x the model matrix
 * @param model random or common effects
 * @param tau2 the residual τ² (0 in a common-effect model)
 * @param weights the weights that gave β: 1/(vᵢ + τ²), or the user's weights
 * @param userWeights whether {@link #weights} are the user's
 * @param beta the coefficients
 * @param modelCovariance their model-based covariance, (X'WX)⁻¹, or the sandwich (X'AX)⁻¹X'A(V + τ²I)AX(X'AX)⁻¹
 *                        with user weights A
 * @param scale the Hartung-Knapp factor s² by which inference scales {@link #modelCovariance} (1 for Wald)
 * @param df the degrees of freedom of t and F tests, k - p, or NaN for z and χ² tests
 * @param level the confidence level, e.g. 0.95
 * @param predictionMethod the distribution of prediction intervals
 */
public record RegressionFit(double[] y, double[] v, ModelMatrix x, Model model, double tau2, double[] weights,
                            boolean userWeights, double[] beta, double[][] modelCovariance, double scale, double df,
                            double level, PredictionMethod predictionMethod) {

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    /** The number of studies. */
    public int k() {
        return y.length;
    }

    /** The number of coefficients. */
    public int p() {
        return beta.length;
    }

    /** The coefficients' covariance used for inference: {@link #modelCovariance} times {@link #scale}. */
    public double[][] covariance() {
        int p = p();
        double[][] scaled = new double[p][p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                scaled[a][b] = scale * modelCovariance[a][b];
            }
        }
        return scaled;
    }

    /** The two-sided critical value at the fit's level: t(df), or z. */
    public double critical() {
        return critical(df);
    }

    /** The two-sided p-value of a t(df) or z statistic. */
    public double twoSidedP(double statistic) {
        double tail = Double.isNaN(df) ? NORMAL.survivalProbability(Math.abs(statistic))
                : TDistribution.of(df).survivalProbability(Math.abs(statistic));
        return 2 * tail;
    }

    double critical(double degrees) {
        double upper = (1 + level) / 2;
        return Double.isNaN(degrees) ? NORMAL.inverseCumulativeProbability(upper)
                : TDistribution.of(degrees).inverseCumulativeProbability(upper);
    }

    /** r'Cr for a row r and the inference covariance C (scaled = true) or the model-based one. */
    double quadratic(double[] r, boolean scaled) {
        double sum = 0;
        for (int a = 0; a < r.length; a++) {
            for (int b = 0; b < r.length; b++) {
                sum += r[a] * modelCovariance[a][b] * r[b];
            }
        }
        return scaled ? scale * sum : sum;
    }

    /** r'β. */
    double combination(double[] r) {
        double sum = 0;
        for (int j = 0; j < r.length; j++) {
            sum += r[j] * beta[j];
        }
        return sum;
    }
}
