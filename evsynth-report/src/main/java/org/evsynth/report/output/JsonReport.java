package org.evsynth.report.output;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evsynth.report.analysis.AnalysisResult;
import org.evsynth.stats.effect.Exclusion;
import org.evsynth.stats.meta.Heterogeneity;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.PooledEffect;
import org.evsynth.stats.meta.StudyResult;
import org.evsynth.stats.meta.Subgroup;
import org.evsynth.stats.meta.SubgroupAnalysisResult;

/**
 * The JSON form of an analysis, in the documented contract: estimate, CIs and prediction interval on the
 * natural scale, theta and se on the analysis scale, I² and weights in percent, and null for any figure that
 * does not apply.
 */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {
    }

    /**
     * The object for a result: the analysis of all studies, with `subgroups` and `subgroup_test` for a subgroup
     * analysis, the sections asked for, and `provenance` last (left out when null).
     */
    public static ObjectNode of(AnalysisResult result, Provenance provenance) {
        ObjectNode node = body(result.overall(), result.warnings());
        if (result.hasSubgroups()) {
            subgroups(node, result.subgroups());
        }
        SectionsJson.addTo(node, result.sections());
        if (provenance != null) {
            node.set("provenance", provenance(provenance));
        }
        return node;
    }

    private static void subgroups(ObjectNode node, SubgroupAnalysisResult result) {
        ArrayNode subgroups = node.putArray("subgroups");
        for (Subgroup subgroup : result.subgroups()) {
            subgroups.addObject().put("name", subgroup.name()).setAll(body(subgroup.result(), List.of()));
        }
        if (result.test() == null) {
            node.putNull("subgroup_test");
        } else {
            ObjectNode test = node.putObject("subgroup_test");
            number(test, "Q", result.test().q());
            test.put("df", result.test().df());
            number(test, "p_value", result.test().pValue());
        }
    }

    private static ObjectNode body(MetaAnalysisResult result, List<String> warnings) {
        ObjectNode node = summary(result);
        node.set("excluded", excluded(result.excluded()));
        node.set("studies", studies(result.studies()));
        node.set("notes", strings(result.notes()));
        node.set("warnings", strings(warnings));
        return node;
    }

    /** The scalar figures of an analysis, in contract order. */
    public static ObjectNode summary(MetaAnalysisResult result) {
        ObjectNode node = MAPPER.createObjectNode();
        PooledEffect pooled = result.pooled();
        Heterogeneity h = result.heterogeneity();
        node.put("k", result.k());
        node.put("measure", result.measure().name());
        node.put("model", result.model().name().toLowerCase(Locale.ROOT));
        if (result.estimator() == null) {
            node.putNull("method");
        } else {
            node.put("method", result.estimator().name());
        }
        node.put("pooling", result.pooling().name());
        node.put("ci_method", result.confidenceMethod().name().toLowerCase(Locale.ROOT));
        node.put("level", 100 * result.level());
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
        if (Double.isNaN(h.q())) {
            node.putNull("df");
        } else {
            node.put("df", h.df());
        }
        number(node, "p_Q", h.pValue());
        number(node, "pi_lower", result.predictionInterval().lower());
        number(node, "pi_upper", result.predictionInterval().upper());
        return node;
    }

    private static ArrayNode excluded(List<Exclusion> exclusions) {
        ArrayNode array = MAPPER.createArrayNode();
        exclusions.forEach(e -> array.addObject().put("study", e.study()).put("reason", e.reason()));
        return array;
    }

    private static ArrayNode studies(List<StudyResult> rows) {
        ArrayNode array = MAPPER.createArrayNode();
        for (StudyResult row : rows) {
            ObjectNode study = array.addObject().put("study", row.study());
            number(study, "theta", row.theta());
            number(study, "variance", row.variance());
            number(study, "estimate", row.estimate());
            number(study, "ci_lower", row.ciLower());
            number(study, "ci_upper", row.ciUpper());
            number(study, "weight", row.weight());
        }
        return array;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    /** The provenance object. */
    public static ObjectNode provenance(Provenance provenance) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("evsynth_version", provenance.version());
        node.put("input_file", provenance.inputFile());
        node.put("input_sha256", provenance.inputSha256());
        node.set("arguments", strings(provenance.arguments()));
        return node;
    }

    /** A number, or null where it is NaN (does not apply). */
    public static void number(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }

    /** The shared mapper, for writing. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
