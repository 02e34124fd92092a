package org.evsynth.stats.meta;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.numbers.rootfinder.BrentSolver;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.evsynth.stats.numeric.GaussKronrod;

/**
 * The Henmi-Copas interval (Henmi & Copas 2010), as metafor's {@code hc()}: a confidence interval around the
 * common-effect estimate that stays valid under random effects and is robust to publication bias, because it
 * keeps the inverse-variance weights 1/vᵢ (which bias does not distort as much as random-effects weights) while
 * allowing for τ² (estimated by DerSimonian-Laird) in its width.
 *
 * <p>With wᵢ = 1/vᵢ, W₁ = Σwᵢ and W_m = Σwᵢᵐ/W₁, the estimate is μ̂ = Σwᵢyᵢ/W₁ with variance (τ²W₂ + 1)/W₁. The
 * limits are μ̂ ± u₀·SE, u₀ = √(1 + τ²W₂)·t₀, where t₀ solves
 * ∫ₜ^∞ G(f⁻¹(r/t); r) φ(r) dr = α/2, G the gamma distribution function with the mean EQ(r) and variance VQ(r) of
 * Cochran's Q given the standardised estimate r (the paper's Appendix), f⁻¹(f) = (W₁/W₂ - 1)(f² - 1) + (k - 1).
 * t₀ is searched from [0, 2] as in metafor, the bracket widened when the level needs more (above about 95.4%,
 * where metafor's search fails).
 *
 * @param theta the common-effect estimate, analysis scale
 * @param se its standard error allowing for τ²
 * @param estimate the estimate, natural scale
 * @param ciLower the lower limit, natural scale
 * @param ciUpper the upper limit, natural scale
 * @param tau2 the DerSimonian-Laird τ² it allows for
 */
public record HenmiCopas(double theta, double se, double estimate, double ciLower, double ciUpper, double tau2) {

    private static final GaussKronrod QUADRATURE = GaussKronrod.of(1e-15, 1e-13, 2_000);
    /** φ(r) is below 1e-300 this far above the lower limit, so the integral ends there. */
    private static final double NORMAL_SPAN = 38;

    /**
     * The interval for an inverse-variance analysis, at its confidence level.
     *
     * @throws IllegalArgumentException for a single study, or Mantel-Haenszel or Peto pooling
     */
    public static HenmiCopas of(MetaAnalysisResult result) {
        if (result.pooling() != Pooling.IV) {
            throw new IllegalArgumentException("the Henmi-Copas interval is for inverse-variance models, not "
                    + result.pooling());
        }
        int k = result.k();
        if (k < 2) {
            throw new IllegalArgumentException("the Henmi-Copas interval needs at least 2 studies, got " + k);
        }
        return of(result.studyThetas(), result.studyVariances(), result.level(), result.natural());
    }

    static HenmiCopas of(double[] y, double[] v, double level, BackTransform natural) {
        int k = y.length;
        double w1 = 0;
        double sumWY = 0;
        double[] sums = new double[5];
        for (int i = 0; i < k; i++) {
            double w = 1 / v[i];
            w1 += w;
            sumWY += w * y[i];
            for (int m = 2; m <= 4; m++) {
                sums[m] += Math.pow(w, m);
            }
        }
        double beta = sumWY / w1;
        double q = 0;
        for (int i = 0; i < k; i++) {
            q += (y[i] - beta) * (y[i] - beta) / v[i];
        }
        Moments moments = new Moments(k, w1, sums[2] / w1, sums[3] / w1, sums[4] / w1, q);
        double se = Math.sqrt((moments.tau2 * moments.w2 + 1) / w1);
        double alpha = 1 - level;
        DoubleUnaryOperator excess = t -> moments.tailIntegral(t) - alpha / 2;
        double upper = 2;
        while (excess.applyAsDouble(upper) > 0) {
            upper *= 2;
            if (upper > 1e6) {
                throw new ConvergenceException("Henmi-Copas", 20, upper);
            }
        }
        double t0 = new BrentSolver(1e-14, 1e-15, 0).findRoot(excess, 0, upper);
        double u0 = Math.sqrt(moments.vr) * t0;
        return new HenmiCopas(beta, se, natural.toNatural(beta), natural.toNatural(beta - u0 * se),
                natural.toNatural(beta + u0 * se), moments.tau2);
    }

    /** Cochran's Q given the standardised estimate: its conditional mean and variance (Henmi & Copas 2010). */
    private static final class Moments {
        private final int k;
        private final double w1;
        private final double w2;
        private final double w3;
        private final double w4;
        private final double tau2;
        private final double vr;

        Moments(int k, double w1, double w2, double w3, double w4, double q) {
            this.k = k;
            this.w1 = w1;
            this.w2 = w2;
            this.w3 = w3;
            this.w4 = w4;
            this.tau2 = Math.max(0, (q - (k - 1)) / (w1 - w2));
            this.vr = 1 + tau2 * w2;
        }

        double mean(double r) {
            return (k - 1) + tau2 * (w1 - w2) + tau2 * tau2 * (r * r / (vr * vr) - 1 / vr) * (w3 - w2 * w2);
        }

        double variance(double r) {
            double shift = r * r / (vr * vr) - 1 / vr;
            double spread = w3 - w2 * w2;
            return 2 * (k - 1) + 4 * tau2 * (w1 - w2) + 2 * tau2 * tau2 * (w1 * w2 - 2 * w3 + w2 * w2)
                    + 4 * tau2 * tau2 * shift * spread + 4 * tau2 * tau2 * tau2 * shift * (w4 - 2 * w2 * w3 + w2 * w2 * w2)
                    + 2 * Math.pow(tau2, 4) * (1 / (vr * vr) - 2 * r * r / (vr * vr * vr)) * spread * spread;
        }

        /** ∫ₜ^∞ G(f⁻¹(r/t); EQ, VQ at √VR·r) φ(r) dr. */
        double tailIntegral(double t) {
            double sdr = Math.sqrt(vr);
            DoubleUnaryOperator integrand = r -> {
                double f = r / t;
                double quantile = (w1 / w2 - 1) * (f * f - 1) + (k - 1);
                double m = mean(sdr * r);
                double s2 = variance(sdr * r);
                if (!(m > 0) || !(s2 > 0)) {
                    throw new ArithmeticException(String.format(Locale.ROOT,
                            "the Henmi-Copas moments of Q are not positive (mean %s, variance %s)", m, s2));
                }
                double density = Math.exp(-0.5 * r * r) / Math.sqrt(2 * Math.PI);
                return GammaDistribution.of(m * m / s2, s2 / m).cumulativeProbability(quantile) * density;
            };
            if (t == 0) {
                return 0.5;
            }
            return QUADRATURE.integrate(integrand, t, t + NORMAL_SPAN);
        }
    }
}
