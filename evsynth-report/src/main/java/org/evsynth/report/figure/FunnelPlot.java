package org.evsynth.report.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.evsynth.report.format.Texts;
import org.evsynth.report.svg.Svg;
import org.evsynth.stats.bias.TrimAndFillResult;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.StudyResult;

/**
 * A funnel plot: each study's effect (analysis scale, labelled in natural values for ratios) against its standard
 * error, the y axis running down from SE 0, with the pseudo-95% region θ̂ ± 1.96 SE (Sterne &amp; Egger 2001) as
 * metafor draws it: white on grey.
 *
 * <p>Contour-enhanced (Peters et al. 2008): the regions where a study's own test against no effect has p &gt; 0.10,
 * 0.05 to 0.10, 0.01 to 0.05 and &lt; 0.01, shaded around the null rather than the estimate, so that a reader can
 * tell whether missing studies would be in areas of non-significance (publication bias) or not (other causes of
 * asymmetry). With trim and fill the filled studies are drawn hollow and the funnel is centred on the adjusted
 * estimate, as metafor's {@code funnel(trimfill(...))} does.
 */
public final class FunnelPlot {

    private static final double Z95 = 1.959963984540054;
    private static final double[] CONTOUR_Z = {2.5758293035489, 1.959963984540054, 1.6448536269514722};
    private static final String[] CONTOUR_FILL = {"#C8C8C8", "#A0A0A0", "#FFFFFF"};
    private static final String OUTSIDE_FILL = "#E6E6E6";
    private static final String[] CONTOUR_LEGEND = {"p < 0.01", "0.01 ≤ p < 0.05", "0.05 ≤ p < 0.10", "p ≥ 0.10"};
    private static final double WIDTH = 380;
    private static final double HEIGHT = 290;
    private static final double MARGIN = 14;
    private static final double FONT = XYFrame.FONT;
    private static final String INK = "#000000";
    /** The pooled estimate's line, in the forest plot's square colour: told apart from the line of no effect. */
    private static final String ESTIMATE = "#2F5597";

    private final MetaAnalysisResult result;
    private final boolean contours;
    private final TrimAndFillResult trimAndFill;

    private FunnelPlot(MetaAnalysisResult result, boolean contours, TrimAndFillResult trimAndFill) {
        this.result = result;
        this.contours = contours;
        this.trimAndFill = trimAndFill;
    }

    /** The funnel plot of an analysis. */
    public static FunnelPlot of(MetaAnalysisResult result) {
        return new FunnelPlot(result, false, null);
    }

    /** Shades the significance contours around the null (not available for single-group measures). */
    public FunnelPlot withContours() {
        return new FunnelPlot(result, true, trimAndFill);
    }

    /** Adds the studies trim and fill imputed, hollow, and centres the funnel on the adjusted estimate. */
    public FunnelPlot withTrimAndFill(TrimAndFillResult value) {
        return new FunnelPlot(result, contours, value);
    }

    /** The plot as an SVG document. */
    public String svg() {
        EffectMeasure measure = result.measure();
        double nullTheta = measure.isRatio() ? 0 : measure.nullValue();
        boolean shade = contours && !Double.isNaN(nullTheta);
        double centre = trimAndFill != null ? trimAndFill.adjusted().pooled().theta() : result.pooled().theta();
        List<double[]> observed = new ArrayList<>();
        for (StudyResult s : result.studies()) {
            observed.add(new double[] {s.theta(), Math.sqrt(s.variance())});
        }
        List<double[]> filled = new ArrayList<>();
        if (trimAndFill != null) {
            for (StudyEffect e : trimAndFill.filled()) {
                filled.add(new double[] {e.theta(), Math.sqrt(e.variance())});
            }
        }
        double seMax = 0;
        for (List<double[]> points : List.of(observed, filled)) {
            for (double[] p : points) {
                seMax = Math.max(seMax, p[1]);
            }
        }
        ValueAxis y = ValueAxis.linear(0, seMax > 0 ? seMax : 1);
        double seBottom = y.max();
        ValueAxis x = xAxis(List.of(observed, filled), centre, seBottom, shade ? nullTheta : Double.NaN);
        double left = MARGIN + XYFrame.yAxisRoom(y);
        double top = MARGIN + FONT + 20;
        XYFrame frame = new XYFrame(left, top, WIDTH, HEIGHT, x, y, true);
        List<LegendItem> legend = legend(shade, filled.size());
        double legendWidth = legend.stream().mapToDouble(t -> Svg.textWidth(t.text(), XYFrame.SMALL) + 22).max()
                .orElse(0);
        double width = left + WIDTH + (legend.isEmpty() ? 0 : 16 + legendWidth) + MARGIN;
        double height = top + HEIGHT + 2 * XYFrame.SMALL + 30 + MARGIN;
        Svg svg = new Svg(Math.ceil(width), Math.ceil(height));
        svg.title("Funnel plot");
        svg.text("title", MARGIN, MARGIN + FONT, "Funnel plot", FONT + 1, "start", "bold", INK);
        regions(svg, frame, shade ? nullTheta : Double.NaN, centre, seBottom);
        double[] t = triangle(frame, centre, Z95, seBottom);
        svg.line("pseudo-ci", t[0], t[1], t[2], t[3], INK, 0.8, "4 3");
        svg.line("pseudo-ci", t[0], t[1], t[4], t[5], INK, 0.8, "4 3");
        svg.line("pooled-line", frame.px(centre), top, frame.px(centre), top + HEIGHT, ESTIMATE, 1.2, null);
        for (double[] p : observed) {
            svg.circle("study-point", frame.px(p[0]), frame.py(p[1]), 3.5, INK, INK);
        }
        for (double[] p : filled) {
            svg.circle("filled-study", frame.px(p[0]), frame.py(p[1]), 3.5, "#FFFFFF", INK);
        }
        String xTitle = measure.isRatio() ? Texts.capitalised(measure.description()) + " (log scale)"
                : Texts.capitalised(measure.description());
        frame.axes(svg, xTitle, "Standard error");
        drawLegend(svg, legend, left + WIDTH + 16, top);
        return svg.toString();
    }

