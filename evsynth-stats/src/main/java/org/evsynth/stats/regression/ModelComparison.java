package org.evsynth.stats.regression;

import java.util.Locale;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.evsynth.stats.meta.FitStatistics;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.TauSquaredEstimator;

/**
 * The likelihood-ratio test of two nested meta-regressions fitted by maximum likelihood, as metafor's
 * {@code anova(full, reduced)}: LRT = -2(ℓ_reduced - ℓ_full), the difference of their ML deviances (0 if
 * negative), on as many degrees of freedom as the full model has more parameters, with both models' AIC.
 *
 * @param lrt the likelihood-ratio statistic
 * @param df the difference in the number of parameters
 * @param pValue P(χ²(df) ≥ LRT)
 * @param aicFull the full model's AIC (ML)
 * @param aicReduced the reduced model's AIC (ML)
 * @param logLikFull the full model's ML log-likelihood
 * @param logLikReduced the reduced model's ML log-likelihood
 * @param tau2Full the full model's residual τ² (0 for common-effect models)
 * @param tau2Reduced the reduced model's residual τ²
 */
public record ModelComparison(double lrt, int df, double pValue, double aicFull, double aicReduced,
                              double logLikFull, double logLikReduced, double tau2Full, double tau2Reduced) {

    static ModelComparison of(MetaRegression settings, double[] y, double[] v, ModelMatrix full,
                              ModelMatrix reduced) {
        if (settings.model() == Model.RANDOM) {
            TauSquaredEstimator estimator = settings.estimator();
            if (estimator == TauSquaredEstimator.REML) {
                throw new IllegalArgumentException("REML fits of models with different fixed effects cannot be "
                        + "compared by a likelihood-ratio test: the restricted likelihood of each is that of its own "
                        + "residual contrasts, not of the same data (metafor: 'REML comparisons not meaningful for "
                        + "models with different fixed effects'); fit both models by ML");
            }
            if (estimator != TauSquaredEstimator.ML) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "a likelihood-ratio test needs models fitted by ML (or common-effect models); %s maximises no "
                                + "likelihood", estimator));
            }
        }
        if (reduced.p() == full.p()) {
            throw new IllegalArgumentException("the reduced model keeps every moderator of the full model, so both "
                    + "have the same parameters and there is nothing to test");
        }
        RegressionFit fullFit = RegressionFitter.fit(settings, y, v, full, null);
        RegressionFit reducedFit = RegressionFitter.fit(settings, y, v, reduced, null);
        FitStatistics f = RegressionFitter.fitStatistics(fullFit, false);
        FitStatistics r = RegressionFitter.fitStatistics(reducedFit, false);
        double lrt = Math.max(0, r.deviance() - f.deviance());
        int df = full.p() - reduced.p();
        return new ModelComparison(lrt, df, ChiSquaredDistribution.of(df).survivalProbability(lrt), f.aic(), r.aic(),
                f.logLik(), r.logLik(), fullFit.tau2(), reducedFit.tau2());
    }
}
