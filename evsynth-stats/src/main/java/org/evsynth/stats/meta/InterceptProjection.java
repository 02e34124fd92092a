package org.evsynth.stats.meta;

/**
 * The traces of the intercept-only model's projection P = A - aaᵀ/Σa for weights a (A = diag(a)), each an O(k)
 * sum: with S₁ = Σa, S₂ = Σa², S₃ = Σa³,
 * tr P = S₁ - S₂/S₁, tr PP = S₂ - 2S₃/S₁ + (S₂/S₁)², tr PV = Σav - Σa²v/S₁,
 * tr PVPV = Σa²v² - 2Σa³v²/S₁ + (Σa²v/S₁)², tr VPP = Σa²v - 2Σa³v/S₁ + S₂Σa²v/S₁²,
 * and Q_a = yᵀPy = Σaᵢ(yᵢ - μ̂_a)² with μ̂_a = Σay/Σa. These are the quantities metafor's {@code rma.uni} builds
 * its generalised-Q estimators and the standard errors of τ² from (there as k × k matrices).
 *
 * @param k studies
 * @param sumA Σa
 * @param sumA2 Σa²
 * @param mean μ̂_a
 * @param q Q_a
 * @param traceP tr P
 * @param tracePP tr PP
 * @param tracePV tr PV
 * @param tracePVPV tr PVPV
 * @param traceVPP tr VPP
 */
record InterceptProjection(int k, double sumA, double sumA2, double mean, double q, double traceP, double tracePP,
                           double tracePV, double tracePVPV, double traceVPP) {

    /** At weights aᵢ = 1/(vᵢ + τ²). */
    static InterceptProjection inverseVariance(double[] y, double[] v, double tau2) {
        double[] a = new double[y.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = 1 / (v[i] + tau2);
        }
        return of(y, v, a);
    }

    /** At unit weights: ordinary least squares, P = I - J/k. */
    static InterceptProjection unweighted(double[] y, double[] v) {
        double[] a = new double[y.length];
        java.util.Arrays.fill(a, 1);
        return of(y, v, a);
    }

    static InterceptProjection of(double[] y, double[] v, double[] a) {
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double av = 0;
        double a2v = 0;
        double a3v = 0;
        double a2v2 = 0;
        double a3v2 = 0;
        double ay = 0;
        for (int i = 0; i < y.length; i++) {
            double ai = a[i];
            double ai2 = ai * ai;
            double vi = v[i];
            s1 += ai;
            s2 += ai2;
            s3 += ai2 * ai;
            av += ai * vi;
            a2v += ai2 * vi;
            a3v += ai2 * ai * vi;
            a2v2 += ai2 * vi * vi;
            a3v2 += ai2 * ai * vi * vi;
            ay += ai * y[i];
        }
        double mean = ay / s1;
        double q = 0;
        for (int i = 0; i < y.length; i++) {
            double r = y[i] - mean;
            q += a[i] * r * r;
        }
        double ratio = s2 / s1;
        return new InterceptProjection(y.length, s1, s2, mean, q, s1 - ratio, s2 - 2 * s3 / s1 + ratio * ratio,
                av - a2v / s1, a2v2 - 2 * a3v2 / s1 + (a2v / s1) * (a2v / s1),
                a2v - 2 * a3v / s1 + s2 * a2v / (s1 * s1));
    }
}
