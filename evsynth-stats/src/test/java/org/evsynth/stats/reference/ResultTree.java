package org.evsynth.stats.reference;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evsynth.stats.bias.FailSafeN;
import org.evsynth.stats.bias.RankCorrelationTest;
import org.evsynth.stats.bias.RegressionTest;
import org.evsynth.stats.bias.TrimAndFillResult;
import org.evsynth.stats.effect.Exclusion;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.meta.BackTransform;
import org.evsynth.stats.meta.FitStatistics;
import org.evsynth.stats.meta.HenmiCopas;
import org.evsynth.stats.meta.Pooling;
import org.evsynth.stats.meta.Heterogeneity;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.OddsRatioTests;
import org.evsynth.stats.meta.PooledEffect;
import org.evsynth.stats.meta.StudyResult;
import org.evsynth.stats.meta.Subgroup;
import org.evsynth.stats.meta.SubgroupAnalysisResult;
import org.evsynth.stats.regression.Coefficient;
import org.evsynth.stats.regression.MetaRegressionResult;
import org.evsynth.stats.regression.PermutationResult;
import org.evsynth.stats.sensitivity.CumulativeStep;
import org.evsynth.stats.sensitivity.LeaveOneOut;
import org.evsynth.stats.sensitivity.StudyInfluence;

/**
 * Library results under the fixtures' keys (the CLI's JSON keys), so that a fixture's `expected` can be compared
 * key by key. Each key is read from one result accessor: this class is the map from JSON key to library call.
 * NaN becomes null, as in the JSON contract.
 */
final class ResultTree {

    static final ObjectMapper JSON = new ObjectMapper();

    private ResultTree() {
    }

    static ObjectNode analysis(MetaAnalysisResult result) {
        ObjectNode node = summary(result);
        ArrayNode excluded = node.putArray("excluded");
        result.excluded().forEach(e -> excluded.addObject().put("study", e.study()).put("reason", e.reason()));
        ArrayNode studies = node.putArray("studies");
        for (StudyResult row : result.studies()) {
            ObjectNode study = studies.addObject().put("study", row.study());
            number(study, "theta", row.theta());
            number(study, "variance", row.variance());
            number(study, "estimate", row.estimate());
            number(study, "ci_lower", row.ciLower());
            number(study, "ci_upper", row.ciUpper());
            number(study, "weight", row.weight());
        }
        return node;
    }

    static ObjectNode subgroups(SubgroupAnalysisResult result) {
        ObjectNode node = analysis(result.overall());
        ArrayNode subgroups = node.putArray("subgroups");
        for (Subgroup subgroup : result.subgroups()) {
            subgroups.addObject().put("name", subgroup.name()).setAll(summary(subgroup.result()));
        }
        if (result.test() != null) {
            ObjectNode test = node.putObject("subgroup_test");
            number(test, "Q", result.test().q());
            test.put("df", result.test().df());
            number(test, "p_value", result.test().pValue());
        }
        return node;
    }

    static ObjectNode summary(MetaAnalysisResult result) {
        ObjectNode node = JSON.createObjectNode();
        PooledEffect pooled = result.pooled();
        Heterogeneity h = result.heterogeneity();
        node.put("k", result.k());
        number(node, "estimate", pooled.estimate());
        number(node, "ci_lower", pooled.ciLower());
        number(node, "ci_upper", pooled.ciUpper());
        number(node, "theta", pooled.theta());
        number(node, "se", pooled.se());
        number(node, "statistic", pooled.statistic());
        number(node, "p_value", pooled.pValue());
        number(node, "tau2", h.tau2());
        number(node, "tau", h.tau());
        number(node, "tau2_ci_lower", h.tau2CiLower());
        number(node, "tau2_ci_upper", h.tau2CiUpper());
        number(node, "I2", h.i2());
        number(node, "I2_Q", h.i2Q());
        number(node, "I2_ci_lower", h.i2CiLower());
        number(node, "I2_ci_upper", h.i2CiUpper());
        number(node, "H2", h.h2());
        number(node, "Q", h.q());
        if (!Double.isNaN(h.q())) {
            node.put("df", h.df());
        }
        number(node, "p_Q", h.pValue());
        number(node, "pi_lower", result.predictionInterval().lower());
        number(node, "pi_upper", result.predictionInterval().upper());
        number(node, "tau2_se", h.tau2Se());
        if (h.tau2CiMethod() != null) {
            node.put("tau2_ci_method", h.tau2CiMethod().name());
        }
        number(node, "tau_ci_lower", h.tauCiLower());
        number(node, "tau_ci_upper", h.tauCiUpper());
        number(node, "H2_ci_lower", h.h2CiLower());
        number(node, "H2_ci_upper", h.h2CiUpper());
        if (result.wald() != null) {
            number(node, "wald_ci_lower", result.wald().ciLower());
            number(node, "wald_ci_upper", result.wald().ciUpper());
        }
        if (result.pooling() == Pooling.IV && result.k() > 1) {
            FitStatistics fit = FitStatistics.of(result);
            number(node, "logLik", fit.logLik());
            number(node, "deviance", fit.deviance());
            number(node, "AIC", fit.aic());
            number(node, "BIC", fit.bic());
            number(node, "AICc", fit.aicc());
        }
        return node;
    }

