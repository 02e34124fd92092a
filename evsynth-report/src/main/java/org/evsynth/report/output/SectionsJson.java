package org.evsynth.report.output;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evsynth.report.analysis.Section;
import org.evsynth.report.analysis.SectionResults;
import org.evsynth.stats.bias.RankCorrelationTest;
import org.evsynth.stats.bias.RegressionTest;
import org.evsynth.stats.bias.TrimAndFillResult;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.meta.PooledEffect;
import org.evsynth.stats.sensitivity.CumulativeStep;
import org.evsynth.stats.sensitivity.LeaveOneOut;
import org.evsynth.stats.sensitivity.StudyInfluence;

/**
 * The sections in the JSON contract (README, "Sensitivity and small-study bias"): one key per section asked for;
 * a section not done is null there, and `not_done` gives the reason by section key.
 */
public final class SectionsJson {

    private SectionsJson() {
    }

    /** Adds the sections to an analysis's object. */
    public static void addTo(ObjectNode node, SectionResults sections) {
        node.setAll(JsonReport.tree(json -> write(json, sections)));
    }

    /** Writes the sections as fields of the analysis's object being written. */
    static void write(JsonGenerator json, SectionResults sections) throws IOException {
        for (Section section : Section.values()) {
            if (!sections.asked().contains(section)) {
                continue;
            }
            if (!sections.isDone(section)) {
                json.writeNullField(key(section));
                continue;
            }
            switch (section) {
                case LEAVE_ONE_OUT -> leaveOneOut(json, sections.leaveOneOut());
                case CUMULATIVE -> cumulative(json, sections.cumulative());
                case INFLUENCE -> influence(json, sections.influence());
                case EGGER -> {
                    json.writeObjectFieldStart("egger");
                    regression(json, sections.egger());
                    JsonReport.number(json, "limit_estimate",
                            sections.natural().toNatural(sections.egger().limitEstimate()));
                    json.writeEndObject();
                }
                case BEGG -> begg(json, sections.begg());
                case PETERS -> regression(json, "peters", sections.peters());
                case HARBORD -> regression(json, "harbord", sections.harbord());
                case TRIM_FILL -> trimFill(json, sections.trimFill());
            }
        }
        if (!sections.notDone().isEmpty()) {
            json.writeObjectFieldStart("not_done");
            for (Map.Entry<Section, String> e : sections.notDone().entrySet()) {
                json.writeStringField(key(e.getKey()), e.getValue());
            }
            json.writeEndObject();
        }
    }

    /** The section's key in the contract: "leave_one_out", "trim_fill", "egger". */
    public static String key(Section section) {
        return section.name().toLowerCase(Locale.ROOT);
    }

    private static void leaveOneOut(JsonGenerator json, List<LeaveOneOut> results) throws IOException {
        json.writeArrayFieldStart("leave_one_out");
        for (LeaveOneOut r : results) {
            json.writeStartObject();
            json.writeStringField("omitted", r.omitted());
            interval(json, r.estimate(), r.ciLower(), r.ciUpper());
            JsonReport.number(json, "tau2", r.tau2());
            JsonReport.number(json, "I2", r.i2());
            JsonReport.number(json, "Q", r.q());
            JsonReport.number(json, "p_value", r.pValue());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void cumulative(JsonGenerator json, List<CumulativeStep> steps) throws IOException {
        json.writeArrayFieldStart("cumulative");
        for (CumulativeStep r : steps) {
            json.writeStartObject();
            json.writeStringField("added", r.added());
            interval(json, r.estimate(), r.ciLower(), r.ciUpper());
            JsonReport.number(json, "tau2", r.tau2());
            JsonReport.number(json, "I2", r.i2());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The influence rows, then the Baujat coordinates of the same studies. */
    private static void influence(JsonGenerator json, List<StudyInfluence> results) throws IOException {
        json.writeArrayFieldStart("influence");
        for (StudyInfluence r : results) {
            json.writeStartObject();
            json.writeStringField("study", r.study());
            JsonReport.number(json, "rstudent", r.rstudent());
            JsonReport.number(json, "dffits", r.dffits());
            JsonReport.number(json, "cooks_distance", r.cooksDistance());
            JsonReport.number(json, "hat", r.hat());
            JsonReport.number(json, "weight", r.weight());
            JsonReport.number(json, "tau2_deleted", r.tau2Deleted());
            JsonReport.number(json, "Q_deleted", r.qDeleted());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("baujat");
        for (StudyInfluence r : results) {
            json.writeStartObject();
            json.writeStringField("study", r.study());
            JsonReport.number(json, "x", r.baujatX());
            JsonReport.number(json, "y", r.baujatY());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void begg(JsonGenerator json, RankCorrelationTest begg) throws IOException {
        json.writeObjectFieldStart("begg");
        JsonReport.number(json, "tau", begg.tau());
        JsonReport.number(json, "p_value", begg.pValue());
        json.writeBooleanField("exact", begg.exact());
        json.writeEndObject();
    }

    private static void regression(JsonGenerator json, String key, RegressionTest test) throws IOException {
        json.writeObjectFieldStart(key);
        regression(json, test);
        json.writeEndObject();
    }

    private static void regression(JsonGenerator json, RegressionTest test) throws IOException {
        JsonReport.number(json, "bias", test.bias());
        JsonReport.number(json, "bias_se", test.biasSe());
        JsonReport.number(json, "statistic", test.statistic());
        json.writeNumberField("df", test.df());
        JsonReport.number(json, "p_value", test.pValue());
    }

    private static void trimFill(JsonGenerator json, TrimAndFillResult trimFill) throws IOException {
        json.writeObjectFieldStart("trim_fill");
        json.writeNumberField("k0", trimFill.k0());
        json.writeStringField("side", trimFill.side().name().toLowerCase(Locale.ROOT));
        json.writeStringField("estimator", trimFill.estimator().name());
        PooledEffect adjusted = trimFill.adjusted().pooled();
        interval(json, adjusted.estimate(), adjusted.ciLower(), adjusted.ciUpper());
        JsonReport.number(json, "tau2", trimFill.adjusted().heterogeneity().tau2());
        json.writeArrayFieldStart("filled");
        for (StudyEffect f : trimFill.filled()) {
            json.writeStartObject();
            JsonReport.number(json, "theta", f.theta());
            JsonReport.number(json, "variance", f.variance());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void interval(JsonGenerator json, double estimate, double lower, double upper) throws IOException {
        JsonReport.number(json, "estimate", estimate);
        JsonReport.number(json, "ci_lower", lower);
        JsonReport.number(json, "ci_upper", upper);
    }
}
