package org.evsynth.stats.meta;

/**
 * Between-study heterogeneity. Figures that do not apply (tau² in a common-effect model, anything at k = 1)
 * are NaN.
 *
 * @param q Cochran's Q around the common-effect (or Mantel-Haenszel / Peto) estimate
 * @param df its degrees of freedom, k - 1
 * @param pValue the chi-square p-value of Q
 * @param tau2 between-study variance τ²
 * @param tau its square root
 * @param tau2CiLower lower Q-profile confidence limit for τ² (Viechtbauer 2007)
 * @param tau2CiUpper upper Q-profile confidence limit for τ²
 * @param i2 I² in percent: from τ² for random-effects models, 100 τ²/(τ² + s²) with s² the typical
 *           within-study variance (Higgins & Thompson 2002, as metafor and RevMan since 2025); from Q otherwise
 * @param i2Q the classical I² from Q, 100 max(0, (Q - df)/Q)
 * @param i2CiLower lower confidence limit of I², from the τ² limits
 * @param i2CiUpper upper confidence limit of I²
 * @param h2 H², (τ² + s²)/s² for random-effects models, Q/df otherwise
 */
public record Heterogeneity(double q, int df, double pValue, double tau2, double tau,
                            double tau2CiLower, double tau2CiUpper, double i2, double i2Q,
                            double i2CiLower, double i2CiUpper, double h2) {

    /** No heterogeneity figures: a single study. */
    static Heterogeneity none() {
        double nan = Double.NaN;
        return new Heterogeneity(nan, 0, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan);
    }
}