    static ArrayNode leaveOneOut(List<LeaveOneOut> rows) {
        ArrayNode array = JSON.createArrayNode();
        for (LeaveOneOut r : rows) {
            ObjectNode row = array.addObject().put("omitted", r.omitted());
            number(row, "estimate", r.estimate());
            number(row, "ci_lower", r.ciLower());
            number(row, "ci_upper", r.ciUpper());
            number(row, "tau2", r.tau2());
            number(row, "I2", r.i2());
            number(row, "Q", r.q());
            number(row, "p_value", r.pValue());
            number(row, "se", r.se());
            number(row, "statistic", r.statistic());
            number(row, "p_Q", r.pQ());
            number(row, "H2", r.h2());
        }
        return array;
    }

    static ArrayNode cumulative(List<CumulativeStep> steps) {
        ArrayNode array = JSON.createArrayNode();
        for (CumulativeStep r : steps) {
            ObjectNode row = array.addObject().put("added", r.added());
            number(row, "estimate", r.estimate());
            number(row, "ci_lower", r.ciLower());
            number(row, "ci_upper", r.ciUpper());
            number(row, "tau2", r.tau2());
            number(row, "I2", r.i2());
            row.put("k", r.k());
        }
        return array;
    }

    static void influence(ObjectNode node, List<StudyInfluence> rows) {
        ArrayNode influence = node.putArray("influence");
        ArrayNode baujat = node.putArray("baujat");
        for (StudyInfluence r : rows) {
            ObjectNode row = influence.addObject().put("study", r.study());
            number(row, "rstudent", r.rstudent());
            number(row, "dffits", r.dffits());
            number(row, "cooks_distance", r.cooksDistance());
            number(row, "hat", r.hat());
            number(row, "weight", r.weight());
            number(row, "tau2_deleted", r.tau2Deleted());
            number(row, "Q_deleted", r.qDeleted());
            number(row, "rstandard", r.rstandard());
            number(row, "dfbetas", r.dfbetas());
            number(row, "covratio", r.covratio());
            number(row, "blup", r.blup());
            number(row, "blup_se", r.blupSe());
            number(row, "blup_pi_lower", r.blupPiLower());
            number(row, "blup_pi_upper", r.blupPiUpper());
            number(row, "ranef", r.ranef());
            number(row, "ranef_se", r.ranefSe());
            number(row, "theta_deleted", r.thetaDeleted());
            number(row, "I2_deleted", r.i2Deleted());
            ObjectNode point = baujat.addObject().put("study", r.study());
            number(point, "x", r.baujatX());
            number(point, "y", r.baujatY());
        }
    }

    static ObjectNode regressionTest(RegressionTest test, BackTransform natural) {
        ObjectNode node = JSON.createObjectNode();
        number(node, "bias", test.bias());
        number(node, "bias_se", test.biasSe());
        number(node, "statistic", test.statistic());
        node.put("df", test.df());
        number(node, "p_value", test.pValue());
        if (!Double.isNaN(test.limitEstimate())) {
            number(node, "limit_estimate", natural.toNatural(test.limitEstimate()));
        }
        return node;
    }

