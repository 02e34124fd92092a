package org.evsynth.report.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.evsynth.report.svg.Svg;
import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.Subgroup;
import org.evsynth.stats.meta.SubgroupAnalysisResult;
import org.evsynth.stats.meta.SubgroupTest;

/**
 * A forest plot in the layout reviewers know from RevMan and R's meta: study | per-group data | weight |
 * effect [CI] | the plot panel | risk-of-bias circles, with pooled diamonds, the prediction interval, heterogeneity
 * and test lines, and 'Favours ...' under the axis.
 *
 * <pre>{@code
 * String svg = ForestPlot.of(result).withArms(studies).withGroupLabels("Impella", "VA-ECMO").svg();
 * }</pre>
 *
 * <p>Immutable: each {@code with} returns a new plot. Elements carry CSS classes ("study-label", "study-square",
 * "ci-line", "ci-arrow", "diamond", "prediction-interval", "axis-tick", "favours", "rob-circle") so that tests
 * and stylesheets can find them.
 */
public final class ForestPlot {

    static final double FONT = 11;
    static final double SMALL = 10;
    private static final double ROW = 17;
    private static final double LINE = 13;
    private static final double GAP = 14;
    private static final double MARGIN = 14;
    private static final double PANEL = 260;
    private static final double LABEL_MAX = 200;
    private static final double MAX_SQUARE = 11;
    private static final double MIN_SQUARE = 3;
    private static final double ROB_COLUMN = 17;
    private static final String INK = "#000000";

    private final MetaAnalysisResult overall;
    private final List<Subgroup> subgroups;
    private final SubgroupTest test;
    private final ForestOptions options;

    private ForestPlot(MetaAnalysisResult overall, List<Subgroup> subgroups, SubgroupTest test, ForestOptions options) {
        this.overall = overall;
        this.subgroups = List.copyOf(subgroups);
        this.test = test;
        this.options = options;
    }

    /** A plot of one analysis. */
    public static ForestPlot of(MetaAnalysisResult result) {
        return new ForestPlot(result, List.of(), null, ForestOptions.defaults());
    }

    /** A plot with a block per subgroup, the overall total and the test for subgroup differences. */
    public static ForestPlot of(SubgroupAnalysisResult result) {
        return new ForestPlot(result.overall(), result.subgroups(), result.test(), ForestOptions.defaults());
    }

    /** The same plot with these options. */
    public ForestPlot with(ForestOptions value) {
        return new ForestPlot(overall, subgroups, test, value);
    }

    /** The options in use. */
    public ForestOptions options() {
        return options;
    }

    /** Shows each study's data per group (events/total, or mean, SD and n), matched by study label. */
    public ForestPlot withArms(List<? extends StudyData> studies) {
        return with(new ForestOptions(options.group1(), options.group2(), options.favoursLeft(),
                options.favoursRight(), List.copyOf(studies), List.of(), options.risksOfBias(), options.title(), options.pooled()));
    }

    /**
     * Shows each study's data per group, matched by subgroup and label: needed when one label occurs in several
     * subgroups, as a trial reporting several outcomes does.
     */
    public ForestPlot withArms(List<? extends StudyData> studies, Function<? super StudyData, String> subgroupOf) {
        List<String> groups = studies.stream().map(s -> (String) subgroupOf.apply(s)).toList();
        return with(new ForestOptions(options.group1(), options.group2(), options.favoursLeft(),
                options.favoursRight(), List.copyOf(studies), groups, options.risksOfBias(), options.title(), options.pooled()));
    }

    /** Names the groups: the data columns' headings and 'Favours group1' / 'Favours group2'. */
    public ForestPlot withGroupLabels(String group1, String group2) {
        return with(new ForestOptions(group1, group2, options.favoursLeft(), options.favoursRight(), options.arms(),
                options.armSubgroups(), options.risksOfBias(), options.title(), options.pooled()));
    }

