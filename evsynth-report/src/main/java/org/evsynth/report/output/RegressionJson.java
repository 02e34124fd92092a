package org.evsynth.report.output;

import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evsynth.stats.meta.FitStatistics;
import org.evsynth.stats.regression.ClusterRobustResult;
import org.evsynth.stats.regression.LinearCombination;
import org.evsynth.stats.regression.MetaRegressionResult;
import org.evsynth.stats.regression.ModelComparison;
import org.evsynth.stats.regression.Prediction;
import org.evsynth.stats.regression.SubsetTest;

/**
 * The meta-regression keys of issue 14 in the JSON contract, each read from one accessor of the fit or of a view:
 * `model`, `tau2_ci_lower/upper` and the fit statistics beside the existing keys, then `subset_test`, `lincombs`,
 * `predictions`, `model_comparison` and `robust` when asked for.
 */
final class RegressionJson {

    private RegressionJson() {
    }

    /** The model, the residual τ² interval and the fit statistics (REML figures for a REML fit, ML otherwise). */
    static void summary(ObjectNode node, MetaRegressionResult result) {
        node.put("model", result.model().name().toLowerCase(Locale.ROOT));
        JsonReport.number(node, "tau2_ci_lower", result.tau2CiLower());
        JsonReport.number(node, "tau2_ci_upper", result.tau2CiUpper());
        FitStatistics fit = result.fitStatistics();
        JsonReport.number(node, "logLik", fit == null ? Double.NaN : fit.logLik());
        JsonReport.number(node, "deviance", fit == null ? Double.NaN : fit.deviance());
        JsonReport.number(node, "AIC", fit == null ? Double.NaN : fit.aic());
        JsonReport.number(node, "BIC", fit == null ? Double.NaN : fit.bic());
        JsonReport.number(node, "AICc", fit == null ? Double.NaN : fit.aicc());
    }

    /** The views asked for, each under its key. */
    static void views(ObjectNode node, RegressionViews views) {
        if (views.subsetTest() != null) {
            subsetTest(node.putObject("subset_test"), views.subsetTest());
        }
        if (!views.lincombs().isEmpty()) {
            ArrayNode lincombs = node.putArray("lincombs");
            views.lincombs().forEach(c -> linearCombination(lincombs.addObject(), c));
        }
        if (!views.predictions().isEmpty()) {
            ArrayNode predictions = node.putArray("predictions");
            views.predictions().forEach(p -> prediction(predictions.addObject(), p));
        }
        if (views.comparison() != null) {
            comparison(node.putObject("model_comparison"), views.comparison());
        }
        if (views.robust() != null) {
            robust(node.putObject("robust"), views.robust());
        }
    }

    private static void subsetTest(ObjectNode node, SubsetTest test) {
        ArrayNode coefs = node.putArray("coefs");
        test.coefficients().forEach(coefs::add);
        JsonReport.number(node, "statistic", test.statistic());
        node.put("df", test.df());
        if (!Double.isNaN(test.df2())) {
            node.put("df2", test.df2());
        }
        JsonReport.number(node, "p_value", test.pValue());
    }

    private static void linearCombination(ObjectNode node, LinearCombination c) {
        ArrayNode weights = node.putArray("weights");
        c.weights().forEach(weights::add);
        JsonReport.number(node, "estimate", c.estimate());
        JsonReport.number(node, "se", c.se());
        JsonReport.number(node, "ci_lower", c.ciLower());
        JsonReport.number(node, "ci_upper", c.ciUpper());
        JsonReport.number(node, "statistic", c.statistic());
        JsonReport.number(node, "p_value", c.pValue());
    }

    private static void prediction(ObjectNode node, Prediction p) {
        ObjectNode values = node.putObject("values");
        p.values().forEach(values::put);
        JsonReport.number(node, "theta", p.theta());
        JsonReport.number(node, "se", p.se());
        JsonReport.number(node, "estimate", p.estimate());
        JsonReport.number(node, "ci_lower", p.ciLower());
        JsonReport.number(node, "ci_upper", p.ciUpper());
        JsonReport.number(node, "pi_lower", p.piLower());
        JsonReport.number(node, "pi_upper", p.piUpper());
    }

    private static void comparison(ObjectNode node, ModelComparison c) {
        JsonReport.number(node, "LRT", c.lrt());
        node.put("df", c.df());
        JsonReport.number(node, "p_value", c.pValue());
        JsonReport.number(node, "AIC_full", c.aicFull());
        JsonReport.number(node, "AIC_reduced", c.aicReduced());
        JsonReport.number(node, "logLik_full", c.logLikFull());
        JsonReport.number(node, "logLik_reduced", c.logLikReduced());
        JsonReport.number(node, "tau2_full", c.tau2Full());
        JsonReport.number(node, "tau2_reduced", c.tau2Reduced());
    }

    private static void robust(ObjectNode node, ClusterRobustResult r) {
        node.put("clusters", r.clusters());
        node.put("df", r.df());
        MetaRegressionReport.coefficients(node, r.coefficients());
        JsonReport.number(node, "QM", r.qm());
        node.put("QM_df", r.qmDf());
        node.put("QM_df2", r.qmDf2());
        JsonReport.number(node, "QM_p", r.qmP());
    }
}
