package org.evsynth.report.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evsynth.report.format.Numbers;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.Exclusion;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.regression.Coefficient;
import org.evsynth.stats.regression.MetaRegressionResult;
import org.evsynth.stats.regression.PermutationResult;

/**
 * A meta-regression as JSON (the documented contract) and as text a reviewer can paste into a paper.
 *
 * @param measure the effect measure (coefficients are on its analysis scale)
 * @param level the confidence level of the coefficients' intervals, as a fraction
 * @param result the fitted model
 * @param permutation the permutation test, or null
 * @param excluded rows dropped (missing moderator) or studies excluded (e.g. double-zero)
 * @param views the tests, combinations, predictions, comparison and robust errors asked for
 * @param provenance how the result was made
 */
public record MetaRegressionReport(EffectMeasure measure, double level, MetaRegressionResult result,
                                   PermutationResult permutation,
                                   List<Exclusion> excluded, RegressionViews views, Provenance provenance) {

    /** The JSON object. */
    public ObjectNode json() {
        ObjectNode node = JsonReport.mapper().createObjectNode();
        node.put("k", result.k());
        node.put("measure", measure.name());
        node.put("method", result.estimator() == null ? null : result.estimator().name());
        node.put("ci_method", result.confidenceMethod().name().toLowerCase(Locale.ROOT));
        coefficients(node, result.coefficients());
        JsonReport.number(node, "tau2", result.tau2());
        JsonReport.number(node, "I2", result.i2());
        JsonReport.number(node, "H2", result.h2());
        JsonReport.number(node, "R2", result.r2());
        JsonReport.number(node, "QM", result.qm());
        node.put("QM_df", result.qmDf());
        if (!Double.isNaN(result.qmDf2())) {
            node.put("QM_df2", (int) result.qmDf2());
        }
        JsonReport.number(node, "QM_p", result.qmP());
        JsonReport.number(node, "QE", result.qe());
        node.put("QE_df", result.qeDf());
        JsonReport.number(node, "QE_p", result.qeP());
        RegressionJson.summary(node, result);
        ArrayNode dropped = node.putArray("excluded");
        excluded.forEach(e -> dropped.addObject().put("study", e.study()).put("reason", e.reason()));
        if (permutation != null) {
            ObjectNode p = node.putObject("permutation");
            p.put("iterations", permutation.iterations());
            p.put("exact", permutation.exact());
            if (!permutation.exact()) {
                p.put("seed", permutation.seed());
            }
            JsonReport.number(p, "QM_p", permutation.qmP());
            ArrayNode coefficientP = p.putArray("coefficients_p");
            permutation.coefficientP().forEach(coefficientP::add);
        }
        RegressionJson.views(node, views);
        node.set("provenance", JsonReport.provenance(provenance));
        return node;
    }

    /** The text form. */
    public String text(String file) {
        boolean hksj = result.confidenceMethod().isHartungKnapp();
        List<String> lines = new ArrayList<>();
        lines.add(file);
        boolean common = result.model() == Model.COMMON;
        lines.add(String.format(Locale.ROOT, "%s meta-regression of the %s (%s%s), k = %d",
                common ? "Common-effect" : "Mixed-effects", measure.description(),
                common ? "" : result.estimator() + ", ", TextReport.ciName(result.confidenceMethod()), result.k()));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%-28s %10s %9s %8s %9s  %s", "Coefficient", "Estimate", "SE",
                hksj ? "t" : "z", "P", Numbers.level(level) + " CI"));
        for (Coefficient c : result.coefficients()) {
            lines.add(String.format(Locale.ROOT, "%-28s %10.4f %9.4f %8.2f %9s  [%.4f, %.4f]", c.name(), c.estimate(),
                    c.se(), c.statistic(), Numbers.p(c.pValue()), c.ciLower(), c.ciUpper()));
        }
        lines.add("");
        String qm = hksj
                ? String.format(Locale.ROOT, "F(%d, %.0f) = %.2f", result.qmDf(), result.qmDf2(), result.qm())
                : String.format(Locale.ROOT, "QM = %.2f, df = %d", result.qm(), result.qmDf());
        lines.add(String.format(Locale.ROOT, "Test of moderators: %s (%s)", qm, Numbers.p("P", result.qmP())));
        lines.add(String.format(Locale.ROOT, "Residual heterogeneity: Tau² = %s; QE = %.2f, df = %d (%s); I² = %.0f%%;"
                        + " R² = %s", residualTau2(), result.qe(), result.qeDf(),
                Numbers.p("P", result.qeP()), result.i2(),
                Double.isNaN(result.r2()) ? "-" : String.format(Locale.ROOT, "%.0f%%", result.r2())));
        if (permutation != null) {
            lines.add(String.format(Locale.ROOT, "Permutation test (%d permutations%s): moderators %s",
                    permutation.iterations(), permutation.exact() ? ", all orderings" : ", seed " + permutation.seed(),
                    Numbers.p("P", permutation.qmP())));
        }
        RegressionText.views(lines, views, level, hksj);
        excluded.forEach(e -> lines.add(String.format(Locale.ROOT, "Excluded: %s (%s)", e.study(), e.reason())));
        return String.join("\n", lines) + "\n";
    }

    /** τ² with its Q-profile interval when there is one: "0.08 [0.01, 0.41]". */
    private String residualTau2() {
        return Double.isNaN(result.tau2CiLower()) ? Numbers.effect(result.tau2())
                : Numbers.interval(result.tau2(), result.tau2CiLower(), result.tau2CiUpper());
    }

    /** The coefficients as `coefficients: [{name, estimate, se, statistic, p_value, ci_lower, ci_upper}]`. */
    static void coefficients(ObjectNode node, List<Coefficient> coefficients) {
        ArrayNode rows = node.putArray("coefficients");
        for (Coefficient c : coefficients) {
            ObjectNode row = rows.addObject().put("name", c.name());
            JsonReport.number(row, "estimate", c.estimate());
            JsonReport.number(row, "se", c.se());
            JsonReport.number(row, "statistic", c.statistic());
            JsonReport.number(row, "p_value", c.pValue());
            JsonReport.number(row, "ci_lower", c.ciLower());
            JsonReport.number(row, "ci_upper", c.ciUpper());
        }
    }
}
