package org.evsynth.report.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.evsynth.report.format.Texts;
import org.evsynth.review.rob.Judgement;
import org.evsynth.report.svg.Svg;
import org.evsynth.stats.meta.MetaAnalysisResult;

/**
 * One drawing of a {@link ForestPlot}: the columns measured from their contents, the rows placed, and the SVG
 * written. The plot says what to draw; this says where.
 */
final class ForestDrawing {

    private static final double FONT = ForestPlot.FONT;
    private static final double SMALL = ForestPlot.SMALL;
    private static final double ROW = 17;
    private static final double LINE = 13;
    private static final double GAP = 14;
    private static final double MARGIN = 14;
    private static final double PANEL = 260;
    private static final double LABEL_MAX = 200;
    private static final double MAX_SQUARE = 11;
    private static final double MIN_SQUARE = 3;
    static final double ROB_COLUMN = 17;
    private static final String INK = "#000000";


    private final List<ForestRow> rows;
    private final ArmColumns arms;
    private final EffectAxis axis;
    private final String[] heading;
    private final ForestPlot plot;
    private final ForestOptions options;
    private final MetaAnalysisResult overall;
    private double labelWidth;
    private final double[] cellWidth;
    private double weightWidth;
    private double effectWidth;
    private final List<List<String>> labelLines = new ArrayList<>();

    ForestDrawing(ForestPlot plot, List<ForestRow> rows, ArmColumns arms, EffectAxis axis) {
        this.plot = plot;
        this.options = plot.options();
        this.overall = plot.overall();
        this.heading = plot.effectHeading();
        this.rows = rows;
        this.arms = arms;
        this.axis = axis;
        this.cellWidth = new double[arms.count()];
        measure();
    }

    private void measure() {
        double widest = ForestPlot.bold("Study or subgroup");
        for (ForestRow row : rows) {
            if (row.kind() != ForestRow.Kind.NOTE) {
                widest = Math.max(widest, isBold(row) ? ForestPlot.bold(row.label()) : Svg.textWidth(row.label(), FONT));
            }
        }
        labelWidth = Math.min(widest, LABEL_MAX);
        int perGroup = arms.perGroup().size();
        for (int c = 0; c < cellWidth.length; c++) {
            cellWidth[c] = ForestPlot.bold(arms.perGroup().get(c % perGroup));
            for (ForestRow row : rows) {
                if (!row.cells().isEmpty()) {
                    cellWidth[c] = Math.max(cellWidth[c], ForestPlot.bold(row.cells().get(c)));
                }
            }
        }
        for (int g = 0; g < arms.groups(); g++) {
            double span = -GAP;
            for (int c = 0; c < perGroup; c++) {
                span += cellWidth[g * perGroup + c] + GAP;
            }
            double need = ForestPlot.bold(group(g));
            if (need > span) {
                for (int c = 0; c < perGroup; c++) {
                    cellWidth[g * perGroup + c] += (need - span) / perGroup;
                }
            }
        }
        weightWidth = options.pooled() ? Math.max(ForestPlot.bold("Weight"), ForestPlot.bold("100.0%")) : -GAP;
        effectWidth = Math.max(ForestPlot.bold(heading[0]), ForestPlot.bold(heading[1]));
        for (ForestRow row : rows) {
            effectWidth = Math.max(effectWidth, ForestPlot.bold(row.effect()));
        }
        double notes = 0;
        for (ForestRow row : rows) {
            if (row.kind() == ForestRow.Kind.NOTE) {
                notes = Math.max(notes, Svg.textWidth(row.label(), SMALL));
            }
        }
        double beside = panelLeft() - MARGIN - GAP - labelWidth;
        if (notes > labelWidth + beside) {
            labelWidth = notes - beside;
        }
        for (ForestRow row : rows) {
            labelLines.add(row.kind() == ForestRow.Kind.NOTE || row.kind() == ForestRow.Kind.BLANK
                    ? List.of(row.label())
                    : TextFit.wrap(row.label(), labelWidth - indent(row), FONT, 2));
        }
    }

    private String group(int g) {
        return arms == ArmColumns.PROPORTION ? options.group1() : g == 0 ? options.group1() : options.group2();
    }

    private double indent(ForestRow row) {
        return 0;
    }

    private boolean isBold(ForestRow row) {
        return row.kind() == ForestRow.Kind.HEADING || row.kind() == ForestRow.Kind.TOTAL;
    }

