package org.evsynth.report.figure;

import java.util.ArrayList;
import java.util.List;

import org.evsynth.report.format.Numbers;

/**
 * One axis of a scatter-type figure (funnel, Baujat, bubble), in plot units: a linear range with round ticks, or a
 * range on the log scale labelled with round natural values (0.1, 0.2, 0.5, 1, 2, ...), as metafor labels a funnel
 * plot of log ratios.
 *
 * @param min lower end, plot units
 * @param max upper end
 * @param ticks tick positions, plot units
 * @param labels tick labels
 */
record ValueAxis(double min, double max, List<Double> ticks, List<String> labels) {

    private static final double[] LOG_STEPS = {1, 2, 5};

    ValueAxis {
        ticks = List.copyOf(ticks);
        labels = List.copyOf(labels);
    }

    /** A linear axis from round numbers around [lo, hi], with four to six ticks. */
    static ValueAxis linear(double lo, double hi) {
        if (!(hi > lo)) {
            double pad = lo == 0 ? 1 : Math.abs(lo) / 2;
            lo -= pad;
            hi += pad;
        }
        double step = EffectAxis.niceStep((hi - lo) / 5);
        double min = Math.floor(lo / step + 1e-9) * step;
        double max = Math.ceil(hi / step - 1e-9) * step;
        List<Double> ticks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (double t = min; t <= max + step / 2; t += step) {
            double v = Math.abs(t) < step / 1e6 ? 0 : t;
            ticks.add(v);
            labels.add(Numbers.tick(v));
        }
        return new ValueAxis(min, max, ticks, labels);
    }

    /**
     * An axis of log values from lo to hi, its ticks at round natural values: 1-2-5 per decade when the range is
     * narrow, decades when wide.
     */
    static ValueAxis logNatural(double lo, double hi) {
        if (!(hi > lo)) {
            lo -= 0.5;
            hi += 0.5;
        }
        List<Double> candidates = new ArrayList<>();
        int from = (int) Math.floor(lo / Math.log(10)) - 1;
        int to = (int) Math.ceil(hi / Math.log(10)) + 1;
        boolean decadesOnly = to - from > 5;
        for (int d = from; d <= to; d++) {
            for (double s : decadesOnly ? new double[] {1} : LOG_STEPS) {
                candidates.add(s * Math.pow(10, d));
            }
        }
        List<Double> ticks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (double c : candidates) {
            double t = Math.log(c);
            if (t >= lo - 1e-9 && t <= hi + 1e-9) {
                ticks.add(t);
                labels.add(Numbers.tick(c));
            }
        }
        return new ValueAxis(lo, hi, ticks, labels);
    }

    /** The fraction of the way from min to max. */
    double fraction(double value) {
        return (value - min) / (max - min);
    }
}
