package org.evsynth.report.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.evsynth.report.format.Numbers;
import org.evsynth.report.format.Texts;
import org.evsynth.report.svg.Svg;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.sensitivity.CumulativeStep;
import org.evsynth.stats.sensitivity.LeaveOneOut;

/**
 * Leave-one-out and cumulative forest plots, as R's meta ({@code metainf}, {@code metacum}) draws them: one row per
 * re-analysis with its pooled estimate and CI, τ² and I², no weights, and the full analysis as a diamond at the
 * bottom. A dashed line marks the full analysis' estimate so a reader sees at once which omission moves it.
 */
public final class SensitivityForestPlot {

    private static final double FONT = ForestPlot.FONT;
    private static final double SMALL = ForestPlot.SMALL;
    private static final double ROW = 17;
    private static final double GAP = 14;
    private static final double MARGIN = 14;
    private static final double PANEL = 260;
    private static final double LABEL_MAX = 220;
    private static final double MARK = 7;
    private static final String INK = "#000000";

    /** One re-analysis. */
    private record Row(String label, double estimate, double lower, double upper, double tau2, double i2) {
    }

    private final MetaAnalysisResult full;
    private final List<Row> rows;
    private final String heading;
    private final String favoursLeft;
    private final String favoursRight;

    private SensitivityForestPlot(MetaAnalysisResult full, List<Row> rows, String heading, String favoursLeft,
                                  String favoursRight) {
        this.full = full;
        this.rows = List.copyOf(rows);
        this.heading = heading;
        this.favoursLeft = favoursLeft;
        this.favoursRight = favoursRight;
    }

    /** The analysis without each study in turn ("Omitting Aronson 1948"). */
    public static SensitivityForestPlot leaveOneOut(MetaAnalysisResult full, List<LeaveOneOut> omitted) {
        List<Row> rows = new ArrayList<>();
        omitted.forEach(o -> rows.add(new Row("Omitting " + o.omitted(), o.estimate(), o.ciLower(), o.ciUpper(),
                o.tau2(), o.i2())));
        return new SensitivityForestPlot(full, rows, "Leave-one-out analysis", null, null);
    }

