package org.evsynth.stats.numeric;

import java.util.Locale;
import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;

/**
 * Globally adaptive integration over a finite interval with the 21-point Gauss-Kronrod rule (Kronrod 1965; the
 * QUADPACK routines QAG/QK21 of Piessens et al. 1983, which R's {@code integrate} also builds on): the
 * subinterval with the largest error estimate is bisected until the summed error estimates fall below
 * max(absolute, relative × |integral|). The error estimate of each subinterval is QUADPACK's,
 * 200|K₂₁ - G₁₀| raised to the power 1.5 relative to the integral of |f - mean|, which is conservative for smooth
 * integrands.
 */
public final class GaussKronrod {

    /** Kronrod abscissae on [-1, 1], from 1 towards 0; the odd-indexed ones are the 10-point Gauss nodes. */
    private static final double[] NODES = {
        0.995657163025808080735527280689003, 0.973906528517171720077964012084452,
        0.930157491355708226001207180059508, 0.865063366688984510732096688423493,
        0.780817726586416897063717578345042, 0.679409568299024406234327365114874,
        0.562757134668604683339000099272694, 0.433395394129247190799265943165784,
        0.294392862701460198131126603103866, 0.148874338981631210884826001129720,
        0.000000000000000000000000000000000
    };
    private static final double[] KRONROD_WEIGHTS = {
        0.011694638867371874278064396062192, 0.032558162307964727478818972459390,
        0.054755896574351996031381300244580, 0.075039674810919952767043140916190,
        0.093125454583697605535065465083366, 0.109387158802297641899210590325805,
        0.123491976262065851077574826775519, 0.134709217311473325928054001771707,
        0.142775938577060080797094273138717, 0.147739104901338491374841515972068,
        0.149445554002916905664936468389821
    };
    /** Weights of the 10-point Gauss rule at NODES[1], NODES[3], ..., NODES[9]. */
    private static final double[] GAUSS_WEIGHTS = {
        0.066671344308688137593568809893332, 0.149451349150580593145776339657697,
        0.219086362515982043995534934228163, 0.269266719309996355091226921569469,
        0.295524224714752870173892994651338
    };

    private final double absolute;
    private final double relative;
    private final int maxIntervals;

    private GaussKronrod(double absolute, double relative, int maxIntervals) {
        this.absolute = absolute;
        this.relative = relative;
        this.maxIntervals = maxIntervals;
    }

    /**
     * An integrator with these tolerances.
     *
     * @param absolute the absolute error allowed, ≥ 0
     * @param relative the error allowed relative to the integral, ≥ 0 (at least one of the two positive)
     * @param maxIntervals the most subintervals before the integration fails
     */
    public static GaussKronrod of(double absolute, double relative, int maxIntervals) {
        if (!(absolute >= 0) || !(relative >= 0) || absolute + relative == 0 || maxIntervals < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "tolerances (%s, %s) must be ≥ 0 and not both 0, and the subintervals (%d) at least 1",
                    absolute, relative, maxIntervals));
        }
        return new GaussKronrod(absolute, relative, maxIntervals);
    }

    /** One subinterval with the rule's estimate of its integral and error. */
    private record Piece(double from, double to, double integral, double error, double magnitude) {
    }

    /** The accuracy rounding allows, whatever the tolerance asked: 100 ε ∫|f| (QUADPACK stops there too). */
    private static final double ROUNDING = 100 * Math.ulp(1.0);

    /**
     * ∫ f over [from, to].
     *
     * @throws ArithmeticException if the tolerance is not met within the subinterval limit, or f is not finite
     */
    public double integrate(DoubleUnaryOperator f, double from, double to) {
        if (from == to) {
            return 0;
        }
        PriorityQueue<Piece> pieces = new PriorityQueue<>((a, b) -> Double.compare(b.error, a.error));
        Piece first = rule(f, from, to);
        pieces.add(first);
        double integral = first.integral;
        double error = first.error;
        double magnitude = first.magnitude;
        while (error > Math.max(Math.max(absolute, relative * Math.abs(integral)), ROUNDING * magnitude)) {
            if (pieces.size() >= maxIntervals) {
                throw new ArithmeticException(String.format(Locale.ROOT,
                        "integration over [%s, %s] did not reach the tolerance in %d subintervals (error %.3g)",
                        from, to, maxIntervals, error));
            }
            Piece worst = pieces.poll();
            double middle = 0.5 * (worst.from + worst.to);
            if (!(middle > worst.from && middle < worst.to)) {
                // The subinterval cannot be split further in double precision: its error is what it is.
                pieces.add(new Piece(worst.from, worst.to, worst.integral, 0, worst.magnitude));
                error -= worst.error;
                continue;
            }
            Piece left = rule(f, worst.from, middle);
            Piece right = rule(f, middle, worst.to);
            pieces.add(left);
            pieces.add(right);
            integral += left.integral + right.integral - worst.integral;
            error += left.error + right.error - worst.error;
            magnitude += left.magnitude + right.magnitude - worst.magnitude;
        }
        double sum = 0;
        for (Piece piece : pieces) {
            sum += piece.integral;
        }
        return sum;
    }

    private static Piece rule(DoubleUnaryOperator f, double from, double to) {
        double center = 0.5 * (from + to);
        double half = 0.5 * (to - from);
        double fc = value(f, center);
        double kronrod = fc * KRONROD_WEIGHTS[10];
        double gauss = 0;
        double[] values = new double[21];
        values[10] = fc;
        for (int j = 0; j < 10; j++) {
            double dx = half * NODES[j];
            double f1 = value(f, center - dx);
            double f2 = value(f, center + dx);
            values[j] = f1;
            values[20 - j] = f2;
            kronrod += KRONROD_WEIGHTS[j] * (f1 + f2);
            if (j % 2 == 1) {
                gauss += GAUSS_WEIGHTS[j / 2] * (f1 + f2);
            }
        }
        double mean = 0.5 * kronrod;
        double spread = KRONROD_WEIGHTS[10] * Math.abs(fc - mean);
        double magnitude = KRONROD_WEIGHTS[10] * Math.abs(fc);
        for (int j = 0; j < 10; j++) {
            spread += KRONROD_WEIGHTS[j] * (Math.abs(values[j] - mean) + Math.abs(values[20 - j] - mean));
            magnitude += KRONROD_WEIGHTS[j] * (Math.abs(values[j]) + Math.abs(values[20 - j]));
        }
        double error = Math.abs((kronrod - gauss) * half);
        spread *= Math.abs(half);
        if (spread != 0 && error != 0) {
            error = spread * Math.min(1, Math.pow(200 * error / spread, 1.5));
        }
        // Rounding in the sum itself bounds the accuracy that can be claimed (QUADPACK's 50 ε ∫|f|).
        magnitude *= Math.abs(half);
        error = Math.max(error, 50 * Math.ulp(1.0) * magnitude);
        return new Piece(from, to, kronrod * half, error, magnitude);
    }

    private static double value(DoubleUnaryOperator f, double x) {
        double y = f.applyAsDouble(x);
        if (!Double.isFinite(y)) {
            throw new ArithmeticException(String.format(Locale.ROOT, "the integrand is %s at %s", y, x));
        }
        return y;
    }
}
