package org.evsynth.report.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evsynth.stats.bias.RankCorrelationTest;
import org.evsynth.stats.bias.RegressionTest;
import org.evsynth.stats.bias.TrimAndFillResult;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.meta.BackTransform;
import org.evsynth.stats.sensitivity.CumulativeStep;
import org.evsynth.stats.sensitivity.LeaveOneOut;
import org.evsynth.stats.sensitivity.StudyInfluence;

/**
 * Sensitivity and small-study-bias results, each present only when asked for, written as JSON sections and
 * as text a reviewer can paste into a results section.
 *
 * @param leaveOneOut the analysis without each study
 * @param cumulative the cumulative analysis
 * @param influence influence diagnostics and Baujat coordinates
 * @param egger Egger's test
 * @param begg Begg's test
 * @param peters Peters' test
 * @param harbord Harbord's test
 * @param trimFill trim and fill
 * @param natural the back-transformation for limit estimates
 */
public record SectionsReport(List<LeaveOneOut> leaveOneOut, List<CumulativeStep> cumulative,
                             List<StudyInfluence> influence, RegressionTest egger, RankCorrelationTest begg,
                             RegressionTest peters, RegressionTest harbord, TrimAndFillResult trimFill,
                             BackTransform natural) {

    /** Adds the sections to an analysis's JSON object. */
    public void addTo(ObjectNode node) {
        if (leaveOneOut != null) {
            ArrayNode rows = node.putArray("leave_one_out");
            for (LeaveOneOut r : leaveOneOut) {
                ObjectNode row = rows.addObject().put("omitted", r.omitted());
                JsonReport.number(row, "estimate", r.estimate());
                JsonReport.number(row, "ci_lower", r.ciLower());
                JsonReport.number(row, "ci_upper", r.ciUpper());
                JsonReport.number(row, "tau2", r.tau2());
                JsonReport.number(row, "I2", r.i2());
                JsonReport.number(row, "Q", r.q());
                JsonReport.number(row, "p_value", r.pValue());
            }
        }
        if (cumulative != null) {
            ArrayNode rows = node.putArray("cumulative");
            for (CumulativeStep r : cumulative) {
                ObjectNode row = rows.addObject().put("added", r.added());
                JsonReport.number(row, "estimate", r.estimate());
                JsonReport.number(row, "ci_lower", r.ciLower());
                JsonReport.number(row, "ci_upper", r.ciUpper());
                JsonReport.number(row, "tau2", r.tau2());
                JsonReport.number(row, "I2", r.i2());
            }
        }
        if (influence != null) {
            ArrayNode rows = node.putArray("influence");
            ArrayNode baujat = JsonReport.mapper().createArrayNode();
            for (StudyInfluence r : influence) {
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
        if (egger != null) {
            ObjectNode e = regression(node.putObject("egger"), egger);
            JsonReport.number(e, "limit_estimate", natural.toNatural(egger.limitEstimate()));
        }
        if (begg != null) {
            ObjectNode b = node.putObject("begg");
            JsonReport.number(b, "tau", begg.tau());
            JsonReport.number(b, "p_value", begg.pValue());
            b.put("exact", begg.exact());
        }
        if (peters != null) {
            regression(node.putObject("peters"), peters);
        }
        if (harbord != null) {
            regression(node.putObject("harbord"), harbord);
        }
        if (trimFill != null) {
            ObjectNode t = node.putObject("trim_fill");
            t.put("k0", trimFill.k0());
            t.put("side", trimFill.side().name().toLowerCase(Locale.ROOT));
            t.put("estimator", trimFill.estimator().name());
            JsonReport.number(t, "estimate", trimFill.adjusted().pooled().estimate());
            JsonReport.number(t, "ci_lower", trimFill.adjusted().pooled().ciLower());
            JsonReport.number(t, "ci_upper", trimFill.adjusted().pooled().ciUpper());
            JsonReport.number(t, "tau2", trimFill.adjusted().heterogeneity().tau2());
            ArrayNode filled = t.putArray("filled");
            for (StudyEffect f : trimFill.filled()) {
                ObjectNode row = filled.addObject();
                JsonReport.number(row, "theta", f.theta());
                JsonReport.number(row, "variance", f.variance());
            }
        }
    }

    private static ObjectNode regression(ObjectNode node, RegressionTest test) {
        JsonReport.number(node, "bias", test.bias());
        JsonReport.number(node, "bias_se", test.biasSe());
        JsonReport.number(node, "statistic", test.statistic());
        node.put("df", test.df());
        JsonReport.number(node, "p_value", test.pValue());
        return node;
    }

    /** The sections as text. */
    public String text() {
        List<String> lines = new ArrayList<>();
        if (leaveOneOut != null) {
            lines.add("");
            lines.add("Leave-one-out analysis");
            lines.add(String.format(Locale.ROOT, "%-28s %-24s %8s %6s %8s %9s", "Omitted", "Estimate [CI]", "Tau²",
                    "I²", "Q", "P"));
            for (LeaveOneOut r : leaveOneOut) {
                lines.add(String.format(Locale.ROOT, "%-28s %-24s %8s %6s %8s %9s", clip(r.omitted()),
                        interval(r.estimate(), r.ciLower(), r.ciUpper()), orDash(TextReport.number(r.tau2())),
                        percent(r.i2()), Double.isNaN(r.q()) ? "-" : String.format(Locale.ROOT, "%.2f", r.q()),
                        TextReport.p(r.pValue())));
            }
        }
        if (cumulative != null) {
            lines.add("");
            lines.add("Cumulative meta-analysis");
            lines.add(String.format(Locale.ROOT, "%-28s %-24s %8s %6s", "Adding", "Estimate [CI]", "Tau²", "I²"));
            for (CumulativeStep r : cumulative) {
                lines.add(String.format(Locale.ROOT, "%-28s %-24s %8s %6s", clip(r.added()),
                        interval(r.estimate(), r.ciLower(), r.ciUpper()), orDash(TextReport.number(r.tau2())),
                        percent(r.i2())));
            }
        }
        if (influence != null) {
            lines.add("");
            lines.add("Influence diagnostics");
            lines.add(String.format(Locale.ROOT, "%-28s %9s %8s %8s %6s %7s %9s %8s", "Study", "rstudent", "dffits",
                    "Cook's D", "hat", "weight", "tau²(-i)", "Q(-i)"));
            for (StudyInfluence r : influence) {
                lines.add(String.format(Locale.ROOT, "%-28s %9.3f %8.3f %8.3f %6.3f %6.1f%% %9.4f %8.2f",
                        clip(r.study()), r.rstudent(), r.dffits(), r.cooksDistance(), r.hat(), r.weight(),
                        r.tau2Deleted(), r.qDeleted()));
            }
        }
        if (egger != null) {
            lines.add("");
            lines.add(String.format(Locale.ROOT, "Egger's test for funnel-plot asymmetry: bias %.3f (SE %.3f), "
                            + "t = %.2f, df = %d, P %s; limit estimate %s", egger.bias(), egger.biasSe(),
                    egger.statistic(), egger.df(), TextReport.p(egger.pValue()),
                    TextReport.number(natural.toNatural(egger.limitEstimate()))));
        }
        if (begg != null) {
            lines.add(String.format(Locale.ROOT, "Begg and Mazumdar's rank correlation: Kendall's tau = %.3f, P %s%s",
                    begg.tau(), TextReport.p(begg.pValue()), begg.exact() ? " (exact)" : " (normal approximation)"));
        }
        if (peters != null) {
            lines.add(String.format(Locale.ROOT, "Peters' test: bias %.3f (SE %.3f), t = %.2f, df = %d, P %s",
                    peters.bias(), peters.biasSe(), peters.statistic(), peters.df(), TextReport.p(peters.pValue())));
        }
        if (harbord != null) {
            lines.add(String.format(Locale.ROOT, "Harbord's test: bias %.3f (SE %.3f), t = %.2f, df = %d, P %s",
                    harbord.bias(), harbord.biasSe(), harbord.statistic(), harbord.df(), TextReport.p(harbord.pValue())));
        }
        if (trimFill != null) {
            lines.add("");
            lines.add(String.format(Locale.ROOT,
                    "Trim and fill (%s): %d %s filled on the %s; adjusted estimate %s",
                    trimFill.estimator(), trimFill.k0(), trimFill.k0() == 1 ? "study" : "studies",
                    trimFill.side().name().toLowerCase(Locale.ROOT),
                    interval(trimFill.adjusted().pooled().estimate(), trimFill.adjusted().pooled().ciLower(),
                            trimFill.adjusted().pooled().ciUpper())));
        }
        return String.join("\n", lines) + (lines.isEmpty() ? "" : "\n");
    }

    private static String interval(double estimate, double lower, double upper) {
        return String.format(Locale.ROOT, "%s [%s, %s]", TextReport.number(estimate), TextReport.number(lower),
                TextReport.number(upper));
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.0f%%", value);
    }

    private static String orDash(String number) {
        return number.contains("NaN") ? "-" : number;
    }

    private static String clip(String label) {
        return label.length() <= 28 ? label : label.substring(0, 27) + "…";
    }
}
