package org.evsynth.report.output;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.ContinuousStudy;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.GenericStudy;
import org.evsynth.stats.effect.ProportionStudy;
import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.meta.Heterogeneity;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.PooledEffect;
import org.evsynth.stats.meta.StudyResult;
import org.evsynth.stats.meta.Subgroup;
import org.evsynth.stats.meta.SubgroupAnalysisResult;
import org.evsynth.stats.meta.SubgroupTest;

/**
 * The analysis as RevMan's analysis panel shows it: a row per study with its data per arm, its effect with CI
 * and its weight; the pooled row; heterogeneity; the test for overall effect; and with subgroups, a block
 * per subgroup and the test for subgroup differences.
 */
public final class TextReport {

    private final Map<String, StudyData> dataByStudy;
    private final StringBuilder out = new StringBuilder();

    private TextReport(Map<String, StudyData> dataByStudy) {
        this.dataByStudy = dataByStudy;
    }

    /** The panel for one analysis. */
    public static String of(String title, MetaAnalysisResult result, Map<String, StudyData> data, List<String> warnings) {
        TextReport report = new TextReport(data);
        report.heading(title, result);
        report.block(result, "Total", true);
        report.footer(result, warnings);
        return report.out.toString();
    }

    /** The panel with one block per subgroup, the overall total and the test for subgroup differences. */
    public static String of(String title, SubgroupAnalysisResult result, Map<String, StudyData> data,
                            List<String> warnings) {
        TextReport report = new TextReport(data);
        MetaAnalysisResult overall = result.overall();
        report.heading(title, overall);
        for (Subgroup subgroup : result.subgroups()) {
            report.line("Subgroup: %s", subgroup.name());
            report.block(subgroup.result(), "Subtotal", true);
            report.out.append('\n');
        }
        report.block(overall, "Total", false);
        SubgroupTest test = result.test();
        if (test != null) {
            double i2 = test.q() > 0 ? 100 * Math.max(0, (test.q() - test.df()) / test.q()) : 0;
            report.line("Test for subgroup differences: Chi² = %.2f, df = %d (P %s), I² = %.0f%%",
                    test.q(), test.df(), p(test.pValue()), i2);
        }
        report.footer(overall, warnings);
        return report.out.toString();
    }

    private void heading(String title, MetaAnalysisResult result) {
        String pooling = switch (result.pooling()) {
            case IV -> "IV";
            case MH -> "M-H";
            case PETO -> "Peto";
        };
        String method = result.model() == Model.RANDOM
                ? String.format(Locale.ROOT, "%s, random effects, %s", pooling, result.estimator())
                : String.format(Locale.ROOT, "%s, common effect", pooling);
        line("%s", title);
        line("%s (%s, %s %.0f%% CI)", capitalised(result.measure().description()), method,
                result.confidenceMethod() == org.evsynth.stats.meta.ConfidenceMethod.HKSJ ? "HKSJ" : "Wald",
                100 * result.level());
        out.append('\n');
        line("%-28s %-22s %-22s %7s  %s", "Study", arms(result.measure(), true), arms(result.measure(), false),
                "Weight", "Effect [CI]");
    }

    private void block(MetaAnalysisResult result, String totalLabel, boolean listStudies) {
        for (StudyResult study : listStudies ? result.studies() : List.<StudyResult>of()) {
            line("%-28s %-22s %-22s %6.1f%%  %s", clip(study.study()), armData(study.study(), true),
                    armData(study.study(), false), study.weight(),
                    interval(study.estimate(), study.ciLower(), study.ciUpper()));
        }
        PooledEffect pooled = result.pooled();
        line("%-28s %-22s %-22s %6.1f%%  %s", String.format(Locale.ROOT, "%s (%.0f%% CI)", totalLabel,
                        100 * result.level()), totals(result, true), totals(result, false), 100.0,
                interval(pooled.estimate(), pooled.ciLower(), pooled.ciUpper()));
        if (result.predictionInterval().isAvailable()) {
            line("%-83s %s", "Prediction interval", String.format(Locale.ROOT, "[%s, %s]",
                    number(result.predictionInterval().lower()), number(result.predictionInterval().upper())));
        }
        Heterogeneity h = result.heterogeneity();
        if (!Double.isNaN(h.q())) {
            String tau2 = Double.isNaN(h.tau2()) ? ""
                    : Double.isNaN(h.tau2CiLower()) ? String.format(Locale.ROOT, "Tau² = %s (fixed); ", number(h.tau2()))
                    : String.format(Locale.ROOT, "Tau² = %s [%s, %s]; ", number(h.tau2()), number(h.tau2CiLower()),
                            number(h.tau2CiUpper()));
            String i2Ci = Double.isNaN(h.i2CiLower()) ? "" : String.format(Locale.ROOT, " [%.0f%%, %.0f%%]",
                    h.i2CiLower(), h.i2CiUpper());
            line("Heterogeneity: %sChi² = %.2f, df = %d (P %s); I² = %.0f%%%s", tau2, h.q(), h.df(), p(h.pValue()),
                    h.i2(), i2Ci);
        }
        String statistic = Double.isNaN(pooled.df()) ? "Z" : String.format(Locale.ROOT, "t(%.0f)", pooled.df());
        line("Test for overall effect: %s = %.2f (P %s)", statistic, pooled.statistic(), p(pooled.pValue()));
    }

