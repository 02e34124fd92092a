package org.evsynth.stats.numeric;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.numbers.rootfinder.BrentSolver;

/**
 * The distribution of a positive linear combination of independent χ²₁ variables, Q = Σλⱼχ²₁ⱼ with λⱼ &gt; 0, the
 * law of a quadratic form y'Py in normal variables (the generalised Q statistic of a meta-analysis with fixed
 * weights, Jackson 2013), by Imhof's (1961) inversion formula:
 * P(Q &gt; x) = ½ + (1/π) ∫₀^∞ sin θ(u) / (u ρ(u)) du, θ(u) = ½ Σ arctan(λⱼu) - ½xu, ρ(u) = Π (1 + λⱼ²u²)^¼.
 *
 * <p>The integral is taken with adaptive Gauss-Kronrod quadrature up to the point U beyond which Imhof's bound on
 * the truncation error, 2/(π r U^{r/2} Π λⱼ^½) for r terms, is below 1e-15. When that would span too many
 * oscillations (few terms with very unequal λ), the integral is taken to the point from which θ decreases
 * monotonically, and the rest as the alternating series of its lobes between the zeros of sin θ, summed with
 * Wynn's ε-algorithm (the approach of QUADPACK's QAWF for Fourier integrals). Probabilities are accurate to about
 * 1e-13 in absolute terms; tail probabilities far below that are not resolved (Imhof's formula subtracts from ½).
 */
public final class QuadraticFormDistribution {

    /** The absolute accuracy aimed at: the truncation bound and the quadrature tolerance. */
    private static final double ACCURACY = 1e-15;
    /** Oscillations of the integrand that the quadrature takes directly before the lobe series takes over. */
    private static final double DIRECT_OSCILLATIONS = 400;
    private static final int MAX_LOBES = 2000;
    private static final GaussKronrod QUADRATURE = GaussKronrod.of(ACCURACY, 1e-14, 20_000);

    private final Spectrum spectrum;

    private QuadraticFormDistribution(Spectrum spectrum) {
        this.spectrum = spectrum;
    }