    /** Replaces the 'Favours' texts, e.g. for a benefit where higher values favour the experimental group. */
    public ForestPlot withFavours(String left, String right) {
        return with(new ForestOptions(options.group1(), options.group2(), left, right, options.arms(),
                options.armSubgroups(), options.risksOfBias(), options.title(), options.pooled()));
    }

    /** Adds risk-of-bias columns of coloured circles, one per domain, lettered A, B, ... with a legend. */
    public ForestPlot withRisksOfBias(List<RobColumn> columns) {
        return with(new ForestOptions(options.group1(), options.group2(), options.favoursLeft(),
                options.favoursRight(), options.arms(), options.armSubgroups(), columns, options.title(), options.pooled()));
    }

    /**
     * The studies' estimates side by side without weights, pooled diamonds, prediction interval or tests: for an
     * overview of reviews, whose estimates share studies and must not be pooled again.
     */
    public ForestPlot withoutPooled() {
        return with(new ForestOptions(options.group1(), options.group2(), options.favoursLeft(),
                options.favoursRight(), options.arms(), options.armSubgroups(), options.risksOfBias(), options.title(),
                false));
    }

    /** A title above the plot. */
    public ForestPlot withTitle(String title) {
        return with(new ForestOptions(options.group1(), options.group2(), options.favoursLeft(),
                options.favoursRight(), options.arms(), options.armSubgroups(), options.risksOfBias(), title, options.pooled()));
    }