    private void footer(MetaAnalysisResult result, List<String> warnings) {
        result.excluded().forEach(e -> line("Excluded: %s (%s)", e.study(), e.reason()));
        result.notes().forEach(n -> line("Note: %s", n));
        warnings.forEach(w -> line("Warning: %s", w));
    }

    private static String arms(EffectMeasure measure, boolean first) {
        if (measure.accepts(org.evsynth.stats.effect.DataKind.PROPORTION)) {
            return first ? "Events/Total" : "";
        }
        return (first ? "Experimental" : "Control");
    }

    private String armData(String study, boolean first) {
        StudyData data = dataByStudy.get(study);
        if (data instanceof BinaryStudy b) {
            return first ? count(b.events1()) + "/" + count(b.total1()) : count(b.events2()) + "/" + count(b.total2());
        }
        if (data instanceof ContinuousStudy c) {
            return first ? String.format(Locale.ROOT, "%s (%s) %s", number(c.mean1()), number(c.sd1()), count(c.n1()))
                    : String.format(Locale.ROOT, "%s (%s) %s", number(c.mean2()), number(c.sd2()), count(c.n2()));
        }
        if (data instanceof ProportionStudy p) {
            return first ? count(p.events()) + "/" + count(p.total()) : "";
        }
        if (data instanceof GenericStudy g) {
            return first ? String.format(Locale.ROOT, "θ %s (SE %s)", number(g.theta()), number(g.se())) : "";
        }
        return "";
    }

    /** Total events/participants per arm, as RevMan prints under the pooled row. */
    private String totals(MetaAnalysisResult result, boolean first) {
        double events = 0;
        double total = 0;
        for (StudyResult study : result.studies()) {
            StudyData data = dataByStudy.get(study.study());
            if (data instanceof BinaryStudy b) {
                events += first ? b.events1() : b.events2();
                total += first ? b.total1() : b.total2();
            } else if (data instanceof ProportionStudy p && first) {
                events += p.events();
                total += p.total();
            } else if (data instanceof ContinuousStudy c) {
                total += first ? c.n1() : c.n2();
                events = Double.NaN;
            } else {
                return "";
            }
        }
        if (total == 0) {
            return "";
        }
        return Double.isNaN(events) ? count(total) : count(events) + "/" + count(total);
    }

    private static String interval(double estimate, double lower, double upper) {
        return String.format(Locale.ROOT, "%s [%s, %s]", number(estimate), number(lower), number(upper));
    }

    /** Two decimals as RevMan prints effects, more for very small figures. */
    public static String number(double value) {
        if (value != 0 && Math.abs(value) < 0.01) {
            return String.format(Locale.ROOT, "%.2g", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String count(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : number(value);
    }

    /** "< 0.00001", "= 0.0004", "= 0.003", "= 0.45", as in RevMan. */
    public static String p(double value) {
        if (value < 0.00001) {
            return "< 0.00001";
        }
        if (value < 0.001) {
            return "= " + new java.math.BigDecimal(value).round(new java.math.MathContext(1)).toPlainString();
        }
        return value < 0.01 ? String.format(Locale.ROOT, "= %.3f", value) : String.format(Locale.ROOT, "= %.2f", value);
    }

    private static String clip(String label) {
        return label.length() <= 28 ? label : label.substring(0, 27) + "…";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args).stripTrailing()).append('\n');
    }
}
