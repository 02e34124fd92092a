package org.evsynth.report.figure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.evsynth.report.format.Numbers;
import org.evsynth.stats.effect.Exclusion;
import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.meta.Heterogeneity;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.PooledEffect;
import org.evsynth.stats.meta.StudyResult;
import org.evsynth.stats.meta.Subgroup;
import org.evsynth.stats.meta.SubgroupTest;

/**
 * The rows of a forest plot from the engine's results, in RevMan's order: per subgroup a heading, its studies,
 * studies not estimable, the subtotal with its diamond, total events, heterogeneity and the test for the subgroup's
 * effect; then the overall total, the prediction interval, heterogeneity, the test for overall effect and the test
 * for subgroup differences.
 *
 * <p>Studies show their weight in the overall analysis, and a subtotal the sum of its studies' weights, as RevMan
 * and R's meta do; each subgroup's own diamond still comes from its own analysis. A study is found in the overall
 * analysis by its label and effect, and its data by subgroup and label, taken in order: one trial may appear in
 * several subgroups (one per outcome) under the same label.
 */
final class ForestTable {

    private final MetaAnalysisResult overall;
    private final boolean byGroup;
    private final Map<List<String>, Deque<Integer>> arms = new HashMap<>();
    private final ForestOptions options;
    private final ArmColumns columns;
    private final Map<List<Object>, Double> overallWeight = new HashMap<>();
    private final List<ForestRow> rows = new ArrayList<>();
    private String subgroup = "";

    private ForestTable(MetaAnalysisResult overall, ForestOptions options) {
        this.overall = overall;
        this.options = options;
        this.columns = ArmColumns.of(options.arms());
        this.byGroup = !options.armSubgroups().isEmpty();
        for (int i = 0; i < options.arms().size(); i++) {
            StudyData data = options.arms().get(i);
            arms.computeIfAbsent(key(byGroup ? options.armSubgroups().get(i) : "", data.study()),
                    k -> new ArrayDeque<>()).add(i);
        }
        overall.studies().forEach(s -> overallWeight.putIfAbsent(effectKey(s), s.weight()));
    }

    private static List<String> key(String group, String study) {
        return List.of(group == null ? "" : group, study);
    }

    private static List<Object> effectKey(StudyResult s) {
        return List.of(s.study(), s.theta(), s.variance());
    }

    /** The rows; subgroups may be empty and test null. */
    static List<ForestRow> rows(MetaAnalysisResult overall, List<Subgroup> subgroups, SubgroupTest test,
                                ForestOptions options) {
        ForestTable table = new ForestTable(overall, options);
        if (!options.pooled()) {
            return table.unpooled(subgroups);
        }
        String ci = Numbers.tick(100 * overall.level()) + "% CI";
        if (subgroups.isEmpty()) {
            table.studies(overall);
            table.rows.add(ForestRow.text(ForestRow.Kind.BLANK, ""));
            table.pooled(overall, "Total (" + ci + ")");
            table.prediction(overall);
            table.tests(overall);
        } else {
            for (Subgroup subgroup : subgroups) {
                table.subgroup = subgroup.name();
                table.rows.add(ForestRow.text(ForestRow.Kind.HEADING, subgroup.name()));
                table.studies(subgroup.result());
                table.pooled(subgroup.result(), "Subtotal (" + ci + ")");
                table.tests(subgroup.result());
                table.rows.add(ForestRow.text(ForestRow.Kind.BLANK, ""));
            }
            table.subgroup = null;
            table.pooled(overall, "Total (" + ci + ")");
            table.prediction(overall);
            table.tests(overall);
            if (test != null) {
                double i2 = test.q() > 0 ? 100 * Math.max(0, (test.q() - test.df()) / test.q()) : 0;
                table.rows.add(ForestRow.text(ForestRow.Kind.NOTE, String.format(Locale.ROOT,
                        "Test for subgroup differences: Chi² = %.2f, df = %d (%s), I² = %.0f%%", test.q(), test.df(),
                        Numbers.p("P", test.pValue()), i2)));
            }
        }
        return table.rows;
    }

    /** Headings and studies only, without weights: nothing is pooled. */
    private List<ForestRow> unpooled(List<Subgroup> subgroups) {
        if (subgroups.isEmpty()) {
            studies(overall);
        }
        for (Subgroup s : subgroups) {
            subgroup = s.name();
            rows.add(ForestRow.text(ForestRow.Kind.HEADING, s.name()));
            studies(s.result());
        }
        List<ForestRow> withoutWeights = new ArrayList<>();
        for (ForestRow r : rows) {
            withoutWeights.add(new ForestRow(r.kind(), r.label(), r.study(), r.cells(), "", r.effect(), r.estimate(),
                    r.lower(), r.upper(), r.weightPercent()));
        }
        return withoutWeights;
    }

