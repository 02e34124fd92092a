package org.evsynth.report.figure;

import java.util.List;
import java.util.Locale;

import org.evsynth.report.format.Texts;
import org.evsynth.report.svg.Svg;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.regression.Coefficient;
import org.evsynth.stats.regression.MetaRegressionResult;

/**
 * A bubble plot for a meta-regression on one numeric moderator, as metafor's {@code regplot}: each study's effect
 * (analysis scale, natural-value labels for ratios) against the moderator, bubble area proportional to its
 * random-effects weight 1/(vᵢ + τ²), and the fitted line β₀ + β₁x across the moderator's range.
 */
public final class BubblePlot {

    private static final double WIDTH = 400;
    private static final double HEIGHT = 290;
    private static final double MARGIN = 14;
    private static final double FONT = XYFrame.FONT;
    private static final double MAX_RADIUS = 14;
    private static final String BUBBLE = "#9DB5DD";

    /**
     * One study.
     *
     * @param study its label
     * @param moderator the moderator's value
     * @param theta its effect, analysis scale
     * @param variance its sampling variance
     */
    public record Point(String study, double moderator, double theta, double variance) {
    }

    private final MetaRegressionResult fit;
    private final String moderator;
    private final EffectMeasure measure;
    private final List<Point> points;

    private BubblePlot(MetaRegressionResult fit, String moderator, EffectMeasure measure, List<Point> points) {
        this.fit = fit;
        this.moderator = moderator;
        this.measure = measure;
        this.points = List.copyOf(points);
    }

    /**
     * The plot of a fit with an intercept and the named numeric moderator.
     *
     * @throws IllegalArgumentException if the fit has no coefficient of that name, or no intercept
     */
    public static BubblePlot of(MetaRegressionResult fit, String moderator, EffectMeasure measure,
                                List<Point> points) {
        coefficient(fit, moderator);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a bubble plot needs at least one study");
        }
        if (fit.coefficients().isEmpty() || fit.coefficients().get(0).name().equals(moderator)) {
            throw new IllegalArgumentException("a bubble plot needs a fit with an intercept");
        }
        return new BubblePlot(fit, moderator, measure, points);
    }

    private static Coefficient coefficient(MetaRegressionResult fit, String name) {
        return fit.coefficients().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(String.format(Locale.ROOT,
                        "the meta-regression has no coefficient '%s'; it has %s", name,
                        fit.coefficients().stream().map(Coefficient::name).toList())));
    }

    /** The plot as an SVG document. */
    public String svg() {
        double intercept = fit.coefficients().get(0).estimate();
        double slope = coefficient(fit, moderator).estimate();
        double tau2 = Double.isNaN(fit.tau2()) ? 0 : fit.tau2();
        double xLo = points.stream().mapToDouble(Point::moderator).min().orElse(0);
        double xHi = points.stream().mapToDouble(Point::moderator).max().orElse(1);
        double yLo = Math.min(points.stream().mapToDouble(Point::theta).min().orElse(0),
                Math.min(intercept + slope * xLo, intercept + slope * xHi));
        double yHi = Math.max(points.stream().mapToDouble(Point::theta).max().orElse(1),
                Math.max(intercept + slope * xLo, intercept + slope * xHi));
        double xPad = 0.05 * Math.max(xHi - xLo, 1e-9);
        double yPad = 0.08 * Math.max(yHi - yLo, 1e-9);
        ValueAxis x = ValueAxis.linear(xLo - xPad, xHi + xPad);
        ValueAxis y = measure.isRatio() ? ValueAxis.logNatural(yLo - yPad, yHi + yPad)
                : ValueAxis.linear(yLo - yPad, yHi + yPad);
        double left = MARGIN + XYFrame.yAxisRoom(y);
        double top = MARGIN + FONT + 20;
        XYFrame frame = new XYFrame(left, top, WIDTH, HEIGHT, x, y, false);
        Svg svg = new Svg(Math.ceil(left + WIDTH + MARGIN), Math.ceil(top + HEIGHT + 2 * XYFrame.SMALL + 30 + MARGIN));
        svg.title("Bubble plot: " + moderator);
        svg.text("title", MARGIN, MARGIN + FONT, "Meta-regression on " + moderator, FONT + 1, "start", "bold",
                XYFrame.INK);
        double maxWeight = points.stream().mapToDouble(p -> 1 / (p.variance() + tau2)).max().orElse(1);
        if (measure.isRatio() || !Double.isNaN(measure.nullValue())) {
            double nullTheta = measure.isRatio() ? 0 : measure.nullValue();
            if (nullTheta > y.min() && nullTheta < y.max()) {
                svg.line("null-line", left, frame.py(nullTheta), left + WIDTH, frame.py(nullTheta), "#808080", 0.8,
                        "4 3");
            }
        }
        List<Point> largestFirst = points.stream()
                .sorted((a, b) -> Double.compare(a.variance(), b.variance())).toList();
        for (Point p : largestFirst) {
            double r = Math.max(2, MAX_RADIUS * Math.sqrt((1 / (p.variance() + tau2)) / maxWeight));
            svg.circle("bubble", frame.px(p.moderator()), frame.py(p.theta()), r, BUBBLE, "#2F5597");
        }
        double x0 = xLo;
        double x1 = xHi;
        svg.line("regression-line", frame.px(x0), frame.py(intercept + slope * x0), frame.px(x1),
                frame.py(intercept + slope * x1), "#000000", 1.5, null);
        String yTitle = measure.isRatio() ? Texts.capitalised(measure.description()) + " (log scale)"
                : Texts.capitalised(measure.description());
        frame.axes(svg, moderator, yTitle);
        return svg.toString();
    }
}
