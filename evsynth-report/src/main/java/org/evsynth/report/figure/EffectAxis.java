package org.evsynth.report.figure;

import java.util.ArrayList;
import java.util.List;

import org.evsynth.stats.effect.EffectMeasure;

/**
 * The effect axis of a forest-type plot: its limits, whether it is logarithmic, and its ticks, all on the natural
 * scale.
 *
 * <p>Ratio axes are logarithmic and symmetric about 1 (0.1 to 10, 0.01 to 100, ...), as RevMan draws them, so the two
 * 'Favours' halves have the same length; additive axes are symmetric about 0; single-group proportions have no
 * null and span their data. The axis always holds every point estimate and pooled interval; study CIs are covered
 * up to a ratio of 100 (or five times the spread of the points on an additive axis), and longer ones run off the
 * axis and are drawn with arrows, so that one tiny study cannot squash every other interval.
 *
 * @param min left end
 * @param max right end
 * @param log whether the axis is logarithmic
 * @param ticks tick values, ascending, each within [min, max]
 * @param nullValue the value of no effect, NaN if there is none
 */
public record EffectAxis(double min, double max, boolean log, List<Double> ticks, double nullValue) {

    /** The widest study CI a ratio axis stretches to before drawing arrows. */
    private static final double RATIO_LIMIT = 100;

    /** Symmetric ratio axes RevMan users know, each with its ticks (upper halves; the lower are reciprocals). */
    private static final double[][] RATIO_TICKS = {
        {1.5, 2}, {2, 5}, {2, 5, 10}, {5, 20}, {10, 50}, {10, 100}};

    /** Copies the ticks and checks the limits. */
    public EffectAxis {
        ticks = List.copyOf(ticks);
        if (!(min < max) || (log && min <= 0)) {
            throw new IllegalArgumentException("axis limits " + min + " to " + max + " are not a usable range");
        }
    }

    /**
     * The axis for a measure.
     *
     * @param points values the axis must show: estimates, pooled limits, prediction limits (NaN ignored)
     * @param limits study confidence limits, shown when not extreme (NaN and infinities ignored)
     */
    public static EffectAxis of(EffectMeasure measure, double[] points, double[] limits) {
        if (measure.isRatio()) {
            return ratio(points, limits);
        }
        if (Double.isNaN(measure.nullValue())) {
            return span(points, limits);
        }
        return additive(points, limits);
    }

    private static EffectAxis ratio(double[] points, double[] limits) {
        double needPoints = 1;
        for (double p : points) {
            if (p > 0 && Double.isFinite(p)) {
                needPoints = Math.max(needPoints, Math.max(p, 1 / p));
            }
        }
        double needLimits = 1;
        for (double l : limits) {
            if (l > 0 && Double.isFinite(l)) {
                needLimits = Math.max(needLimits, Math.max(l, 1 / l));
            }
        }
        double need = Math.max(needPoints, Math.min(needLimits, RATIO_LIMIT)) * (1 - 1e-9);
        for (double[] upper : RATIO_TICKS) {
            double m = upper[upper.length - 1];
            if (m >= need) {
                return symmetricRatio(upper);
            }
        }
        int decades = (int) Math.ceil(Math.log10(need));
        int step = decades <= 4 ? 1 : (decades + 3) / 4;
        decades = (decades + step - 1) / step * step;
        List<Double> ticks = new ArrayList<>();
        for (int d = -decades; d <= decades; d += step) {
            ticks.add(Math.pow(10, d));
        }
        return new EffectAxis(Math.pow(10, -decades), Math.pow(10, decades), true, ticks, 1);
    }

    private static EffectAxis symmetricRatio(double[] upper) {
        List<Double> ticks = new ArrayList<>();
        for (int i = upper.length - 1; i >= 0; i--) {
            ticks.add(upper[i] == 1.5 ? 0.7 : 1 / upper[i]);
        }
        ticks.add(1.0);
        for (double u : upper) {
            ticks.add(u);
        }
        double m = upper[upper.length - 1];
        return new EffectAxis(1 / m, m, true, ticks, 1);
    }

    private static EffectAxis additive(double[] points, double[] limits) {
        double needPoints = maxAbs(points);
        double needLimits = maxAbs(limits);
        double need = needPoints > 0 ? Math.max(needPoints, Math.min(needLimits, 5 * needPoints)) : needLimits;
        double m = nice(need > 0 ? need : 1);
        double half = m / 2;
        return new EffectAxis(-m, m, false, List.of(-m, -half, 0.0, half, m), 0);
    }

    private static EffectAxis span(double[] points, double[] limits) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] values : new double[][] {points, limits}) {
            for (double v : values) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(lo < hi)) {
            lo = Double.isFinite(lo) ? lo - 0.5 : 0;
            hi = lo + 1;
        }
        double step = niceStep((hi - lo) / 4);
        double min = Math.floor(lo / step + 1e-9) * step;
        double max = Math.ceil(hi / step - 1e-9) * step;
        List<Double> ticks = new ArrayList<>();
        for (double t = min; t <= max + step / 2; t += step) {
            ticks.add(Math.abs(t) < step / 1e6 ? 0 : t);
        }
        return new EffectAxis(min, max, false, ticks, Double.NaN);
    }

    private static double maxAbs(double[] values) {
        double m = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }

    /** The smallest of 1, 2, 5 × 10ⁿ at least the value. */
    static double nice(double value) {
        double decade = Math.pow(10, Math.floor(Math.log10(value)));
        for (double f : new double[] {1, 2, 5, 10}) {
            if (f * decade >= value * (1 - 1e-9)) {
                return f * decade;
            }
        }
        return 10 * decade;
    }

    /** A tick step of 1, 2, 2.5 or 5 × 10ⁿ near the value. */
    static double niceStep(double value) {
        double decade = Math.pow(10, Math.floor(Math.log10(value)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * decade >= value * (1 - 1e-9)) {
                return f * decade;
            }
        }
        return 10 * decade;
    }

    /**
     * Where a value lies along the axis, 0 at the left end and 1 at the right; outside [0, 1] off the axis,
     * negative infinity for a non-positive value on a log axis.
     */
    public double fraction(double value) {
        if (log) {
            return value <= 0 ? Double.NEGATIVE_INFINITY : Math.log(value / min) / Math.log(max / min);
        }
        return (value - min) / (max - min);
    }

    /** Whether the axis has a line of no effect. */
    public boolean hasNull() {
        return !Double.isNaN(nullValue);
    }
}
