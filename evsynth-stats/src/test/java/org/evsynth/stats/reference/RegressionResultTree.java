package org.evsynth.stats.reference;

import static org.evsynth.stats.reference.ResultTree.JSON;
import static org.evsynth.stats.reference.ResultTree.number;

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
 * The meta-regression keys of issue 14 (`tau2_ci_*`, fit statistics, `subset_test`, `lincombs`, `predictions`,
 * `model_comparison`, `robust`), each read from one accessor of the library's result: the map from JSON key to
 * library call for `evsynth metareg`, beside {@link ResultTree}'s.
 */
final class RegressionResultTree {

    private RegressionResultTree() {
    }

    /** `model`, `tau2_ci_lower/upper` and the fit statistics, added to ResultTree.regression's keys. */
    static void summary(ObjectNode node, MetaRegressionResult result) {
        node.put("model", result.model().name().toLowerCase(java.util.Locale.ROOT));
        number(node, "tau2_ci_lower", result.tau2CiLower());
        number(node, "tau2_ci_upper", result.tau2CiUpper());
        FitStatistics fit = result.fitStatistics();
        number(node, "logLik", fit.logLik());
        number(node, "deviance", fit.deviance());
        number(node, "AIC", fit.aic());
        number(node, "BIC", fit.bic());
        number(node, "AICc", fit.aicc());
    }

    static ObjectNode subsetTest(SubsetTest test) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode coefs = node.putArray("coefs");
        test.coefficients().forEach(coefs::add);
        number(node, "statistic", test.statistic());
        node.put("df", test.df());
        if (!Double.isNaN(test.df2())) {
            node.put("df2", test.df2());
        }
        number(node, "p_value", test.pValue());
        return node;
    }

    static ObjectNode linearCombination(LinearCombination c) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode weights = node.putArray("weights");
        c.weights().forEach(weights::add);
        number(node, "estimate", c.estimate());
        number(node, "se", c.se());
        number(node, "ci_lower", c.ciLower());
        number(node, "ci_upper", c.ciUpper());
        number(node, "statistic", c.statistic());
        number(node, "p_value", c.pValue());
        return node;
    }

    static ObjectNode prediction(Prediction p) {
        ObjectNode node = JSON.createObjectNode();
        ObjectNode values = node.putObject("values");
        p.values().forEach(values::put);
        number(node, "theta", p.theta());
        number(node, "se", p.se());
        number(node, "estimate", p.estimate());
        number(node, "ci_lower", p.ciLower());
        number(node, "ci_upper", p.ciUpper());
        number(node, "pi_lower", p.piLower());
        number(node, "pi_upper", p.piUpper());
        return node;
    }

    static ObjectNode comparison(ModelComparison c) {
        ObjectNode node = JSON.createObjectNode();
        number(node, "LRT", c.lrt());
        node.put("df", c.df());
        number(node, "p_value", c.pValue());
        number(node, "AIC_full", c.aicFull());
        number(node, "AIC_reduced", c.aicReduced());
        number(node, "logLik_full", c.logLikFull());
        number(node, "logLik_reduced", c.logLikReduced());
        number(node, "tau2_full", c.tau2Full());
        number(node, "tau2_reduced", c.tau2Reduced());
        return node;
    }

    static ObjectNode robust(ClusterRobustResult r) {
        ObjectNode node = JSON.createObjectNode();
        node.put("clusters", r.clusters());
        node.put("df", r.df());
        ResultTree.coefficients(node.putArray("coefficients"), r.coefficients());
        number(node, "QM", r.qm());
        node.put("QM_df", r.qmDf());
        node.put("QM_df2", r.qmDf2());
        number(node, "QM_p", r.qmP());
        return node;
    }
}
