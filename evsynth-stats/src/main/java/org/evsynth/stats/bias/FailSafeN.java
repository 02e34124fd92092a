package org.evsynth.stats.bias;

import java.util.List;
import java.util.Locale;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.evsynth.stats.effect.StudyEffect;

/**
 * The fail-safe N: how many unpublished null studies would overturn a conclusion, as metafor's {@code fsn}.
 * A dated and much criticised statistic (Becker 2005; Cochrane Handbook 13.3.5.5); offered because reviewers are
 * asked for it.
 *
 * @param method the method
 * @param n the number of null studies, rounded up to a whole study as metafor does (to the nearest whole number
 *          when within √ε of it); 0 when the result is already not significant
 * @param meanEffect the average effect the method works with: unweighted for Orwin, inverse-variance weighted
 *                   for Rosenberg, NaN for Rosenthal
 * @param pValue the p-value of the observed combined test (one-sided Stouffer for Rosenthal, two-sided z for
 *               Rosenberg), NaN for Orwin
 * @param target Orwin's target effect, NaN for the others
 */
public record FailSafeN(Method method, double n, double meanEffect, double pValue, double target) {

    /** The fail-safe N methods. */
    public enum Method {
        /**
         * Rosenthal (1979): the N null studies that bring Stouffer's combined z = Σzᵢ/√k below z₁₋α (one-sided):
         * N = max(0, k(z̄/z₁₋α)² - k), z̄ = |Σzᵢ|/√k, zᵢ = yᵢ/√vᵢ.
         */
        ROSENTHAL,
        /**
         * Orwin (1983): the N studies with effect 0 that bring the unweighted mean effect ȳ down to a target:
         * N = max(0, k(ȳ - target)/target), target ȳ/2 unless given (its sign made that of ȳ).
         */
        ORWIN,
        /**
         * Rosenberg (2005): the N studies of average weight and effect 0 that make the common-effect z test not
         * significant at α (two-sided): N = max(0, k((Σwᵢyᵢ/z₁₋α/₂)² - Σwᵢ)/Σwᵢ), wᵢ = 1/vᵢ.
         */
        ROSENBERG
    }

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    /** A whole number of studies: up, unless already whole to within √ε (metafor's rule). */
    private static double whole(double n) {
        if (Double.isInfinite(n)) {
            return n;
        }
        return Math.abs(n - Math.rint(n)) >= Math.sqrt(Math.ulp(1.0)) ? Math.ceil(n) : Math.rint(n);
    }

    private FailSafeN rounded() {
        return new FailSafeN(method, whole(n), meanEffect, pValue, target);
    }

    /**
     * Computes the fail-safe N.
     *
     * @param alpha the significance level (Rosenthal and Rosenberg), usually 0.05
     * @param target Orwin's target effect on the analysis scale, or NaN for half the mean effect
     */
    public static FailSafeN of(Method method, List<StudyEffect> effects, double alpha, double target) {
        int k = effects.size();
        if (k < 1) {
            throw new IllegalArgumentException("the fail-safe N needs at least one study");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "alpha (%s) must lie in (0, 1)", alpha));
        }
        return exact(method, effects, alpha, target).rounded();
    }

    private static FailSafeN exact(Method method, List<StudyEffect> effects, double alpha, double target) {
        int k = effects.size();
        double nan = Double.NaN;
        return switch (method) {
            case ROSENTHAL -> {
                double sumZ = 0;
                for (StudyEffect e : effects) {
                    sumZ += e.theta() / Math.sqrt(e.variance());
                }
                double zAverage = Math.abs(sumZ / Math.sqrt(k));
                double critical = NORMAL.inverseSurvivalProbability(alpha);
                yield new FailSafeN(method, Math.max(0, k * (zAverage / critical) * (zAverage / critical) - k), nan,
                        NORMAL.survivalProbability(zAverage), nan);
            }
            case ORWIN -> {
                double mean = effects.stream().mapToDouble(StudyEffect::theta).average().orElseThrow();
                double goal = Double.isNaN(target) ? mean / 2 : target;
                if (goal == 0) {
                    yield new FailSafeN(method, Double.POSITIVE_INFINITY, mean, nan, goal);
                }
                if (Math.signum(goal) != Math.signum(mean)) {
                    goal = -goal;
                }
                yield new FailSafeN(method, Math.max(0, k * (mean - goal) / goal), mean, nan, goal);
            }
            case ROSENBERG -> {
                double sumW = 0;
                double sumWY = 0;
                for (StudyEffect e : effects) {
                    sumW += 1 / e.variance();
                    sumWY += e.theta() / e.variance();
                }
                double mean = sumWY / sumW;
                double z = mean / Math.sqrt(1 / sumW);
                double critical = NORMAL.inverseSurvivalProbability(alpha / 2);
                double excess = (sumWY / critical) * (sumWY / critical) - sumW;
                yield new FailSafeN(method, Math.max(0, k * excess / sumW), mean,
                        2 * NORMAL.survivalProbability(Math.abs(z)), nan);
            }
        };
    }
}
