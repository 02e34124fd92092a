package org.evsynth.stats.meta;

/**
 * The inverse-variance sums at a given tau², wᵢ = 1/(vᵢ + τ²), from which the pooled estimate and every
 * estimator's update are computed in one pass.
 *
 * @param sumW Σw
 * @param sumW2 Σw²
 * @param sumW3 Σw³
 * @param mean μ̂ = Σwy/Σw
 * @param q Σwᵢ(yᵢ - μ̂)², Cochran's Q at τ² = 0, the generalised Q otherwise
 * @param sumWResidualSquared Σ(wᵢ(yᵢ - μ̂))², that is y'PPy
 */
record WeightedSums(double sumW, double sumW2, double sumW3, double mean, double q, double sumWResidualSquared) {

    static WeightedSums at(double[] y, double[] v, double tau2) {
        int k = y.length;
        double sumW = 0;
        double sumW2 = 0;
        double sumW3 = 0;
        double sumWY = 0;
        for (int i = 0; i < k; i++) {
            double w = 1 / (v[i] + tau2);
            sumW += w;
            sumW2 += w * w;
            sumW3 += w * w * w;
            sumWY += w * y[i];
        }
        double mean = sumWY / sumW;
        double q = 0;
        double wr2 = 0;
        for (int i = 0; i < k; i++) {
            double w = 1 / (v[i] + tau2);
            double r = y[i] - mean;
            q += w * r * r;
            wr2 += w * w * r * r;
        }
        return new WeightedSums(sumW, sumW2, sumW3, mean, q, wr2);
    }
}
