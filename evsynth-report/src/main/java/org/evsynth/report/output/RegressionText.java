package org.evsynth.report.output;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.evsynth.report.format.Numbers;
import org.evsynth.report.format.Texts;
import org.evsynth.stats.regression.Coefficient;
import org.evsynth.stats.regression.LinearCombination;
import org.evsynth.stats.regression.ModelComparison;
import org.evsynth.stats.regression.Prediction;
import org.evsynth.stats.regression.SubsetTest;

/** The views of a meta-regression as lines a reviewer can paste into a paper, after the model's own. */
final class RegressionText {

    private RegressionText() {
    }

    static void views(List<String> lines, RegressionViews views, double level, boolean hksj) {
        if (views.subsetTest() != null) {
            SubsetTest t = views.subsetTest();
            String statistic = Double.isNaN(t.df2())
                    ? String.format(Locale.ROOT, "QM = %.2f, df = %d", t.statistic(), t.df())
                    : String.format(Locale.ROOT, "F(%d, %.0f) = %.2f", t.df(), t.df2(), t.statistic());
            lines.add(String.format(Locale.ROOT, "Test of coefficients %s: %s (%s)", t.coefficients().stream()
                    .map(String::valueOf).collect(Collectors.joining(", ")), statistic, Numbers.p("P", t.pValue())));
        }
        if (!views.lincombs().isEmpty()) {
            lines.add("");
            lines.add(String.format(Locale.ROOT, "%-28s %10s %9s %8s %9s  %s", "Linear combination", "Estimate", "SE",
                    hksj ? "t" : "z", "P", Numbers.level(level) + " CI"));
            for (LinearCombination c : views.lincombs()) {
                String weights = c.weights().stream().map(Numbers::compact).collect(Collectors.joining(", "));
                lines.add(String.format(Locale.ROOT, "%-28s %10.4f %9.4f %8.2f %9s  [%.4f, %.4f]", "(" + weights + ")",
                        c.estimate(), c.se(), c.statistic(), Numbers.p(c.pValue()), c.ciLower(), c.ciUpper()));
            }
        }
        if (!views.predictions().isEmpty()) {
            lines.add("");
            lines.add(String.format(Locale.ROOT, "%-28s %-26s %s", "Predicted at", "Estimate [" + Numbers.level(level)
                    + " CI]", "Prediction interval"));
            for (Prediction p : views.predictions()) {
                lines.add(String.format(Locale.ROOT, "%-28s %-26s %s", values(p.values()),
                        Numbers.interval(p.estimate(), p.ciLower(), p.ciUpper()),
                        Double.isNaN(p.piLower()) ? "-" : Numbers.limits(p.piLower(), p.piUpper())));
            }
        }
        if (views.comparison() != null) {
            ModelComparison c = views.comparison();
            lines.add(String.format(Locale.ROOT, "Likelihood-ratio test against the reduced model: LRT = %.2f, df = %d "
                    + "(%s); AIC %.2f (full) vs %.2f (reduced)", c.lrt(), c.df(), Numbers.p("P", c.pValue()),
                    c.aicFull(), c.aicReduced()));
        }
        if (views.robust() != null) {
            lines.add("");
            lines.add(String.format(Locale.ROOT, "Cluster-robust inference (%d clusters, t with %d df)",
                    views.robust().clusters(), views.robust().df()));
            for (Coefficient c : views.robust().coefficients()) {
                lines.add(String.format(Locale.ROOT, "%-28s %10.4f %9.4f %8.2f %9s  [%.4f, %.4f]", c.name(),
                        c.estimate(), c.se(), c.statistic(), Numbers.p(c.pValue()), c.ciLower(), c.ciUpper()));
            }
            if (!Double.isNaN(views.robust().qm())) {
                lines.add(String.format(Locale.ROOT, "Robust test of moderators: F(%d, %d) = %.2f (%s)",
                        views.robust().qmDf(), views.robust().qmDf2(), views.robust().qm(),
                        Numbers.p("P", views.robust().qmP())));
            }
        }
    }

    private static String values(Map<String, String> values) {
        return values.entrySet().stream().map(e -> Texts.cell(e.getKey()) + " = " + Texts.cell(e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
