package org.evsynth.stats.regression;

import java.util.Arrays;

/**
 * An ordinary or weighted linear model fitted as R's {@code lm(y ~ X - 1, weights = w)}: coefficients by
 * weighted least squares and standard errors scaled by the residual variance σ̂² = Σwᵢrᵢ²/(k - p), so that
 * inference uses t with k - p degrees of freedom. The regression tests for small-study effects (Egger,
 * Peters, Harbord) are such models.
 *
 * @param coefficients the estimates
 * @param standardErrors their standard errors
 * @param residualDf k - p
 */
public record WeightedLinearModel(double[] coefficients, double[] standardErrors, int residualDf) {

    /**
     * Fits the model.
     *
     * @param y the response
     * @param x the model matrix, one row per observation
     * @param weights the weights, or null for ordinary least squares
     * @throws IllegalArgumentException if there are no residual degrees of freedom or X is not of full rank
     */
    public static WeightedLinearModel fit(double[] y, double[][] x, double[] weights) {
        int k = y.length;
        int p = x[0].length;
        if (k <= p) {
            throw new IllegalArgumentException("a linear model with " + p + " coefficients needs more than " + p
                    + " observations, got " + k);
        }
        double[] w = weights;
        if (w == null) {
            w = new double[k];
            Arrays.fill(w, 1);
        }
        WeightedFit fit;
        try {
            fit = WeightedFit.withWeights(y, x, w);
        } catch (CollinearityException e) {
            throw new IllegalArgumentException("the regression's model matrix is not of full rank", e);
        }
        double sigma2 = fit.ypy() / (k - p);
        double[] se = new double[p];
        for (int j = 0; j < p; j++) {
            se[j] = Math.sqrt(sigma2 * fit.covariance()[j][j]);
        }
        return new WeightedLinearModel(fit.beta(), se, k - p);
    }
}