    private double cellsLeft() {
        return MARGIN + labelWidth + GAP;
    }

    private double cellLeft(int c) {
        double x = cellsLeft();
        for (int i = 0; i < c; i++) {
            x += cellWidth[i] + GAP;
        }
        return x;
    }

    private double weightLeft() {
        return cellLeft(cellWidth.length);
    }

    private double effectLeft() {
        return weightLeft() + weightWidth + GAP;
    }

    private double panelLeft() {
        return effectLeft() + effectWidth + GAP;
    }

    private double rowHeight(int i) {
        return Math.max(ROW, labelLines.get(i).size() * LINE + 4);
    }

    String draw() {
        IntervalPanel panel = new IntervalPanel(panelLeft(), PANEL, axis);
        double robLeft = panelLeft() + PANEL + GAP;
        int robCount = options.risksOfBias().size();
        double right = robLeft + (robCount == 0 ? -GAP
                : Math.max(robCount * ROB_COLUMN, Svg.textWidth("Risk of bias", FONT)));
        List<String> footer = footer();
        double tableRows = 0;
        for (int i = 0; i < rows.size(); i++) {
            tableRows += rowHeight(i);
        }
        double top = MARGIN + (options.title() == null ? 0 : ROW + 4);
        double headerBottom = top + 2 * ROW + 2;
        double axisY = headerBottom + 4 + tableRows + 4;
        double favoursY = axisY + 8 + FONT + (axis.hasNull() ? 6 + FONT : 0);
        double height = favoursY + 8 + footer.size() * LINE + MARGIN;
        double favoursRight = panel.x(axis.hasNull() ? axis.nullValue() : axis.max()) + 8
                + Svg.textWidth(options.rightFavours(), FONT);
        double footerWidth = MARGIN + footer.stream().mapToDouble(f -> Svg.textWidth(f, SMALL)).max().orElse(0);
        double width = Math.max(Math.max(right, favoursRight), footerWidth) + MARGIN;
        Svg svg = new Svg(Math.ceil(width), Math.ceil(height));
        svg.title(options.title() != null ? options.title() : "Forest plot: " + heading[0]);
        if (options.title() != null) {
            svg.text("title", MARGIN, MARGIN + FONT + 1, options.title(), FONT + 2, "start", "bold", INK);
        }
        header(svg, top, robLeft);
        svg.line("header-rule", MARGIN, headerBottom, right, headerBottom, INK, 0.8, null);
        double y = headerBottom + 4;
        double maxWeight = rows.stream().filter(r -> r.kind() == ForestRow.Kind.STUDY)
                .mapToDouble(ForestRow::weightPercent).max().orElse(1);
        for (int i = 0; i < rows.size(); i++) {
            row(svg, panel, rows.get(i), labelLines.get(i), y, rowHeight(i), maxWeight, robLeft);
            y += rowHeight(i);
        }
        panel.nullLine(svg, headerBottom, axisY);
        panel.axisLine(svg, axisY, SMALL);
        panel.favours(svg, favoursY, options.leftFavours(), options.rightFavours(), FONT);
        double fy = favoursY + 8;
        for (String line : footer) {
            fy += LINE;
            svg.text("footnote", MARGIN, fy, line, SMALL, "start", "normal", "#404040");
        }
        return svg.toString();
    }

    private List<String> footer() {
        List<String> lines = new ArrayList<>();
        if (plot.methodNote() != null) {
            lines.add(plot.methodNote());
        }
        overall.notes().forEach(n -> lines.add(Texts.capitalised(n) + (n.endsWith(".") ? "" : ".")));
        List<RobColumn> rob = options.risksOfBias();
        if (!rob.isEmpty()) {
            lines.add("Risk of bias legend");
            for (int d = 0; d < rob.size(); d++) {
                lines.add(String.format(Locale.ROOT, "(%s) %s", ForestPlot.letter(d), rob.get(d).domain()));
            }
        }
        return lines;
    }