    /**
     * The effect axis: every study, the pseudo-95% region around the centre and, when contours are shaded, the
     * widest contour around no effect (NaN: none), with a little room at the sides.
     */
    private ValueAxis xAxis(List<List<double[]>> points, double centre, double seBottom, double contourTheta) {
        double lo = centre - Z95 * seBottom;
        double hi = centre + Z95 * seBottom;
        for (List<double[]> list : points) {
            for (double[] p : list) {
                lo = Math.min(lo, p[0]);
                hi = Math.max(hi, p[0]);
            }
        }
        if (!Double.isNaN(contourTheta)) {
            lo = Math.min(lo, contourTheta - CONTOUR_Z[0] * seBottom);
            hi = Math.max(hi, contourTheta + CONTOUR_Z[0] * seBottom);
        }
        double pad = 0.04 * (hi - lo);
        return result.measure().isRatio() ? ValueAxis.logNatural(lo - pad, hi + pad)
                : ValueAxis.linear(lo - pad, hi + pad);
    }

    /** The background: contours of significance around no effect (NaN: none), or the pseudo-95% region. */
    private static void regions(Svg svg, XYFrame frame, double contourTheta, double centre, double seBottom) {
        if (!Double.isNaN(contourTheta)) {
            svg.rect("contour-region", frame.left(), frame.top(), WIDTH, HEIGHT, OUTSIDE_FILL, "none");
            for (int i = 0; i < CONTOUR_Z.length; i++) {
                svg.polygon("contour-region", triangle(frame, contourTheta, CONTOUR_Z[i], seBottom), CONTOUR_FILL[i],
                        "none");
            }
            svg.line("null-line", frame.px(contourTheta), frame.top(), frame.px(contourTheta), frame.top() + HEIGHT,
                    INK, 0.8, null);
        } else {
            svg.rect("plot-background", frame.left(), frame.top(), WIDTH, HEIGHT, "#EBEBEB", "none");
            svg.polygon("pseudo-ci-region", triangle(frame, centre, Z95, seBottom), "#FFFFFF", "none");
        }
    }

    /** The region θ ± z·SE from SE 0 at the top to the axis' bottom: apex, bottom left, bottom right. */
    private static double[] triangle(XYFrame frame, double theta, double z, double seBottom) {
        return new double[] {frame.px(theta), frame.py(0), frame.px(theta - z * seBottom), frame.py(seBottom),
            frame.px(theta + z * seBottom), frame.py(seBottom)};
    }

    /** A legend line: its key's look and its text. */
    private record LegendItem(Key key, String fill, String text) {
        enum Key { REGION, POINT, HOLLOW_POINT, DASHED_LINE, SOLID_LINE }
    }

    /**
     * What the plot's marks mean: the contour regions (when shaded), the studies, the filled studies, the dashed
     * pseudo-confidence lines and the line of the pooled (or adjusted) estimate.
     */
    private List<LegendItem> legend(boolean shade, int filled) {
        List<LegendItem> items = new ArrayList<>();
        if (shade) {
            String[] fills = {"#FFFFFF", CONTOUR_FILL[1], CONTOUR_FILL[0], OUTSIDE_FILL};
            for (int i = CONTOUR_LEGEND.length - 1; i >= 0; i--) {
                items.add(new LegendItem(LegendItem.Key.REGION, fills[CONTOUR_LEGEND.length - 1 - i],
                        CONTOUR_LEGEND[i]));
            }
        }
        items.add(new LegendItem(LegendItem.Key.POINT, INK, "Studies"));
        if (trimAndFill != null) {
            items.add(new LegendItem(LegendItem.Key.HOLLOW_POINT, "#FFFFFF",
                    String.format(Locale.ROOT, "Filled by trim and fill (%d)", filled)));
        }
        items.add(new LegendItem(LegendItem.Key.DASHED_LINE, INK, "Pseudo-95% CI (estimate \u00b1 1.96 SE)"));
        items.add(new LegendItem(LegendItem.Key.SOLID_LINE, ESTIMATE, trimAndFill != null ? "Adjusted estimate"
                : "Pooled estimate"));
        if (shade) {
            items.add(new LegendItem(LegendItem.Key.SOLID_LINE, INK, "No effect (the contours' centre)"));
        }
        return items;
    }

    private static void drawLegend(Svg svg, List<LegendItem> items, double x, double top) {
        double y = top + 4;
        for (LegendItem item : items) {
            double mid = y + 8;
            switch (item.key()) {
                case REGION -> svg.rect("legend-key", x, mid - 6, 12, 12, item.fill(), "#808080");
                case POINT, HOLLOW_POINT -> svg.circle("legend-key", x + 6, mid, 3.5, item.fill(), INK);
                case DASHED_LINE -> svg.line("legend-key", x, mid, x + 12, mid, INK, 0.8, "4 3");
                case SOLID_LINE -> svg.line("legend-key", x, mid, x + 12, mid, item.fill(), 1.2, null);
            }
            svg.text("legend", x + 20, mid + XYFrame.SMALL * 0.35, item.text(), XYFrame.SMALL, "start", "normal",
                    INK);
            y += 18;
        }
    }
}
