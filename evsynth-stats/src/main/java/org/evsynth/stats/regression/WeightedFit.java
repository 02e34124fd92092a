package org.evsynth.stats.regression;

/**
 * The weighted least-squares fit of y = Xβ at a given τ², weights wᵢ = 1/(vᵢ + τ²), with the quantities every
 * τ² estimator is built from. With A = (X'WX)⁻¹ and P = W - WXAX'W:
 * y'Py = Σwᵢrᵢ², y'PPy = Σ(wᵢrᵢ)², tr P = Σw - tr(A X'W²X), tr PP = Σw² - 2 tr(A X'W³X) + tr((A X'W²X)²),
 * each in O(kp²) without forming the k × k matrix P.
 *
 * @param beta the coefficients
 * @param covariance A = (X'WX)⁻¹, their model-based covariance
 * @param weights the wᵢ
 * @param residuals yᵢ - xᵢ'β
 * @param ypy y'Py, the generalised residual sum of squares (Q_E at τ² = 0)
 */
record WeightedFit(double[] beta, double[][] covariance, double[] weights, double[] residuals, double ypy) {

    /**
     * Fits at τ².
     *
     * @throws CollinearityException if X'WX is singular
     */
    static WeightedFit at(double[] y, double[] v, double[][] x, double tau2) {
        int k = y.length;
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            w[i] = 1 / (v[i] + tau2);
        }
        return withWeights(y, x, w);
    }

    /** Fits with given weights (all ones for ordinary least squares). */
    static WeightedFit withWeights(double[] y, double[][] x, double[] w) {
        double[][] xwx = Matrices.weightedCrossProduct(x, w);
        double[][] a = Matrices.inverse(xwx);
        if (a == null) {
            throw new CollinearityException(Matrices.singularColumn(xwx));
        }
        double[] beta = Matrices.times(a, Matrices.weightedCrossProduct(x, w, y));
        double[] r = new double[y.length];
        double ypy = 0;
        for (int i = 0; i < y.length; i++) {
            double fitted = 0;
            for (int j = 0; j < beta.length; j++) {
                fitted += x[i][j] * beta[j];
            }
            r[i] = y[i] - fitted;
            ypy += w[i] * r[i] * r[i];
        }
        return new WeightedFit(beta, a, w, r, ypy);
    }

    /** y'PPy = Σ(wᵢrᵢ)². */
    double ypppy() {
        double sum = 0;
        for (int i = 0; i < residuals.length; i++) {
            sum += weights[i] * residuals[i] * weights[i] * residuals[i];
        }
        return sum;
    }

    /** tr P. */
    double traceP(double[][] x) {
        double[] w2 = power(2);
        return sum(weights) - Matrices.traceOfProduct(covariance, Matrices.weightedCrossProduct(x, w2));
    }

    /** tr PP. */
    double tracePP(double[][] x) {
        double[][] axw2x = product(covariance, Matrices.weightedCrossProduct(x, power(2)));
        return sum(power(2)) - 2 * Matrices.traceOfProduct(covariance, Matrices.weightedCrossProduct(x, power(3)))
                + Matrices.traceOfProduct(axw2x, axw2x);
    }

    /** tr W = Σw. */
    double traceW() {
        return sum(weights);
    }

    /** tr WW = Σw². */
    double traceWW() {
        return sum(power(2));
    }

    private double[] power(int n) {
        double[] result = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            result[i] = Math.pow(weights[i], n);
        }
        return result;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    private static double[][] product(double[][] a, double[][] b) {
        int p = a.length;
        double[][] result = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                for (int m = 0; m < p; m++) {
                    result[i][j] += a[i][m] * b[m][j];
                }
            }
        }
        return result;
    }
}