    private void header(Svg svg, double top, double robLeft) {
        double line1 = top + FONT;
        double line2 = top + ROW + FONT;
        int perGroup = arms.perGroup().size();
        for (int g = 0; g < arms.groups(); g++) {
            double from = cellLeft(g * perGroup);
            double to = cellLeft((g + 1) * perGroup) - GAP;
            svg.text("group-label", (from + to) / 2, line1, group(g), FONT, "middle", "bold", INK);
            for (int c = 0; c < perGroup; c++) {
                int i = g * perGroup + c;
                svg.text("column-heading", cellLeft(i) + cellWidth[i], line2, arms.perGroup().get(c), FONT,
                        "end", "bold", INK);
            }
        }
        svg.text("column-heading", MARGIN, line2, "Study or subgroup", FONT, "start", "bold", INK);
        if (options.pooled()) {
            svg.text("column-heading", weightLeft() + weightWidth, line2, "Weight", FONT, "end", "bold", INK);
        }
        double effectCentre = effectLeft() + effectWidth / 2;
        double panelCentre = panelLeft() + PANEL / 2;
        for (double centre : new double[] {effectCentre, panelCentre}) {
            svg.text("column-heading", centre, line1, heading[0], FONT, "middle", "bold", INK);
            svg.text("column-heading", centre, line2, heading[1], FONT, "middle", "bold", INK);
        }
        int robCount = options.risksOfBias().size();
        if (robCount > 0) {
            double centre = robLeft + Math.max(robCount * ROB_COLUMN, Svg.textWidth("Risk of bias", FONT)) / 2;
            svg.text("column-heading", centre, line1, "Risk of bias", FONT, "middle", "bold", INK);
            for (int d = 0; d < robCount; d++) {
                svg.text("column-heading", plot.robX(robLeft, d), line2, ForestPlot.letter(d), FONT, "middle",
                        "bold", INK);
            }
        }
    }

    private void row(Svg svg, IntervalPanel panel, ForestRow row, List<String> lines, double top,
                     double height, double maxWeight, double robLeft) {
        double mid = top + height / 2;
        double baseline = mid + FONT * 0.35;
        String weight = isBold(row) ? "bold" : "normal";
        if (row.kind() == ForestRow.Kind.NOTE) {
            svg.text("note", MARGIN, baseline, row.label(), SMALL, "start", "normal", INK);
            return;
        }
        String labelClass = switch (row.kind()) {
            case STUDY, EXCLUDED -> "study-label";
            case HEADING -> "subgroup-label";
            case TOTAL -> "total-label";
            default -> "row-label";
        };
        double first = mid - (lines.size() - 1) * LINE / 2 + FONT * 0.35;
        for (int l = 0; l < lines.size(); l++) {
            svg.text(labelClass, MARGIN + indent(row), first + l * LINE, lines.get(l), FONT, "start", weight, INK);
        }
        for (int c = 0; c < row.cells().size(); c++) {
            if (!row.cells().get(c).isEmpty()) {
                svg.text("cell", cellLeft(c) + cellWidth[c], baseline, row.cells().get(c), FONT, "end", weight,
                        INK);
            }
        }
        if (!row.weight().isEmpty()) {
            svg.text("weight", weightLeft() + weightWidth, baseline, row.weight(), FONT, "end", weight, INK);
        }
        if (!row.effect().isEmpty()) {
            svg.text("effect", effectLeft() + effectWidth / 2, baseline, row.effect(), FONT, "middle", weight,
                    INK);
        }
        switch (row.kind()) {
            case STUDY -> panel.study(svg, mid, row.estimate(), row.lower(), row.upper(),
                    squareSide(row.weightPercent(), maxWeight));
            case TOTAL -> panel.diamond(svg, mid, row.estimate(), row.lower(), row.upper(), 5.5, INK);
            case PREDICTION -> panel.prediction(svg, mid, row.lower(), row.upper());
            default -> { }
        }
        if (row.study() != null && row.kind() == ForestRow.Kind.STUDY) {
            List<RobColumn> rob = options.risksOfBias();
            for (int d = 0; d < rob.size(); d++) {
                Judgement level = rob.get(d).level(row.study());
                if (level != null) {
                    double cx = plot.robX(robLeft, d);
                    svg.circle("rob-circle", cx, mid, 6.5, level.colour(), "#404040");
                    svg.text("rob-symbol", cx, mid + 3.2, level.symbol(), 9, "middle", "bold", INK);
                }
            }
        }
    }

    /**
     * Square area proportional to weight, as in RevMan, with a floor so that tiny studies stay visible; one size
     * for all when nothing is pooled.
     */
    private double squareSide(double weight, double maxWeight) {
        if (!options.pooled()) {
            return 7;
        }
        if (!(weight > 0) || !(maxWeight > 0)) {
            return MIN_SQUARE;
        }
        return Math.max(MIN_SQUARE, MAX_SQUARE * Math.sqrt(weight / maxWeight));
    }
}
