package org.evsynth.report.figure;

import org.evsynth.report.format.Numbers;
import org.evsynth.report.format.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        return new SensitivityForestPlot(full, rows, heading, "Favours " + group1, "Favours " + group2);
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

    /** The plot as an SVG document. */
    public String svg() {
        String ci = Numbers.tick(100 * full.level()) + "% CI";
        String effectHeading = Texts.capitalised(full.measure().description()) + " [" + ci + "]";
        String total = "All studies (k = " + full.k() + ")";
        double labelWidth = Svg.textWidth(total, FONT) * 1.1;
        double effectWidth = Svg.textWidth(effectHeading, FONT) * 1.1;
        for (Row r : rows) {
            labelWidth = Math.max(labelWidth, Svg.textWidth(r.label(), FONT));
            effectWidth = Math.max(effectWidth, Svg.textWidth(Numbers.interval(r.estimate(), r.lower(), r.upper()),
                    FONT));
        }
        labelWidth = Math.min(labelWidth, LABEL_MAX);
        double tauWidth = Svg.textWidth("Tau²", FONT) * 1.1 + 10;
        double i2Width = Svg.textWidth("100%", FONT) * 1.1;
        double effectLeft = MARGIN + labelWidth + GAP;
        double tauLeft = effectLeft + effectWidth + GAP;
        double i2Left = tauLeft + tauWidth + GAP;
        double panelLeft = i2Left + i2Width + GAP;
        EffectAxis axis = axis();
        IntervalPanel panel = new IntervalPanel(panelLeft, PANEL, axis);
        double headerY = MARGIN + ROW + FONT;
        double first = MARGIN + 2 * ROW + 6;
        double axisY = first + (rows.size() + 2) * ROW + 4;
        double favoursY = axisY + 8 + SMALL + 6 + FONT;
        String left = favoursLeft != null ? favoursLeft : "";
        String right = favoursRight != null ? favoursRight : "";
        double width = Math.max(panelLeft + PANEL, (axis.hasNull() ? panel.x(axis.nullValue()) : 0) + 8
                + Svg.textWidth(right, FONT)) + MARGIN;
        Svg svg = new Svg(Math.ceil(width), Math.ceil(favoursY + MARGIN));
        svg.title(heading);
        svg.text("title", MARGIN, MARGIN + FONT, heading, FONT + 1, "start", "bold", INK);
        svg.text("column-heading", MARGIN, headerY, "", FONT, "start", "bold", INK);
        svg.text("column-heading", effectLeft + effectWidth / 2, headerY, effectHeading, FONT, "middle", "bold", INK);
        svg.text("column-heading", tauLeft + tauWidth, headerY, "Tau²", FONT, "end", "bold", INK);
        svg.text("column-heading", i2Left + i2Width, headerY, "I²", FONT, "end", "bold", INK);
        svg.line("header-rule", MARGIN, first - 3, panelLeft + PANEL, first - 3, INK, 0.8, null);
        double y = first;
        for (Row r : rows) {
            double mid = y + ROW / 2;
            double base = mid + FONT * 0.35;
            svg.text("row-label", MARGIN, base, TextFit.clip(r.label(), labelWidth, FONT), FONT, "start", "normal",
                    INK);
            svg.text("effect", effectLeft + effectWidth / 2, base, Numbers.interval(r.estimate(), r.lower(), r.upper()),
                    FONT, "middle", "normal", INK);
            svg.text("tau2", tauLeft + tauWidth, base, Double.isNaN(r.tau2()) ? "" : Numbers.effect(r.tau2()), FONT,
                    "end", "normal", INK);
            svg.text("i2", i2Left + i2Width, base, Double.isNaN(r.i2()) ? ""
                    : String.format(Locale.ROOT, "%.0f%%", r.i2()), FONT, "end", "normal", INK);
            panel.interval(svg, mid, r.lower(), r.upper());
            if (panel.onAxis(r.estimate())) {
                svg.rect("point-estimate", panel.x(r.estimate()) - MARK / 2, mid - MARK / 2, MARK, MARK,
                        IntervalPanel.SQUARE, IntervalPanel.SQUARE);
            }
            y += ROW;
        }
        y += ROW;
        double mid = y + ROW / 2;
        double base = mid + FONT * 0.35;
        svg.text("total-label", MARGIN, base, total, FONT, "start", "bold", INK);
        svg.text("effect", effectLeft + effectWidth / 2, base, Numbers.interval(full.pooled().estimate(),
                full.pooled().ciLower(), full.pooled().ciUpper()), FONT, "middle", "bold", INK);
        double tau2 = full.heterogeneity().tau2();
        svg.text("tau2", tauLeft + tauWidth, base, Double.isNaN(tau2) ? "" : Numbers.effect(tau2), FONT, "end", "bold",
                INK);
        double i2 = full.heterogeneity().i2();
        svg.text("i2", i2Left + i2Width, base, Double.isNaN(i2) ? "" : String.format(Locale.ROOT, "%.0f%%", i2), FONT,
                "end", "bold", INK);
        panel.diamond(svg, mid, full.pooled().estimate(), full.pooled().ciLower(), full.pooled().ciUpper(), 5.5, INK);
        panel.nullLine(svg, first - 3, axisY);
        panel.referenceLine(svg, full.pooled().estimate(), first - 3, axisY);
        panel.axisLine(svg, axisY, SMALL);
        panel.favours(svg, favoursY, left, right, FONT);
        return svg.toString();
    }
}
