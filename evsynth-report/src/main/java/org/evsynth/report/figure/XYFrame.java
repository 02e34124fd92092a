package org.evsynth.report.figure;

import org.evsynth.report.svg.Svg;

/**
 * The frame of a scatter-type figure: the plot rectangle, two axes with ticks and titles, and the mapping from
 * plot units to pixels. The y axis may run downwards (a funnel plot puts SE 0 at the top).
 *
 * @param left x of the plot rectangle
 * @param top y of the plot rectangle
 * @param width its width
 * @param height its height
 * @param x the horizontal axis
 * @param y the vertical axis
 * @param yDown whether y grows downwards
 */
record XYFrame(double left, double top, double width, double height, ValueAxis x, ValueAxis y, boolean yDown) {

    static final double FONT = 11;
    static final double SMALL = 10;
    static final String INK = "#000000";

    /** The pixel x of a value. */
    double px(double value) {
        return left + width * x.fraction(value);
    }

    /** The pixel y of a value. */
    double py(double value) {
        double f = y.fraction(value);
        return yDown ? top + height * f : top + height * (1 - f);
    }

    /** Draws the axes (ticks, labels and titles) around the plot rectangle. */
    void axes(Svg svg, String xTitle, String yTitle) {
        double bottom = top + height;
        svg.line("axis-line", left, bottom, left + width, bottom, INK, 1, null);
        svg.line("axis-line", left, top, left, bottom, INK, 1, null);
        for (int i = 0; i < x.ticks().size(); i++) {
            double px = px(x.ticks().get(i));
            svg.line("axis-tick", px, bottom, px, bottom + 4, INK, 1, null);
            svg.text("axis-label", px, bottom + 6 + SMALL, x.labels().get(i), SMALL, "middle", "normal", INK);
        }
        double widest = 0;
        for (int i = 0; i < y.ticks().size(); i++) {
            double py = py(y.ticks().get(i));
            svg.line("axis-tick", left - 4, py, left, py, INK, 1, null);
            svg.text("axis-label", left - 6, py + SMALL * 0.35, y.labels().get(i), SMALL, "end", "normal", INK);
            widest = Math.max(widest, Svg.textWidth(y.labels().get(i), SMALL));
        }
        svg.text("axis-title", left + width / 2, bottom + 12 + 2 * SMALL, xTitle, FONT, "middle", "normal", INK);
        double yx = left - 12 - widest;
        double yy = top + height / 2;
        svg.rotatedText("axis-title", yx, yy, -90, yTitle, FONT, "middle", "normal", INK);
    }

    /** The space a y axis' labels and title need left of the plot. */
    static double yAxisRoom(ValueAxis axis) {
        double widest = 0;
        for (String label : axis.labels()) {
            widest = Math.max(widest, Svg.textWidth(label, SMALL));
        }
        return widest + 14 + FONT + 6;
    }
}
