package org.evsynth.stats.meta;

/**
 * Between-study heterogeneity. Figures that do not apply (tau² in a common-effect model, anything at k = 1, the
 * SE and intervals of a τ² fixed by the user) are NaN.
 *
 * @param q Cochran's Q around the common-effect (or Mantel-Haenszel / Peto) estimate
 * @param df its degrees of freedom, k - 1
 * @param pValue the chi-square p-value of Q
 * @param tau2 between-study variance τ²
 * @param tau its square root
 * @param tau2CiLower lower confidence limit for τ², by {@link #tau2CiMethod} (Q-profile by default)
 * @param tau2CiUpper upper confidence limit for τ²
 * @param i2 I² in percent: from τ² for random-effects models, 100 τ²/(τ² + s²) with s² the typical
 *           within-study variance (Higgins & Thompson 2002, as metafor and RevMan since 2025); from Q otherwise
 * @param i2Q the classical I² from Q, 100 max(0, (Q - df)/Q)
 * @param i2CiLower lower confidence limit of I², from the τ² limits
 * @param i2CiUpper upper confidence limit of I²
 * @param h2 H², (τ² + s²)/s² for random-effects models, Q/df otherwise
 * @param tau2Se the standard error of τ̂², as metafor's {@code se.tau2} for the estimator
 *               (see {@code TauSquaredStandardError})
 * @param tau2CiMethod how the τ² interval was formed, or null when there is none
 * @param tauCiLower lower limit for τ, √ of the τ² limit
 * @param tauCiUpper upper limit for τ
 * @param h2CiLower lower limit for H², 1 + τ²/s² at the τ² limit
 * @param h2CiUpper upper limit for H²
 */
public record Heterogeneity(double q, int df, double pValue, double tau2, double tau,
                            double tau2CiLower, double tau2CiUpper, double i2, double i2Q,
                            double i2CiLower, double i2CiUpper, double h2, double tau2Se,
                            TauSquaredCiMethod tau2CiMethod, double tauCiLower, double tauCiUpper,
                            double h2CiLower, double h2CiUpper) {

    /** No heterogeneity figures: a single study. */
    static Heterogeneity none() {
        double nan = Double.NaN;
        return new Heterogeneity(nan, 0, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, null, nan, nan, nan,
                nan);
    }
}