    static ObjectNode henmiCopas(HenmiCopas result) {
        ObjectNode node = JSON.createObjectNode();
        number(node, "theta", result.theta());
        number(node, "se", result.se());
        number(node, "estimate", result.estimate());
        number(node, "ci_lower", result.ciLower());
        number(node, "ci_upper", result.ciUpper());
        number(node, "tau2", result.tau2());
        return node;
    }

    /** The pooled effect with cluster-robust SE: `robust: {theta, se, statistic, df, p_value, ci_lower, ci_upper}`. */
    static ObjectNode robust(PooledEffect robust) {
        ObjectNode node = JSON.createObjectNode();
        number(node, "theta", robust.theta());
        number(node, "se", robust.se());
        number(node, "statistic", robust.statistic());
        number(node, "df", robust.df());
        number(node, "p_value", robust.pValue());
        number(node, "ci_lower", robust.ciLower());
        number(node, "ci_upper", robust.ciUpper());
        return node;
    }

    static ObjectNode failSafe(FailSafeN result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("method", result.method().name());
        number(node, "n", result.n());
        number(node, "mean_effect", result.meanEffect());
        number(node, "p_value", result.pValue());
        number(node, "target", result.target());
        return node;
    }

    static ObjectNode chiSquare(OddsRatioTests.ChiSquareTest test) {
        ObjectNode node = JSON.createObjectNode();
        number(node, "statistic", test.statistic());
        number(node, "df", test.df());
        number(node, "p_value", test.pValue());
        return node;
    }

    static ObjectNode begg(RankCorrelationTest test) {
        ObjectNode node = JSON.createObjectNode();
        number(node, "tau", test.tau());
        number(node, "p_value", test.pValue());
        node.put("exact", test.exact());
        return node;
    }

    static ObjectNode trimFill(TrimAndFillResult result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("k0", result.k0());
        node.put("side", result.side().name().toLowerCase(Locale.ROOT));
        node.put("estimator", result.estimator().name());
        number(node, "estimate", result.adjusted().pooled().estimate());
        number(node, "ci_lower", result.adjusted().pooled().ciLower());
        number(node, "ci_upper", result.adjusted().pooled().ciUpper());
        number(node, "tau2", result.adjusted().heterogeneity().tau2());
        ArrayNode filled = node.putArray("filled");
        for (StudyEffect f : result.filled()) {
            ObjectNode row = filled.addObject();
            number(row, "theta", f.theta());
            number(row, "variance", f.variance());
        }
        return node;
    }

    static ObjectNode regression(MetaRegressionResult result, List<Exclusion> excluded, PermutationResult permutation) {
        ObjectNode node = JSON.createObjectNode();
        node.put("k", result.k());
        coefficients(node.putArray("coefficients"), result.coefficients());
        number(node, "tau2", result.tau2());
        number(node, "I2", result.i2());
        number(node, "H2", result.h2());
        number(node, "R2", result.r2());
        number(node, "QM", result.qm());
        node.put("QM_df", result.qmDf());
        if (!Double.isNaN(result.qmDf2())) {
            node.put("QM_df2", (int) result.qmDf2());
        }
        number(node, "QM_p", result.qmP());
        number(node, "QE", result.qe());
        node.put("QE_df", result.qeDf());
        number(node, "QE_p", result.qeP());
        ArrayNode dropped = node.putArray("excluded");
        excluded.forEach(e -> dropped.addObject().put("study", e.study()).put("reason", e.reason()));
        if (permutation != null) {
            ObjectNode p = node.putObject("permutation_exact");
            number(p, "QM_p", permutation.qmP());
            ArrayNode coefficientP = p.putArray("coefficients_p");
            permutation.coefficientP().forEach(coefficientP::add);
        }
        return node;
    }

    /** `[{name, estimate, se, statistic, p_value, ci_lower, ci_upper}]`. */
    static void coefficients(ArrayNode array, List<Coefficient> coefficients) {
        for (Coefficient c : coefficients) {
            ObjectNode row = array.addObject().put("name", c.name());
            number(row, "estimate", c.estimate());
            number(row, "se", c.se());
            number(row, "statistic", c.statistic());
            number(row, "p_value", c.pValue());
            number(row, "ci_lower", c.ciLower());
            number(row, "ci_upper", c.ciUpper());
        }
    }

    /** A number, or null where it is NaN (does not apply). */
    static void number(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }
}
