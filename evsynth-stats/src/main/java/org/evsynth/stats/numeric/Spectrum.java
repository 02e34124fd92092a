package org.evsynth.stats.numeric;

import java.util.Arrays;

/**
 * The weights λⱼ of a quadratic form Σλⱼχ²₁ⱼ as Imhof's integrand needs them: Σ arctan(λⱼu) and
 * Σ log(1 + λⱼ²u²) at u, and the bounds that place the truncation point.
 */
abstract class Spectrum {

    /** Fills out[0] with Σ arctan(λⱼu) and out[1] with Σ log(1 + λⱼ²u²). */
    abstract void at(double u, double[] out);

    /** The number of terms r. */
    abstract int rank();

    /** Σλⱼ. */
    abstract double sum();

    /** Σλⱼ². */
    abstract double sumSquares();

    /** A lower bound on Σ log λⱼ. */
    abstract double sumLog();

    /** An upper bound on Σ 1/λⱼ. */
    abstract double sumInverseBound();

    static Spectrum of(double[] lambda) {
        return new Eigenvalues(lambda);
    }

    static Spectrum ofRankOneDowndate(double[] a, double[] s) {
        return new RankOneDowndate(a, s);
    }

    /** Given weights. */
    private static final class Eigenvalues extends Spectrum {
        private final double[] lambda;
        private final double sum;
        private final double squares;
        private final double sumLog;
        private final double sumInverse;

        Eigenvalues(double[] lambda) {
            this.lambda = lambda;
            this.sum = java.util.Arrays.stream(lambda).sum();
            this.squares = java.util.Arrays.stream(lambda).map(l -> l * l).sum();
            this.sumLog = java.util.Arrays.stream(lambda).map(Math::log).sum();
            this.sumInverse = java.util.Arrays.stream(lambda).map(l -> 1 / l).sum();
        }

        @Override
        void at(double u, double[] out) {
            double angles = 0;
            double logs = 0;
            for (double l : lambda) {
                double lu = l * u;
                angles += Math.atan(lu);
                logs += Math.log1p(lu * lu);
            }
            out[0] = angles;
            out[1] = logs;
        }

        @Override
        int rank() {
            return lambda.length;
        }

        @Override
        double sum() {
            return sum;
        }

        @Override
        double sumSquares() {
            return squares;
        }

        @Override
        double sumLog() {
            return sumLog;
        }

        @Override
        double sumInverseBound() {
            return sumInverse;
        }
    }

    /**
     * The non-zero eigenvalues of D - zzᵀ/Σa with dᵢ = aᵢsᵢ and zᵢ² = aᵢ²sᵢ (so zᵢ²/dᵢ = aᵢ and one eigenvalue is
     * 0). By the determinant lemma, Π(1 + iuλⱼ) = Π(1 + iudᵢ) · c with c = Σ(aᵢ/(1 + iudᵢ))/Σa, whose real part
     * is positive, so arg c ∈ (-π/2, 0] is the principal argument and no phase is lost; c is summed term by
     * term, without the cancellation of 1 - (iu/Σa)Σzᵢ²/(1 + iudᵢ). The eigenvalues interlace the dᵢ
     * (λⱼ ≥ d₍ⱼ₋₁₎ in ascending order), which bounds Σ log λ and Σ 1/λ by the k - 1 smallest dᵢ.
     */
    private static final class RankOneDowndate extends Spectrum {
        private final double[] a;
        private final double[] d;
        private final double sumA;
        private final double trace;
        private final double traceSquared;
        private final double sumLog;
        private final double sumInverse;

        RankOneDowndate(double[] a, double[] s) {
            int k = a.length;
            this.a = a.clone();
            this.d = new double[k];
            for (int i = 0; i < k; i++) {
                d[i] = a[i] * s[i];
            }
            // One sum per loop: OpenJDK 17.0.15's C2 crashes (TypeVect::xmeet) vectorising a loop that stores dᵢ and
            // accumulates five sums at once.
            double total = sum(a, null, null);
            double traceD = sum(d, null, null);
            double squares = sum(a, d, null);
            double dSquares = sum(d, d, null);
            double cross = sum(a, d, d);
            this.sumA = total;
            this.trace = traceD - squares / total;
            // tr (D - zzᵀ/Σa)² = Σdᵢ² - 2Σdᵢzᵢ²/Σa + (Σzᵢ²/Σa)², with dᵢzᵢ² = aᵢdᵢ².
            this.traceSquared = dSquares - 2 * cross / total + (squares / total) * (squares / total);
            double[] sorted = d.clone();
            Arrays.sort(sorted);
            double logs = 0;
            double inverse = 0;
            for (int i = 0; i < k - 1; i++) {
                logs += Math.log(sorted[i]);
                inverse += 1 / sorted[i];
            }
            this.sumLog = logs;
            this.sumInverse = inverse;
        }

        /** Σ xᵢyᵢzᵢ, a missing factor counting as 1. */
        private static double sum(double[] x, double[] y, double[] z) {
            double total = 0;
            for (int i = 0; i < x.length; i++) {
                total += x[i] * (y == null ? 1 : y[i]) * (z == null ? 1 : z[i]);
            }
            return total;
        }

        @Override
        void at(double u, double[] out) {
            double angles = 0;
            double logs = 0;
            double real = 0;
            double imaginary = 0;
            for (int i = 0; i < d.length; i++) {
                double du = d[i] * u;
                double modulus = 1 + du * du;
                angles += Math.atan(du);
                logs += Math.log1p(du * du);
                real += a[i] / modulus;
                imaginary -= a[i] * du / modulus;
            }
            out[0] = angles + Math.atan2(imaginary, real);
            out[1] = logs + Math.log((real * real + imaginary * imaginary) / (sumA * sumA));
        }

        @Override
        int rank() {
            return d.length - 1;
        }

        @Override
        double sum() {
            return trace;
        }

        @Override
        double sumSquares() {
            return traceSquared;
        }

        @Override
        double sumLog() {
            return sumLog;
        }

        @Override
        double sumInverseBound() {
            return sumInverse;
        }
    }
}
