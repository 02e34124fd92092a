package org.evsynth.report.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.evsynth.report.format.Numbers;
import org.evsynth.report.format.Texts;
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
    private static final double ROB_COLUMN = ForestDrawing.ROB_COLUMN;

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

    /** The analysis of all studies. */
    MetaAnalysisResult overall() {
        return overall;
    }

    /** Shows each study's data per group (events/total, or mean, SD and n), matched by study label. */
    public ForestPlot withArms(List<? extends StudyData> studies) {
        return with(options.withArms(List.copyOf(studies), List.of()));
    }

    /**
     * Shows each study's data per group, matched by subgroup and label: needed when one label occurs in several
     * subgroups, as a trial reporting several outcomes does.
     */
    public ForestPlot withArms(List<? extends StudyData> studies, Function<? super StudyData, String> subgroupOf) {
        List<String> groups = studies.stream().map(s -> (String) subgroupOf.apply(s)).toList();
        return with(options.withArms(List.copyOf(studies), groups));
    }

    /**
     * Shows the per-group data as written in the study table (each study's cells by column, in the order of the
     * arms given), so that a mean of 42.0 reads 42.0: the number alone cannot say how many decimals were reported.
     */
    public ForestPlot withArmTexts(List<Map<String, String>> texts) {
        return with(options.withArmTexts(texts));
    }

    /** Names the groups: the data columns' headings and 'Favours group1' / 'Favours group2'. */
    public ForestPlot withGroupLabels(String group1, String group2) {
        return with(options.withGroups(group1, group2));
    }

    /** The 'Favours' texts: for an outcome where more is better, {@code Favours.of(g1, g2, true)}. */
    public ForestPlot withFavours(Favours favours) {
        return withFavours(favours.left(), favours.right());
    }

    /** Replaces the 'Favours' texts, e.g. for a benefit where higher values favour the experimental group. */
    public ForestPlot withFavours(String left, String right) {
        return with(options.withFavours(left, right));
    }

    /** Adds risk-of-bias columns of coloured circles, one per domain, lettered A, B, ... with a legend. */
    public ForestPlot withRisksOfBias(List<RobColumn> columns) {
        return with(options.withRisksOfBias(columns));
    }

    /**
     * The studies' estimates side by side without weights, pooled diamonds, prediction interval or tests: for an
     * overview of reviews, whose estimates share studies and must not be pooled again.
     */
    public ForestPlot withoutPooled() {
        return with(options.withPooled(false));
    }

    /** A title above the plot. */
    public ForestPlot withTitle(String title) {
        return with(options.withTitle(title));
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
        return new ForestDrawing(this, rows, arms, axis()).draw();
    }

    /** "Risk ratio" over "IV, Random, 95% CI", RevMan's heading of the effect columns. */
    String[] effectHeading() {
        String pooling = switch (overall.pooling()) {
            case IV -> "IV";
            case MH -> "M-H";
            case PETO -> "Peto";
        };
        String model = overall.model() == Model.RANDOM ? "Random" : "Common";
        String ci = Numbers.tick(100 * overall.level()) + "% CI";
        if (!options.pooled()) {
            return new String[] {Texts.capitalised(overall.measure().description()), ci};
        }
        return new String[] {Texts.capitalised(overall.measure().description()),
            pooling + ", " + model + ", " + ci};
    }

    /**
     * The methods footnote: what RevMan's heading leaves out; null for a single study, where nothing is pooled and
     * the engine's note says what is shown.
     */
    String methodNote() {
        if (!options.pooled()) {
            return "Estimates shown side by side, not pooled.";
        }
        if (overall.k() == 1 && subgroups.isEmpty()) {
            return null;
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

    /** The centre of risk-of-bias column d: the columns are centred under their heading. */
    double robX(double robLeft, int d) {
        int count = options.risksOfBias().size();
        double span = Math.max(count * ROB_COLUMN, Svg.textWidth("Risk of bias", FONT));
        return robLeft + (span - count * ROB_COLUMN) / 2 + (d + 0.5) * ROB_COLUMN;
    }

    /** The width of bold text at the plot's font size: columns are measured bold where headings and totals are. */
    static double bold(String text) {
        return Svg.boldTextWidth(text, FONT);
    }

    static String letter(int d) {
        return d < 26 ? String.valueOf((char) ('A' + d)) : "D" + (d + 1);
    }
}
