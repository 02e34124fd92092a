package org.evsynth.stats.meta;

/**
 * Model-fit statistics, as metafor's {@code fitstats}: the log-likelihood, the deviance, AIC, BIC and AICc, under
 * the full (ML) or the restricted (REML) likelihood of yᵢ ~ N(μ, vᵢ + τ²):
 * ℓ_ML = -½(k log 2π + Σ log(vᵢ + τ²) + Σwᵢ(yᵢ - μ̂)²), ℓ_REML = ℓ_ML with (k-1) for k in the first term,
 * plus ½ log k - ½ log Σwᵢ (metafor's {@code REMLf = TRUE}); deviance ML = -2(ℓ_ML - Σ log φ(0; vᵢ)) (against the
 * saturated model), REML = -2ℓ_REML; AIC = -2ℓ + 2m, BIC = -2ℓ + m log n, AICc = -2ℓ + 2m n'/(n' - m - 1) with
 * n' = max(n, m + 2), where m counts μ and τ² (when estimated) and n is k (ML) or k - 1 (REML).
 *
 * @param restricted whether these are the REML figures
 * @param logLik the log-likelihood
 * @param deviance the deviance
 * @param aic Akaike's information criterion
 * @param bic the Bayesian information criterion
 * @param aicc AIC with the small-sample correction
 */
public record FitStatistics(boolean restricted, double logLik, double deviance, double aic, double bic,
                            double aicc) {

    /**
     * The statistics of an inverse-variance analysis, from its study rows and τ² (0 for a common-effect model):
     * REML figures for a REML fit and ML figures otherwise, as {@code fitstats} prints them.
     *
     * @throws IllegalArgumentException for Mantel-Haenszel or Peto pooling, which have no likelihood here
     */
    public static FitStatistics of(MetaAnalysisResult result) {
        return of(result, result.estimator() == TauSquaredEstimator.REML);
    }

    /** The ML (restricted = false) or REML figures of an inverse-variance analysis. */
    public static FitStatistics of(MetaAnalysisResult result, boolean restricted) {
        if (result.pooling() != Pooling.IV) {
            throw new IllegalArgumentException("fit statistics are for inverse-variance models, not "
                    + result.pooling());
        }
        double[] y = result.studyThetas();
        double[] v = result.studyVariances();
        boolean estimated = result.model() == Model.RANDOM && !Double.isNaN(result.heterogeneity().tau2Se());
        double tau2 = result.model() == Model.RANDOM ? result.heterogeneity().tau2() : 0;
        return of(y, v, tau2, restricted, estimated ? 2 : 1);
    }

    static FitStatistics of(double[] y, double[] v, double tau2, boolean restricted, int parameters) {
        int k = y.length;
        double logLik = logLikelihood(y, v, tau2, restricted);
        double n = restricted ? k - 1 : k;
        double deviance = -2 * logLik;
        if (!restricted) {
            double saturated = 0;
            for (double vi : v) {
                saturated += -0.5 * Math.log(2 * Math.PI * vi);
            }
            deviance = -2 * (logLik - saturated);
        }
        double nPrime = Math.max(n, parameters + 2);
        return new FitStatistics(restricted, logLik, deviance, -2 * logLik + 2 * parameters,
                -2 * logLik + parameters * Math.log(n),
                -2 * logLik + 2 * parameters * nPrime / (nPrime - parameters - 1));
    }

    /** ℓ_ML or ℓ_REML at τ², μ at its weighted least-squares value. */
    static double logLikelihood(double[] y, double[] v, double tau2, boolean restricted) {
        int k = y.length;
        double sumLog = 0;
        double sumW = 0;
        double sumWY = 0;
        for (int i = 0; i < k; i++) {
            double m = v[i] + tau2;
            sumLog += Math.log(m);
            sumW += 1 / m;
            sumWY += y[i] / m;
        }
        double mean = sumWY / sumW;
        double q = 0;
        for (int i = 0; i < k; i++) {
            double r = y[i] - mean;
            q += r * r / (v[i] + tau2);
        }
        if (restricted) {
            return -0.5 * ((k - 1) * Math.log(2 * Math.PI) + sumLog + Math.log(sumW) - Math.log(k) + q);
        }
        return -0.5 * (k * Math.log(2 * Math.PI) + sumLog + q);
    }
}