    /**
     * Σλⱼχ²₁ⱼ for these weights.
     *
     * @throws IllegalArgumentException unless there is at least one weight and every weight is positive and finite
     */
    public static QuadraticFormDistribution of(double[] lambda) {
        if (lambda.length == 0) {
            throw new IllegalArgumentException("a quadratic form needs at least one weight");
        }
        for (double l : lambda) {
            if (!(l > 0) || !Double.isFinite(l)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "the weights of a quadratic form in χ² variables must be positive numbers, got %s", l));
            }
        }
        return new QuadraticFormDistribution(Spectrum.of(lambda.clone()));
    }

    /**
     * The law of Q_a = Σaᵢ(yᵢ - ȳ_a)², ȳ_a = Σaᵢyᵢ/Σaᵢ, for independent yᵢ ~ N(μ, sᵢ): the quadratic form y'Py with
     * P = A - aaᵀ/Σa, whose weights are the k - 1 non-zero eigenvalues of S^½PS^½ = D - zzᵀ/Σa with D = diag(aᵢsᵢ)
     * and zᵢ = aᵢ√sᵢ. They are never formed: Π(1 + iuλⱼ) is det(I + iuD)(1 - (iu/Σa) Σzᵢ²/(1 + iudᵢ)) by the
     * matrix determinant lemma, so each step of the integration is O(k).
     *
     * @param a the weights aᵢ, positive, at least two
     * @param s the variances sᵢ, positive
     */
    public static QuadraticFormDistribution ofWeightedDeviations(double[] a, double[] s) {
        if (a.length < 2 || a.length != s.length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "weighted deviations need at least two studies with one weight and one variance each, got %d "
                            + "weights and %d variances", a.length, s.length));
        }
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] > 0) || !(s[i] > 0) || !Double.isFinite(a[i]) || !Double.isFinite(s[i])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "weights and variances must be positive numbers, got %s and %s", a[i], s[i]));
            }
        }
        return new QuadraticFormDistribution(Spectrum.ofRankOneDowndate(a, s));
    }

    /** E[Q] = Σλⱼ. */
    public double mean() {
        return spectrum.sum();
    }

    /** Var(Q) = 2Σλⱼ². */
    public double variance() {
        return 2 * spectrum.sumSquares();
    }

    /** P(Q ≤ x). */
    public double cumulativeProbability(double x) {
        return 1 - survivalProbability(x);
    }

    /**
     * P(Q &gt; x), 1 for x ≤ 0.
     *
     * @throws ArithmeticException if the integral does not converge (not expected for positive weights)
     */
    public double survivalProbability(double x) {
        if (!(x > 0)) {
            return 1;
        }
        Integrand f = new Integrand(spectrum, x);
        int r = spectrum.rank();
        double logTruncation = (Math.log(2 / (Math.PI * r * ACCURACY)) - 0.5 * spectrum.sumLog()) * 2 / r;
        double truncation = Math.exp(Math.min(logTruncation, 700));
        double monotone = Math.sqrt(spectrum.sumInverseBound() / x);
        double integral;
        if (truncation <= monotone || x * (truncation - monotone) / (2 * Math.PI) <= DIRECT_OSCILLATIONS) {
            integral = QUADRATURE.integrate(f, 0, truncation);
        } else {
            integral = QUADRATURE.integrate(f, 0, monotone) + lobes(f, monotone, truncation, x);
        }
        double p = 0.5 + integral / Math.PI;
        return Math.min(1, Math.max(0, p));
    }

    /**
     * ∫ from `start` to ∞ of an integrand whose phase θ decreases monotonically from `start` on, as the series of
     * its lobes between consecutive multiples of π, extrapolated by Wynn's ε-algorithm; the partial sum is exact
     * enough once the lobes pass `truncation`.
     */
    private static double lobes(Integrand f, double start, double truncation, double x) {
        double halfPeriod = 2 * Math.PI / x;
        double phase = f.theta(start);
        double target = Math.floor(phase / Math.PI) * Math.PI;
        if (target == phase) {
            target -= Math.PI;
        }
        List<Double> partialSums = new ArrayList<>();
        double sum = 0;
        double from = start;
        double previous = Double.NaN;
        BrentSolver solver = new BrentSolver(1e-15, 1e-15 * halfPeriod, 0);
        for (int lobe = 0; lobe < MAX_LOBES; lobe++) {
            double level = target;
            double to = from + halfPeriod;
            while (f.theta(to) > level) {
                to += halfPeriod;
            }
            double end = solver.findRoot(u -> f.theta(u) - level, from, to);
            sum += QUADRATURE.integrate(f, from, end);
            partialSums.add(sum);
            if (end >= truncation) {
                return sum;
            }
            if (partialSums.size() >= 6) {
                double estimate = WynnEpsilon.limit(partialSums);
                if (Math.abs(estimate - previous) <= 10 * ACCURACY) {
                    return estimate;
                }
                previous = estimate;
            }
            from = end;
            target -= Math.PI;
        }
        throw new ArithmeticException("Imhof's integral did not converge in " + MAX_LOBES + " lobes");
    }

    /** sin θ(u) / (u ρ(u)), with its limit ½(Σλ - x) at u = 0. */
    private static final class Integrand implements java.util.function.DoubleUnaryOperator {
        private final Spectrum spectrum;
        private final double x;
        private final double[] sums = new double[2];

        Integrand(Spectrum spectrum, double x) {
            this.spectrum = spectrum;
            this.x = x;
        }

        double theta(double u) {
            spectrum.at(u, sums);
            return 0.5 * sums[0] - 0.5 * x * u;
        }

        @Override
        public double applyAsDouble(double u) {
            if (u == 0) {
                return 0.5 * (spectrum.sum() - x);
            }
            spectrum.at(u, sums);
            double theta = 0.5 * sums[0] - 0.5 * x * u;
            return Math.sin(theta) / (u * Math.exp(0.25 * sums[1]));
        }
    }
}