    /**
     * The effect axis the plot uses: covering every estimate, the overall CI, and the studies' CIs unless extreme.
     * Subgroup CIs do not widen it: with two or three studies (and HKSJ) they can be very wide, and would squash
     * every study's CI; they run off the axis with arrows instead.
     */
    public EffectAxis axis() {
        List<Double> points = new ArrayList<>();
        List<Double> limits = new ArrayList<>();
        for (MetaAnalysisResult r : results()) {
            r.studies().forEach(s -> {
                points.add(s.estimate());
                limits.add(s.ciLower());
                limits.add(s.ciUpper());
            });
            if (options.pooled()) {
                points.add(r.pooled().estimate());
            }
        }
        if (options.pooled()) {
            limits.add(overall.pooled().ciLower());
            limits.add(overall.pooled().ciUpper());
            limits.add(overall.predictionInterval().lower());
            limits.add(overall.predictionInterval().upper());
        }
        return EffectAxis.of(overall.measure(), points.stream().mapToDouble(Double::doubleValue).toArray(),
                limits.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private List<MetaAnalysisResult> results() {
        List<MetaAnalysisResult> all = new ArrayList<>();
        all.add(overall);
        subgroups.forEach(s -> all.add(s.result()));
        return all;
    }

    /** The plot as an SVG document. */
    public String svg() {
        List<ForestRow> rows = ForestTable.rows(overall, subgroups, test, options);
        ArmColumns arms = ArmColumns.of(options.arms());
        return new Drawing(rows, arms, axis()).draw();
    }

    /** "Risk ratio" over "IV, Random, 95% CI", RevMan's heading of the effect columns. */
    private String[] effectHeading() {
        String pooling = switch (overall.pooling()) {
            case IV -> "IV";
            case MH -> "M-H";
            case PETO -> "Peto";
        };
        String model = overall.model() == Model.RANDOM ? "Random" : "Common";
        String ci = Format.tick(100 * overall.level()) + "% CI";
        if (!options.pooled()) {
            return new String[] {Format.capitalised(overall.measure().description()), ci};
        }
        return new String[] {Format.capitalised(overall.measure().description()),
            pooling + ", " + model + ", " + ci};
    }

    /** The methods footnote: what RevMan's heading leaves out. */
    private String methodNote() {
        if (!options.pooled()) {
            return "Estimates shown side by side, not pooled.";
        }
        String ci = overall.confidenceMethod() == ConfidenceMethod.HKSJ ? "Hartung-Knapp-Sidik-Jonkman CI"
                : "Wald CI";
        if (overall.model() == Model.RANDOM && overall.estimator() != null) {
            return String.format(Locale.ROOT, "Random effects, %s estimator of Tau², %s; prediction interval: %s.",
                    overall.estimator(), ci, overall.predictionMethod().toString().toLowerCase(Locale.ROOT)
                            + " distribution");
        }
        return "Common effect, " + ci + ".";
    }

    /** One drawing: column positions, row positions and the SVG. */
    private final class Drawing {

        private final List<ForestRow> rows;
        private final ArmColumns arms;
        private final EffectAxis axis;
        private final String[] heading = effectHeading();
        private double labelWidth;
        private final double[] cellWidth;
        private double weightWidth;
        private double effectWidth;
        private final List<List<String>> labelLines = new ArrayList<>();

        Drawing(List<ForestRow> rows, ArmColumns arms, EffectAxis axis) {
            this.rows = rows;
            this.arms = arms;
            this.axis = axis;
            this.cellWidth = new double[arms.count()];
            measure();
        }

        private void measure() {
            double widest = bold("Study or subgroup");
            for (ForestRow row : rows) {
                if (row.kind() != ForestRow.Kind.NOTE) {
                    widest = Math.max(widest, isBold(row) ? bold(row.label()) : Svg.textWidth(row.label(), FONT));
                }
            }
            labelWidth = Math.min(widest, LABEL_MAX);
            int perGroup = arms.perGroup().size();
            for (int c = 0; c < cellWidth.length; c++) {
                cellWidth[c] = bold(arms.perGroup().get(c % perGroup));
                for (ForestRow row : rows) {
                    if (!row.cells().isEmpty()) {
                        cellWidth[c] = Math.max(cellWidth[c], bold(row.cells().get(c)));
                    }
                }
            }
            for (int g = 0; g < arms.groups(); g++) {
                double span = -GAP;
                for (int c = 0; c < perGroup; c++) {
                    span += cellWidth[g * perGroup + c] + GAP;
                }
                double need = bold(group(g));
                if (need > span) {
                    for (int c = 0; c < perGroup; c++) {
                        cellWidth[g * perGroup + c] += (need - span) / perGroup;
                    }
                }
            }
            weightWidth = options.pooled() ? Math.max(bold("Weight"), bold("100.0%")) : -GAP;
            effectWidth = Math.max(bold(heading[0]), bold(heading[1]));
            for (ForestRow row : rows) {
                effectWidth = Math.max(effectWidth, bold(row.effect()));
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
            lines.add(methodNote());
            overall.notes().forEach(n -> lines.add(Format.capitalised(n) + (n.endsWith(".") ? "" : ".")));
            List<RobColumn> rob = options.risksOfBias();
            if (!rob.isEmpty()) {
                lines.add("Risk of bias legend");
                for (int d = 0; d < rob.size(); d++) {
                    lines.add(String.format(Locale.ROOT, "(%s) %s", letter(d), rob.get(d).domain()));
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
                    svg.text("column-heading", robX(robLeft, d), line2, letter(d), FONT, "middle",
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
                    org.evsynth.review.rob.Judgement level = rob.get(d).level(row.study());
                    if (level != null) {
                        double cx = robX(robLeft, d);
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

    /** The centre of risk-of-bias column d: the columns are centred under their heading. */
    private double robX(double robLeft, int d) {
        int count = options.risksOfBias().size();
        double span = Math.max(count * ROB_COLUMN, Svg.textWidth("Risk of bias", FONT));
        return robLeft + (span - count * ROB_COLUMN) / 2 + (d + 0.5) * ROB_COLUMN;
    }

    /**
     * The width of bold text: Svg's estimate is for the regular face, and bold DejaVu Sans runs about 10% wider;
     * columns are measured bold so that headings and totals never touch their neighbours.
     */
    private static double bold(String text) {
        return Svg.textWidth(text, FONT) * 1.1;
    }

    private static String letter(int d) {
        return d < 26 ? String.valueOf((char) ('A' + d)) : "D" + (d + 1);
    }
}
