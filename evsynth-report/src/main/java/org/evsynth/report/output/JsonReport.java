package org.evsynth.report.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
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
 *
 * <p>The object is written field by field to a generator ({@link #write(AnalysisResult, Provenance, Writer)}), so
 * that the rows of a million studies go out as they are computed and never become a tree; {@link #of} gives the same
 * object as a tree, for callers that add to it.
 */
public final class JsonReport {

    /**
     * Doubles are written by the Schubfach algorithm (Giulietti 2020), which Java's own Double.toString uses from
     * Java 19: the shortest decimal that reads back as the same double, several times faster than Java 17's.
     */
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build());

    /** The keys of a study's row, encoded once: a million rows write seven keys each. */
    private static final SerializedString STUDY = new SerializedString("study");
    private static final SerializedString THETA = new SerializedString("theta");
    private static final SerializedString VARIANCE = new SerializedString("variance");
    private static final SerializedString ESTIMATE = new SerializedString("estimate");
    private static final SerializedString CI_LOWER = new SerializedString("ci_lower");
    private static final SerializedString CI_UPPER = new SerializedString("ci_upper");
    private static final SerializedString WEIGHT = new SerializedString("weight");

    private JsonReport() {
    }

    /**
     * The object for a result: the analysis of all studies, with `subgroups` and `subgroup_test` for a subgroup
     * analysis, the sections asked for, and `provenance` last (left out when null).
     */
    public static ObjectNode of(AnalysisResult result, Provenance provenance) {
        return tree(json -> fields(json, result, provenance));
    }

    /** Writes {@link #of} as `evsynth meta --format json` prints it: indented, without a line break at the end. */
    public static void write(AnalysisResult result, Provenance provenance, Writer out) throws IOException {
        try (JsonGenerator json = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            fields(json, result, provenance);
            json.writeEndObject();
        }
    }

    /**
     * Writes one analysis of a batch as one compact line's object (without the line break): `"analysis": name`
     * first, then the fields of {@link #of} without provenance.
     */
    public static void writeLine(String analysis, AnalysisResult result, Writer out) throws IOException {
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("analysis", analysis);
            fields(json, result, null);
            json.writeEndObject();
        }
    }

    private static void fields(JsonGenerator json, AnalysisResult result, Provenance provenance) throws IOException {
        body(json, result.overall(), result.warnings());
        if (result.hasSubgroups()) {
            subgroups(json, result.subgroups());
        }
        SectionsJson.write(json, result.sections());
        if (provenance != null) {
            json.writeFieldName("provenance");
            provenance(json, provenance);
        }
    }

    private static void subgroups(JsonGenerator json, SubgroupAnalysisResult result) throws IOException {
        json.writeArrayFieldStart("subgroups");
        for (Subgroup subgroup : result.subgroups()) {
            json.writeStartObject();
            json.writeStringField("name", subgroup.name());
            body(json, subgroup.result(), List.of());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (result.test() == null) {
            json.writeNullField("subgroup_test");
        } else {
            json.writeObjectFieldStart("subgroup_test");
            number(json, "Q", result.test().q());
            json.writeNumberField("df", result.test().df());
            number(json, "p_value", result.test().pValue());
            json.writeEndObject();
        }
    }

    private static void body(JsonGenerator json, MetaAnalysisResult result, List<String> warnings)
            throws IOException {
        summary(json, result);
        json.writeArrayFieldStart("excluded");
        for (Exclusion e : result.excluded()) {
            json.writeStartObject();
            json.writeStringField("study", e.study());
            json.writeStringField("reason", e.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        studies(json, result.studies());
        strings(json, "notes", result.notes());
        strings(json, "warnings", warnings);
    }

    /** The scalar figures of an analysis, in contract order. */
    public static ObjectNode summary(MetaAnalysisResult result) {
        return tree(json -> summary(json, result));
    }

    private static void summary(JsonGenerator json, MetaAnalysisResult result) throws IOException {
        PooledEffect pooled = result.pooled();
        Heterogeneity h = result.heterogeneity();
        json.writeNumberField("k", result.k());
        json.writeStringField("measure", result.measure().name());
        json.writeStringField("model", result.model().name().toLowerCase(Locale.ROOT));
        json.writeStringField("method", result.estimator() == null ? null : result.estimator().name());
        json.writeStringField("pooling", result.pooling().name());
        json.writeStringField("ci_method", result.confidenceMethod().name().toLowerCase(Locale.ROOT));
        json.writeNumberField("level", 100 * result.level());
        number(json, "estimate", pooled.estimate());
        number(json, "ci_lower", pooled.ciLower());
        number(json, "ci_upper", pooled.ciUpper());
        number(json, "theta", pooled.theta());
        number(json, "se", pooled.se());
        number(json, "statistic", pooled.statistic());
        number(json, "p_value", pooled.pValue());
        number(json, "tau2", h.tau2());
        number(json, "tau", h.tau());
        number(json, "tau2_ci_lower", h.tau2CiLower());
        number(json, "tau2_ci_upper", h.tau2CiUpper());
        number(json, "I2", h.i2());
        number(json, "I2_Q", h.i2Q());
        number(json, "I2_ci_lower", h.i2CiLower());
        number(json, "I2_ci_upper", h.i2CiUpper());
        number(json, "H2", h.h2());
        number(json, "Q", h.q());
        if (Double.isNaN(h.q())) {
            json.writeNullField("df");
        } else {
            json.writeNumberField("df", h.df());
        }
        number(json, "p_Q", h.pValue());
        number(json, "pi_lower", result.predictionInterval().lower());
        number(json, "pi_upper", result.predictionInterval().upper());
    }

    private static void studies(JsonGenerator json, List<StudyResult> rows) throws IOException {
        json.writeArrayFieldStart("studies");
        for (StudyResult row : rows) {
            json.writeStartObject();
            json.writeFieldName(STUDY);
            json.writeString(row.study());
            number(json, THETA, row.theta());
            number(json, VARIANCE, row.variance());
            number(json, ESTIMATE, row.estimate());
            number(json, CI_LOWER, row.ciLower());
            number(json, CI_UPPER, row.ciUpper());
            number(json, WEIGHT, row.weight());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void strings(JsonGenerator json, String key, List<String> values) throws IOException {
        json.writeArrayFieldStart(key);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** The provenance object. */
    public static ObjectNode provenance(Provenance provenance) {
        return tree(json -> provenanceFields(json, provenance));
    }

    private static void provenance(JsonGenerator json, Provenance provenance) throws IOException {
        json.writeStartObject();
        provenanceFields(json, provenance);
        json.writeEndObject();
    }

    private static void provenanceFields(JsonGenerator json, Provenance provenance) throws IOException {
        json.writeStringField("evsynth_version", provenance.version());
        json.writeStringField("input_file", provenance.inputFile());
        json.writeStringField("input_sha256", provenance.inputSha256());
        strings(json, "arguments", provenance.arguments());
    }

    /** A number, or null where it is NaN (does not apply). */
    public static void number(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }

    /** A number field, or null where it is NaN (does not apply). */
    static void number(JsonGenerator json, String key, double value) throws IOException {
        if (Double.isNaN(value)) {
            json.writeNullField(key);
        } else {
            json.writeNumberField(key, value);
        }
    }

    private static void number(JsonGenerator json, SerializedString key, double value) throws IOException {
        json.writeFieldName(key);
        if (Double.isNaN(value)) {
            json.writeNull();
        } else {
            json.writeNumber(value);
        }
    }

    /** Fields written to a generator. */
    @FunctionalInterface
    interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    /** The object of these fields as a tree: the same keys, order and number types as when they are streamed. */
    static ObjectNode tree(Fields fields) {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            buffer.writeStartObject();
            fields.write(buffer);
            buffer.writeEndObject();
            return MAPPER.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException("a tree in memory cannot fail to be written", e);
        }
    }

    /** The shared mapper, for writing. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