    private double weightOf(StudyResult study) {
        return overallWeight.getOrDefault(effectKey(study), study.weight());
    }

    /** The studies' rows; their data are recorded for the block's totals. */
    private void studies(MetaAnalysisResult result) {
        block.clear();
        for (StudyResult s : result.studies()) {
            double weight = weightOf(s);
            rows.add(new ForestRow(ForestRow.Kind.STUDY, s.study(), s.study(), cells(s.study()), Numbers.weight(weight),
                    Numbers.interval(s.estimate(), s.ciLower(), s.ciUpper()), s.estimate(), s.ciLower(), s.ciUpper(),
                    weight));
        }
        for (Exclusion e : result.excluded()) {
            rows.add(new ForestRow(ForestRow.Kind.EXCLUDED, e.study(), e.study(), cells(e.study()), "",
                    "Not estimable", Double.NaN, Double.NaN, Double.NaN, 0));
        }
    }

    private final List<StudyData> block = new ArrayList<>();
    private final List<StudyData> all = new ArrayList<>();
    private int blockRows;

    private List<String> cells(String study) {
        blockRows++;
        Deque<Integer> queue = arms.get(key(byGroup ? subgroup : "", study));
        Integer index = queue == null ? null : queue.poll();
        if (index == null) {
            return columns.blank();
        }
        StudyData data = options.arms().get(index);
        block.add(data);
        all.add(data);
        return columns.cells(data, options.armTexts().isEmpty() ? Map.of() : options.armTexts().get(index));
    }

    private void pooled(MetaAnalysisResult result, String label) {
        boolean total = result == overall;
        List<StudyData> data = total ? all : block;
        int expected = total ? result.studies().size() + result.excluded().size() : blockRows;
        List<List<String>> totals = columns.totals(data);
        boolean complete = data.size() == expected;
        blockRows = 0;
        double weight = result == overall ? 100 : result.studies().stream().mapToDouble(this::weightOf).sum();
        PooledEffect p = result.pooled();
        rows.add(new ForestRow(ForestRow.Kind.TOTAL, label, null, complete ? totals.get(0) : columns.blank(),
                Numbers.weight(weight), Numbers.interval(p.estimate(), p.ciLower(), p.ciUpper()), p.estimate(),
                p.ciLower(), p.ciUpper(), weight));
        if (complete && totals.get(1) != null) {
            rows.add(new ForestRow(ForestRow.Kind.EVENTS, "Total events", null, totals.get(1), "", "", Double.NaN,
                    Double.NaN, Double.NaN, 0));
        }
    }

    private void prediction(MetaAnalysisResult result) {
        if (result.predictionInterval().isAvailable()) {
            double lo = result.predictionInterval().lower();
            double hi = result.predictionInterval().upper();
            rows.add(new ForestRow(ForestRow.Kind.PREDICTION, "Prediction interval", null, columns.blank(), "",
                    String.format(Locale.ROOT, "[%s, %s]", Numbers.effect(lo), Numbers.effect(hi)),
                    result.pooled().estimate(), lo, hi, 0));
        }
    }

    private void tests(MetaAnalysisResult result) {
        rows.add(ForestRow.text(ForestRow.Kind.NOTE, heterogeneity(result)));
        PooledEffect p = result.pooled();
        if (!Double.isNaN(p.statistic())) {
            String statistic = Double.isNaN(p.df()) ? "Z" : String.format(Locale.ROOT, "t(%.0f)", p.df());
            rows.add(ForestRow.text(ForestRow.Kind.NOTE, String.format(Locale.ROOT,
                    "Test for overall effect: %s = %.2f (%s)", statistic, p.statistic(), Numbers.p("P", p.pValue()))));
        }
    }

    /** "Heterogeneity: Tau² = 0.31; Chi² = 152.23, df = 12 (P < 0.00001); I² = 92%", RevMan's line. */
    static String heterogeneity(MetaAnalysisResult result) {
        Heterogeneity h = result.heterogeneity();
        if (Double.isNaN(h.q())) {
            return "Heterogeneity: not applicable";
        }
        String tau2 = result.model() == Model.RANDOM && !Double.isNaN(h.tau2())
                ? "Tau² = " + (h.tau2() < 0.00005 ? "0.00" : Numbers.effect(h.tau2())) + "; " : "";
        return String.format(Locale.ROOT, "Heterogeneity: %sChi² = %.2f, df = %d (%s); I² = %.0f%%", tau2, h.q(),
                h.df(), Numbers.p("P", h.pValue()), h.i2());
    }
}
