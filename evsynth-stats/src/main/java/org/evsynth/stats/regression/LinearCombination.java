package org.evsynth.stats.regression;

import java.util.List;
import java.util.Locale;

/**
 * A linear combination of the coefficients, L'β with its standard error √(L'CL), test and confidence interval
 * (metafor's {@code anova(x, X = L)}; the interval as {@code predict} forms it), on the analysis scale: z, or t
 * with k - p degrees of freedom under Hartung-Knapp inference.
 *
 * @param weights the weights L, one per coefficient, the intercept first
 * @param estimate L'β
 * @param se its standard error
 * @param statistic z or t
 * @param pValue the two-sided p-value
 * @param ciLower the lower confidence limit
 * @param ciUpper the upper confidence limit
 */
public record LinearCombination(List<Double> weights, double estimate, double se, double statistic, double pValue,
                                double ciLower, double ciUpper) {

    /** Copies the list. */
    public LinearCombination {
        weights = List.copyOf(weights);
    }

    /**
     * The combination of a fit's coefficients.
     *
     * @throws IllegalArgumentException unless there is one finite weight per coefficient
     */
    static LinearCombination of(RegressionFit fit, double... weights) {
        if (weights.length != fit.p()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a linear combination needs one weight per coefficient (%d, the intercept first), got %d",
                    fit.p(), weights.length));
        }
        for (double w : weights) {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("the weights of a linear combination must be numbers, got " + w);
            }
        }
        double estimate = fit.combination(weights);
        double se = Math.sqrt(fit.quadratic(weights, true));
        double statistic = estimate / se;
        double critical = fit.critical();
        return new LinearCombination(java.util.Arrays.stream(weights).boxed().toList(), estimate, se, statistic,
                fit.twoSidedP(statistic), estimate - critical * se, estimate + critical * se);
    }
}
