package org.evsynth.stats.effect;

/**
 * The Freeman-Tukey double-arcsine transformation of a proportion (Freeman & Tukey 1950) and its inverse
 * (Miller 1978), as metafor's {@code transf.pft} and {@code transf.ipft}.
 */
public final class FreemanTukey {

    private FreemanTukey() {
    }

    /** t = ½ (asin √(x/(n+1)) + asin √((x+1)/(n+1))). */
    public static double transform(double events, double total) {
        return 0.5 * (Math.asin(Math.sqrt(events / (total + 1))) + Math.asin(Math.sqrt((events + 1) / (total + 1))));
    }

    /**
     * Miller's inverse for sample size n:
     * p = ½ (1 - sgn(cos 2t) √(1 - (sin 2t + (sin 2t - 1/sin 2t)/n)²)),
     * set to 0 or 1 beyond the values the transformation takes at 0% and 100%, where the formula is undefined.
     * For a pooled estimate n is the harmonic mean of the studies' sizes (Miller 1978).
     */
    public static double inverse(double t, double n) {
        if (t <= transform(0, n)) {
            return 0;
        }
        if (t >= transform(n, n)) {
            return 1;
        }
        double s = Math.sin(2 * t);
        double inner = s + (s - 1 / s) / n;
        double p = 0.5 * (1 - Math.signum(Math.cos(2 * t)) * Math.sqrt(1 - inner * inner));
        return Double.isNaN(p) ? (t < Math.PI / 4 ? 0 : 1) : p;
    }
}
