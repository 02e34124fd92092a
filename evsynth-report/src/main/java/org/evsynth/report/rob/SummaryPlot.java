package org.evsynth.report.rob;

import org.evsynth.review.rob.Judgement;
import org.evsynth.review.rob.RobTool;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.evsynth.report.svg.Svg;

/**
 * The risk-of-bias summary plot as robvis draws it: one horizontal bar per domain and one for the overall
 * judgement, split into the share of studies (or, weighted, of the studies' total weight, as Cochrane reviews
 * weight by the meta-analysis weight) at each judgement, Low on the left. Shares are printed in the segments
 * that have room for them, so that the figure can be read without estimating lengths against the axis.
 *
 * <p>CSS classes: {@code rob-bar} (one per non-empty segment), {@code domain-label}, {@code legend},
 * {@code axis-label}.
 */
public final class SummaryPlot {

    private static final double FONT = 12;
    private static final double BAR = 24;
    private static final double GAP = 10;
    private static final double BAR_WIDTH = 440;
    private static final double MARGIN = 14;

    private SummaryPlot() {
    }

    /** The percentage axis under the bars and the legend of judgements under it. */
    private static void axisAndLegend(Svg svg, List<Judgement> scale, double barLeft, double axisY, double legendY,
                                      double legendLeft) {
        svg.line("axis", barLeft, axisY, barLeft + BAR_WIDTH, axisY, "#000000", 1, null);
        for (int t = 0; t <= 4; t++) {
            double tx = barLeft + BAR_WIDTH * t / 4.0;
            svg.line("axis-tick", tx, axisY, tx, axisY + 5, "#000000", 1, null);
            svg.text("axis-label", tx, axisY + 18, (t * 25) + "%", FONT - 1, "middle", "normal", "#000000");
        }

        double lx = legendLeft;
        for (Judgement j : scale) {
            svg.rect("legend-key", lx, legendY - 10, 12, 12, j.colour(), "#404040");
            svg.text("legend", lx + 18, legendY, legendLabel(j), FONT);
            lx += 18 + Svg.textWidth(legendLabel(j), FONT) + 18;
        }
    }

    /** One stacked bar: a segment per judgement, with its percentage where it fits. */
    private static void bar(Svg svg, List<Judgement> scale, double[] shares, double left, double y) {
        double x = left;
        for (int k = 0; k < scale.size(); k++) {
            double w = shares[k] * BAR_WIDTH;
            if (w <= 0) {
                continue;
            }
            Judgement j = scale.get(k);
            svg.rect("rob-bar", x, y, w, BAR, j.colour(), "#404040");
            String percent = String.format(Locale.ROOT, "%.0f%%", shares[k] * 100);
            if (Svg.textWidth(percent, FONT - 1) + 6 <= w) {
                String ink = j == Judgement.HIGH || j == Judgement.SERIOUS || j == Judgement.CRITICAL
                        ? "#FFFFFF" : "#000000";
                svg.text("rob-percent", x + w / 2, y + BAR / 2 + 4, percent, FONT - 1, "middle", "normal", ink);
            }
            x += w;
        }
    }

    /**
     * The plot as an SVG document.
     *
     * @param weighted weight each study by its Weight column (robvis' weighted = TRUE)
     * @throws IllegalArgumentException when weighted and the table has no weights, or the weights sum to zero
     */
    public static String svg(RobTable table, boolean weighted) {
        if (weighted && !table.hasWeights()) {
            throw new IllegalArgumentException("a weighted summary needs a Weight column in the judgement table");
        }
        RobTool tool = table.tool();
        List<String> labels = new ArrayList<>(tool.domains());
        labels.add("Overall risk of bias");
        double[] weights = table.studies().stream().mapToDouble(s -> weighted ? s.weight() : 1).toArray();
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the studies' weights sum to zero");
        }

        double labelWidth = 0;
        for (String label : labels) {
            labelWidth = Math.max(labelWidth, Svg.textWidth(label, FONT) * 1.04);
        }
        double barLeft = MARGIN + labelWidth + 12;
        double top = MARGIN + 26;
        double barsBottom = top + labels.size() * (BAR + GAP) - GAP;
        double axisY = barsBottom + 6;
        double legendY = axisY + 44;

        List<Judgement> scale = tool.scale();
        double legendWidth = 0;
        for (Judgement j : scale) {
            legendWidth += 18 + Svg.textWidth(legendLabel(j), FONT) + 18;
        }
        double width = Math.max(barLeft + BAR_WIDTH + 20, MARGIN + legendWidth) + MARGIN;
        double height = legendY + 12 + MARGIN;

        Svg svg = new Svg(Math.ceil(width), Math.ceil(height));
        String basis = weighted ? "weighted by study weight" : "unweighted, each study counts once";
        svg.title(tool.displayName() + " risk-of-bias summary, " + table.studies().size() + " studies, " + basis);
        svg.text("subtitle", barLeft, MARGIN + 10, String.format(Locale.ROOT, "%s, %d studies, %s",
                tool.displayName(), table.studies().size(), basis), FONT - 1, "start", "normal", "#404040");

        for (int row = 0; row < labels.size(); row++) {
            double y = top + row * (BAR + GAP);
            svg.text("domain-label", barLeft - 10, y + BAR / 2 + FONT * 0.35, labels.get(row), FONT, "end",
                    row == labels.size() - 1 ? "bold" : "normal", "#000000");
            bar(svg, scale, shares(table, row, weights, total), barLeft, y);
        }

        axisAndLegend(svg, scale, barLeft, axisY, legendY, Math.max(MARGIN, (width - legendWidth) / 2));
        return svg.toString();
    }

    /** The share of weight at each judgement of the scale, for a domain row or (row = domainCount()) Overall. */
    static double[] shares(RobTable table, int row, double[] weights, double total) {
        List<Judgement> scale = table.tool().scale();
        double[] shares = new double[scale.size()];
        List<RobStudy> studies = table.studies();
        for (int s = 0; s < studies.size(); s++) {
            RobStudy study = studies.get(s);
            Judgement j = row == table.domainCount() ? study.overall() : study.domains().get(row);
            shares[scale.indexOf(j)] += weights[s] / total;
        }
        return shares;
    }

    /** robvis' legend words: "Low risk of bias", "Some concerns", "No information". */
    static String legendLabel(Judgement j) {
        return switch (j) {
            case SOME_CONCERNS, NO_INFORMATION -> j.label();
            default -> j.label() + " risk of bias";
        };
    }
}
