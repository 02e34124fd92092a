package org.evsynth.report.output;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
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
        for (Section section : Section.values()) {
            if (!sections.asked().contains(section)) {
                continue;
            }
            if (!sections.isDone(section)) {
                node.putNull(key(section));
                continue;
            }
            switch (section) {
                case LEAVE_ONE_OUT -> leaveOneOut(node.putArray("leave_one_out"), sections.leaveOneOut());
                case CUMULATIVE -> cumulative(node.putArray("cumulative"), sections.cumulative());
                case INFLUENCE -> influence(node, sections.influence());
                case EGGER -> JsonReport.number(regression(node.putObject("egger"), sections.egger()),
                        "limit_estimate", sections.natural().toNatural(sections.egger().limitEstimate()));
                case BEGG -> begg(node.putObject("begg"), sections.begg());
                case PETERS -> regression(node.putObject("peters"), sections.peters());
                case HARBORD -> regression(node.putObject("harbord"), sections.harbord());
                case TRIM_FILL -> trimFill(node.putObject("trim_fill"), sections.trimFill());
            }
        }
        if (!sections.notDone().isEmpty()) {
            ObjectNode reasons = node.putObject("not_done");
            for (Map.Entry<Section, String> e : sections.notDone().entrySet()) {
                reasons.put(key(e.getKey()), e.getValue());
            }
        }
    }

    /** The section's key in the contract: "leave_one_out", "trim_fill", "egger". */
    public static String key(Section section) {
        return section.name().toLowerCase(Locale.ROOT);
    }

    private static void leaveOneOut(ArrayNode rows, List<LeaveOneOut> results) {
        for (LeaveOneOut r : results) {
            ObjectNode row = rows.addObject().put("omitted", r.omitted());
            interval(row, r.estimate(), r.ciLower(), r.ciUpper());
            JsonReport.number(row, "tau2", r.tau2());
            JsonReport.number(row, "I2", r.i2());
            JsonReport.number(row, "Q", r.q());
            JsonReport.number(row, "p_value", r.pValue());
        }
    }

    private static void cumulative(ArrayNode rows, List<CumulativeStep> steps) {
        for (CumulativeStep r : steps) {
            ObjectNode row = rows.addObject().put("added", r.added());
            interval(row, r.estimate(), r.ciLower(), r.ciUpper());
            JsonReport.number(row, "tau2", r.tau2());
            JsonReport.number(row, "I2", r.i2());
        }
    }

    private static void influence(ObjectNode node, List<StudyInfluence> results) {
        ArrayNode rows = node.putArray("influence");
        ArrayNode baujat = JsonReport.mapper().createArrayNode();
        for (StudyInfluence r : results) {
            ObjectNode row = rows.addObject().put("study", r.study());
            JsonReport.number(row, "rstudent", r.rstudent());
            JsonReport.number(row, "dffits", r.dffits());
            JsonReport.number(row, "cooks_distance", r.cooksDistance());
            JsonReport.number(row, "hat", r.hat());
            JsonReport.number(row, "weight", r.weight());
            JsonReport.number(row, "tau2_deleted", r.tau2Deleted());
            JsonReport.number(row, "Q_deleted", r.qDeleted());
            ObjectNode point = baujat.addObject().put("study", r.study());
            JsonReport.number(point, "x", r.baujatX());
            JsonReport.number(point, "y", r.baujatY());
        }
        node.set("baujat", baujat);
    }

    private static void begg(ObjectNode node, RankCorrelationTest begg) {
        JsonReport.number(node, "tau", begg.tau());
        JsonReport.number(node, "p_value", begg.pValue());
        node.put("exact", begg.exact());
    }

    private static ObjectNode regression(ObjectNode node, RegressionTest test) {
        JsonReport.number(node, "bias", test.bias());
        JsonReport.number(node, "bias_se", test.biasSe());
        JsonReport.number(node, "statistic", test.statistic());
        node.put("df", test.df());
        JsonReport.number(node, "p_value", test.pValue());
        return node;
    }

    private static void trimFill(ObjectNode node, TrimAndFillResult trimFill) {
        node.put("k0", trimFill.k0());
        node.put("side", trimFill.side().name().toLowerCase(Locale.ROOT));
        node.put("estimator", trimFill.estimator().name());
        PooledEffect adjusted = trimFill.adjusted().pooled();
        interval(node, adjusted.estimate(), adjusted.ciLower(), adjusted.ciUpper());
        JsonReport.number(node, "tau2", trimFill.adjusted().heterogeneity().tau2());
        ArrayNode filled = node.putArray("filled");
        for (StudyEffect f : trimFill.filled()) {
            ObjectNode row = filled.addObject();
            JsonReport.number(row, "theta", f.theta());
            JsonReport.number(row, "variance", f.variance());
        }
    }

    private static void interval(ObjectNode node, double estimate, double lower, double upper) {
        JsonReport.number(node, "estimate", estimate);
        JsonReport.number(node, "ci_lower", lower);
        JsonReport.number(node, "ci_upper", upper);
    }
}
