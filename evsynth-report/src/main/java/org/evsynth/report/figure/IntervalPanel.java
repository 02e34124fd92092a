package org.evsynth.report.figure;

import org.evsynth.report.format.Numbers;
import org.evsynth.report.svg.Svg;

/**
 * The plot panel of a forest-type figure: maps effects to x and draws the marks of one row (a study's CI with its
 * square, a pooled diamond, a prediction interval) and the axis under the rows. Marks are clipped to the axis;
 * a CI that runs past an end ends in an arrow there, as RevMan and R's meta draw it.
 *
 * @param left x of the axis' left end, pixels
 * @param width length of the axis, pixels
 * @param axis the effect axis
 */
record IntervalPanel(double left, double width, EffectAxis axis) {

    static final String INK = "#000000";
    static final String SQUARE = "#2F5597";
    static final String PREDICTION = "#C00000";
    private static final double ARROW = 5;

    /** The x of a value, unclipped. */
    double x(double value) {
        return left + width * axis.fraction(value);
    }

    private double clamp(double value) {
        double f = axis.fraction(value);
        return left + width * Math.max(0, Math.min(1, f));
    }

    /** Whether the value lies on the axis. */
    boolean onAxis(double value) {
        double f = axis.fraction(value);
        return f >= -1e-9 && f <= 1 + 1e-9;
    }

    /** A study's CI with arrows where it runs off the axis, then its square (side in pixels; 0 for none). */
    void study(Svg svg, double y, double estimate, double lower, double upper, double side) {
        interval(svg, y, lower, upper);
        if (side > 0 && onAxis(estimate)) {
            svg.rect("study-square", x(estimate) - side / 2, y - side / 2, side, side, SQUARE, SQUARE);
        }
    }

    /** A CI line, clipped to the axis, with an arrow at each end it was clipped. */
    void interval(Svg svg, double y, double lower, double upper) {
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            return;
        }
        double from = clamp(lower);
        double to = clamp(upper);
        if (to > from) {
            svg.line("ci-line", from, y, to, y, INK, 1, null);
        }
        arrows(svg, y, lower, upper, INK);
    }

    /** Arrowheads at the ends of the axis an interval runs past, pointing outwards. */
    private void arrows(Svg svg, double y, double lower, double upper, String colour) {
        double h = ARROW / 2 + 0.5;
        if (axis.fraction(lower) < 0) {
            svg.polygon("ci-arrow", new double[] {left - 1, y, left + ARROW, y - h, left + ARROW, y + h}, colour,
                    colour);
        }
        if (axis.fraction(upper) > 1) {
            double end = left + width;
            svg.polygon("ci-arrow", new double[] {end + 1, y, end - ARROW, y - h, end - ARROW, y + h}, colour, colour);
        }
    }

    /** A pooled diamond: its width is the CI, its centre the estimate. */
    void diamond(Svg svg, double y, double estimate, double lower, double upper, double halfHeight, String fill) {
        if (Double.isNaN(estimate)) {
            return;
        }
        double centre = clamp(estimate);
        double from = clamp(Double.isNaN(lower) ? estimate : lower);
        double to = clamp(Double.isNaN(upper) ? estimate : upper);
        svg.polygon("diamond", new double[] {from, y, centre, y - halfHeight, to, y, centre, y + halfHeight},
                fill, INK);
        if (axis.fraction(lower) < 0 || axis.fraction(upper) > 1) {
            interval(svg, y, lower, upper);
        }
    }

    /** The prediction interval as a bar, as R's meta draws it under the diamond. */
    void prediction(Svg svg, double y, double lower, double upper) {
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            return;
        }
        double from = clamp(lower);
        double to = clamp(upper);
        svg.rect("prediction-interval", from, y - 2, Math.max(to - from, 1), 4, PREDICTION, PREDICTION);
        arrows(svg, y, lower, upper, PREDICTION);
    }

    /** The line of no effect from top to the axis, solid as in RevMan. */
    void nullLine(Svg svg, double top, double bottom) {
        if (axis.hasNull()) {
            double x = x(axis.nullValue());
            svg.line("null-line", x, top, x, bottom, INK, 0.8, null);
        }
    }

    /** A dashed vertical reference line, such as the pooled estimate in a leave-one-out plot. */
    void referenceLine(Svg svg, double value, double top, double bottom) {
        if (Double.isFinite(value) && onAxis(value)) {
            svg.line("reference-line", x(value), top, x(value), bottom, "#7F7F7F", 0.8, "4 3");
        }
    }

    /** The axis line at y with ticks and their labels; returns the y below the labels. */
    double axisLine(Svg svg, double y, double fontSize) {
        svg.line("axis-line", left, y, left + width, y, INK, 1, null);
        for (double tick : axis.ticks()) {
            double x = x(tick);
            svg.line("axis-tick", x, y, x, y + 4, INK, 1, null);
            svg.text("axis-label", x, y + 5 + fontSize, Numbers.tick(tick), fontSize, "middle", "normal", INK);
        }
        return y + 8 + fontSize;
    }

    /** 'Favours ...' on each side of the null line, below the axis. */
    void favours(Svg svg, double y, String leftLabel, String rightLabel, double fontSize) {
        if (!axis.hasNull()) {
            return;
        }
        double x = x(axis.nullValue());
        if (leftLabel != null && !leftLabel.isBlank()) {
            svg.text("favours", x - 8, y, leftLabel, fontSize, "end", "normal", INK);
        }
        if (rightLabel != null && !rightLabel.isBlank()) {
            svg.text("favours", x + 8, y, rightLabel, fontSize, "start", "normal", INK);
        }
    }
}