    /** The analysis as studies are added in order ("Adding Aronson 1948 (k = 1)"). */
    public static SensitivityForestPlot cumulative(MetaAnalysisResult full, List<CumulativeStep> steps) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            CumulativeStep s = steps.get(i);
            rows.add(new Row(String.format(Locale.ROOT, "Adding %s (k = %d)", s.added(), i + 1), s.estimate(),
                    s.ciLower(), s.ciUpper(), s.tau2(), s.i2()));
        }
        return new SensitivityForestPlot(full, rows, "Cumulative meta-analysis", null, null);
    }

    /** Names the groups for 'Favours group1' / 'Favours group2' under the axis. */
    public SensitivityForestPlot withGroupLabels(String group1, String group2) {
        return withFavours(Favours.of(group1, group2, false));
    }

    /** The 'Favours' texts under the axis, as the forest plot of the same outcome has them. */
    public SensitivityForestPlot withFavours(Favours favours) {
        return new SensitivityForestPlot(full, rows, heading, favours.left(), favours.right());
    }

    /** The effect axis: every estimate, and the CIs unless extreme. */
    public EffectAxis axis() {
        List<Double> points = new ArrayList<>();
        List<Double> limits = new ArrayList<>();
        for (Row r : rows) {
            points.add(r.estimate());
            limits.add(r.lower());
            limits.add(r.upper());
        }
        points.add(full.pooled().estimate());
        limits.add(full.pooled().ciLower());
        limits.add(full.pooled().ciUpper());
        return EffectAxis.of(full.measure(), points.stream().mapToDouble(Double::doubleValue).toArray(),
                limits.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Where the columns are: the label, the effect with its CI, τ², I², then the plot panel. */
    private record Columns(double labelWidth, double effectLeft, double effectWidth, double tauLeft, double tauWidth,
                           double i2Left, double i2Width, double panelLeft) {

        static Columns of(List<Row> rows, String total, String effectHeading) {
            double labelWidth = Svg.boldTextWidth(total, FONT);
            double effectWidth = Svg.boldTextWidth(effectHeading, FONT);
            for (Row r : rows) {
                labelWidth = Math.max(labelWidth, Svg.textWidth(r.label(), FONT));
                effectWidth = Math.max(effectWidth, Svg.textWidth(Numbers.interval(r.estimate(), r.lower(),
                        r.upper()), FONT));
            }
            labelWidth = Math.min(labelWidth, LABEL_MAX);
            double tauWidth = Svg.boldTextWidth("Tau²", FONT) + 10;
            double i2Width = Svg.boldTextWidth("100%", FONT);
            double effectLeft = MARGIN + labelWidth + GAP;
            double tauLeft = effectLeft + effectWidth + GAP;
            double i2Left = tauLeft + tauWidth + GAP;
            return new Columns(labelWidth, effectLeft, effectWidth, tauLeft, tauWidth, i2Left, i2Width,
                    i2Left + i2Width + GAP);
        }

        /** The texts of one row: its label, effect [CI], τ² and I², bold for the total. */
        void texts(Svg svg, double base, String cssClass, String label, Row r, String weight) {
            svg.text(cssClass, MARGIN, base, TextFit.clip(label, labelWidth, FONT), FONT, "start", weight, INK);
            svg.text("effect", effectLeft + effectWidth / 2, base, Numbers.interval(r.estimate(), r.lower(),
                    r.upper()), FONT, "middle", weight, INK);
            svg.text("tau2", tauLeft + tauWidth, base, Double.isNaN(r.tau2()) ? "" : Numbers.effect(r.tau2()), FONT,
                    "end", weight, INK);
            svg.text("i2", i2Left + i2Width, base, Double.isNaN(r.i2()) ? "" : Numbers.percent(r.i2()), FONT, "end",
                    weight, INK);
        }
    }

    /** The plot as an SVG document. */
    public String svg() {
        String effectHeading = Texts.capitalised(full.measure().description()) + " [" + Numbers.level(full.level())
                + " CI]";
        String total = "All studies (k = " + full.k() + ")";
        Columns c = Columns.of(rows, total, effectHeading);
        EffectAxis axis = axis();
        IntervalPanel panel = new IntervalPanel(c.panelLeft(), PANEL, axis);
        double headerY = MARGIN + ROW + FONT;
        double first = MARGIN + 2 * ROW + 6;
        double axisY = first + (rows.size() + 2) * ROW + 4;
        double favoursY = axisY + 8 + SMALL + 6 + FONT;
        String right = favoursRight != null ? favoursRight : "";
        double width = Math.max(c.panelLeft() + PANEL, (axis.hasNull() ? panel.x(axis.nullValue()) : 0) + 8
                + Svg.textWidth(right, FONT)) + MARGIN;
        Svg svg = new Svg(Math.ceil(width), Math.ceil(favoursY + MARGIN));
        svg.title(heading);
        svg.text("title", MARGIN, MARGIN + FONT, heading, FONT + 1, "start", "bold", INK);
        svg.text("column-heading", MARGIN, headerY, "", FONT, "start", "bold", INK);
        svg.text("column-heading", c.effectLeft() + c.effectWidth() / 2, headerY, effectHeading, FONT, "middle",
                "bold", INK);
        svg.text("column-heading", c.tauLeft() + c.tauWidth(), headerY, "Tau²", FONT, "end", "bold", INK);
        svg.text("column-heading", c.i2Left() + c.i2Width(), headerY, "I²", FONT, "end", "bold", INK);
        svg.line("header-rule", MARGIN, first - 3, c.panelLeft() + PANEL, first - 3, INK, 0.8, null);
        double y = first;
        for (Row r : rows) {
            double mid = y + ROW / 2;
            c.texts(svg, mid + FONT * 0.35, "row-label", r.label(), r, "normal");
            panel.interval(svg, mid, r.lower(), r.upper());
            if (panel.onAxis(r.estimate())) {
                svg.rect("point-estimate", panel.x(r.estimate()) - MARK / 2, mid - MARK / 2, MARK, MARK,
                        IntervalPanel.SQUARE, IntervalPanel.SQUARE);
            }
            y += ROW;
        }
        double mid = y + ROW + ROW / 2;
        Row all = new Row(total, full.pooled().estimate(), full.pooled().ciLower(), full.pooled().ciUpper(),
                full.heterogeneity().tau2(), full.heterogeneity().i2());
        c.texts(svg, mid + FONT * 0.35, "total-label", total, all, "bold");
        panel.diamond(svg, mid, full.pooled().estimate(), full.pooled().ciLower(), full.pooled().ciUpper(), 5.5, INK);
        panel.nullLine(svg, first - 3, axisY);
        panel.referenceLine(svg, full.pooled().estimate(), first - 3, axisY);
        panel.axisLine(svg, axisY, SMALL);
        panel.favours(svg, favoursY, favoursLeft != null ? favoursLeft : "", right, FONT);
        return svg.toString();
    }
}
