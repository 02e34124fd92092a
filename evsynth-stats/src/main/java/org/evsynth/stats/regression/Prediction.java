package org.evsynth.stats.regression;

import java.util.LinkedHashMap;
import java.util.Map;

import org.evsynth.stats.meta.BackTransform;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.PredictionMethod;

/**
 * The predicted effect at given moderator values, x'β, with its confidence interval (as metafor's
 * {@code predict}: z, or t(k - p) with the Hartung-Knapp variance) and its prediction interval for the effect in
 * a new study with those moderator values, x'β ± c √(τ² + x'(X'WX)⁻¹x). The prediction interval is formed as the
 * pooled model's (Higgins, Thompson & Spiegelhalter 2009, with Riley et al. 2011's degrees of freedom): the
 * model-based variance, and t with k - p - 1 degrees of freedom or the normal quantile (metafor's
 * {@code pi.type = "Riley"} on a z-test fit, or the default there); none in a common-effect model.
 *
 * @param values the moderator values, by moderator
 * @param theta x'β, analysis scale
 * @param se its standard error (Hartung-Knapp-scaled under HKSJ)
 * @param estimate x'β on the natural scale
 * @param ciLower the lower confidence limit, natural scale
 * @param ciUpper the upper confidence limit, natural scale
 * @param piLower the lower prediction limit, natural scale; NaN in a common-effect model or with t and k - p &lt; 2
 * @param piUpper the upper prediction limit, natural scale
 */
public record Prediction(Map<String, String> values, double theta, double se, double estimate, double ciLower,
                         double ciUpper, double piLower, double piUpper) {

    /** Copies the map, keeping its order. */
    public Prediction {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    static Prediction of(RegressionFit fit, Map<String, String> values, BackTransform natural) {
        double[] row = fit.x().row(values);
        double theta = fit.combination(row);
        double se = Math.sqrt(fit.quadratic(row, true));
        double critical = fit.critical();
        double piLower = Double.NaN;
        double piUpper = Double.NaN;
        int piDf = fit.k() - fit.p() - 1;
        boolean t = fit.predictionMethod() == PredictionMethod.T;
        if (fit.model() == Model.RANDOM && (!t || piDf >= 1)) {
            double half = fit.critical(t ? piDf : Double.NaN) * Math.sqrt(fit.tau2() + fit.quadratic(row, false));
            piLower = natural.toNatural(theta - half);
            piUpper = natural.toNatural(theta + half);
        }
        return new Prediction(values, theta, se, natural.toNatural(theta), natural.toNatural(theta - critical * se),
                natural.toNatural(theta + critical * se), piLower, piUpper);
    }
}
