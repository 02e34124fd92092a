package org.evsynth.report.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.evsynth.report.analysis.AnalysisResult;
import org.evsynth.report.format.Numbers;
import org.evsynth.report.format.Texts;
import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.ContinuousStudy;
import org.evsynth.stats.effect.DataKind;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.GenericStudy;
import org.evsynth.stats.effect.ProportionStudy;
import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.Heterogeneity;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.PooledEffect;
import org.evsynth.stats.meta.StudyResult;
import org.evsynth.stats.meta.Subgroup;
import org.evsynth.stats.meta.SubgroupTest;

/**
 * The analysis as RevMan's analysis panel shows it: a row per study with its data per arm, its effect with CI
 * and its weight; the pooled row; heterogeneity; the test for overall effect; with subgroups, a block per subgroup
 * and the test for subgroup differences; then the sections, as {@link SectionsText} writes them.
 */
public final class TextReport {

    private static final int LABEL = 28;

    private final Map<String, StudyData> dataByStudy;
    private final StringBuilder out = new StringBuilder();

    private TextReport(Map<String, StudyData> dataByStudy) {
        this.dataByStudy = dataByStudy;
    }

    /** The panel of a result, titled (the file, and the batch value in a batch). */
    public static String of(String title, AnalysisResult result) {
        Map<String, StudyData> data = new LinkedHashMap<>();
        result.table().studies().forEach(s -> data.putIfAbsent(s.study(), s));
        TextReport report = new TextReport(data);
        MetaAnalysisResult overall = result.overall();
        report.heading(title, overall);
        if (result.hasSubgroups()) {
            report.subgroups(result);
        } else {
            report.block(overall, "Total", true);
        }
        report.footer(overall, result.warnings());
        return report.out + SectionsText.of(result.sections());
    }

    private void subgroups(AnalysisResult result) {
        for (Subgroup subgroup : result.subgroups().subgroups()) {
            line("Subgroup: %s", subgroup.name());
            block(subgroup.result(), "Subtotal", true);
            out.append('\n');
        }
        block(result.overall(), "Total", false);
        SubgroupTest test = result.subgroups().test();
        if (test != null) {
            double i2 = test.q() > 0 ? 100 * Math.max(0, (test.q() - test.df()) / test.q()) : 0;
            line("Test for subgroup differences: Chi² = %.2f, df = %d (%s), I² = %.0f%%",
                    test.q(), test.df(), Numbers.p("P", test.pValue()), i2);
        }
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
        line("%s (%s, %s %s CI)", Texts.capitalised(result.measure().description()), method,
                result.confidenceMethod() == ConfidenceMethod.HKSJ ? "HKSJ" : "Wald", Numbers.level(result.level()));
        out.append('\n');
        line("%-28s %-22s %-22s %7s  %s", "Study", arms(result.measure(), true), arms(result.measure(), false),
                "Weight", "Effect [CI]");
    }

    private void block(MetaAnalysisResult result, String totalLabel, boolean listStudies) {
        for (StudyResult study : listStudies ? result.studies() : List.<StudyResult>of()) {
            line("%-28s %-22s %-22s %6.1f%%  %s", Texts.clip(study.study(), LABEL), armData(study.study(), true),
                    armData(study.study(), false), study.weight(),
                    Numbers.interval(study.estimate(), study.ciLower(), study.ciUpper()));
        }
        PooledEffect pooled = result.pooled();
        line("%-28s %-22s %-22s %6.1f%%  %s", String.format(Locale.ROOT, "%s (%s CI)", totalLabel,
                        Numbers.level(result.level())), totals(result, true), totals(result, false), 100.0,
                Numbers.interval(pooled.estimate(), pooled.ciLower(), pooled.ciUpper()));
        if (result.predictionInterval().isAvailable()) {
            line("%-83s %s", "Prediction interval", Numbers.limits(result.predictionInterval().lower(),
                    result.predictionInterval().upper()));
        }
        heterogeneity(result.heterogeneity());
        String statistic = Double.isNaN(pooled.df()) ? "Z" : String.format(Locale.ROOT, "t(%.0f)", pooled.df());
        line("Test for overall effect: %s = %.2f (%s)", statistic, pooled.statistic(),
                Numbers.p("P", pooled.pValue()));
    }

    private void heterogeneity(Heterogeneity h) {
        if (Double.isNaN(h.q())) {
            return;
        }
        String tau2 = Double.isNaN(h.tau2()) ? ""
                : Double.isNaN(h.tau2CiLower()) ? "Tau² = " + Numbers.effect(h.tau2()) + " (fixed); "
                : "Tau² = " + Numbers.interval(h.tau2(), h.tau2CiLower(), h.tau2CiUpper()) + "; ";
        String i2Ci = Double.isNaN(h.i2CiLower()) ? ""
                : " [" + Numbers.percent(h.i2CiLower()) + ", " + Numbers.percent(h.i2CiUpper()) + "]";
        line("Heterogeneity: %sChi² = %.2f, df = %d (%s); I² = %s%s", tau2, h.q(), h.df(),
                Numbers.p("P", h.pValue()), Numbers.percent(h.i2()), i2Ci);
    }

    private void footer(MetaAnalysisResult result, List<String> warnings) {
        result.excluded().forEach(e -> line("Excluded: %s (%s)", e.study(), e.reason()));
        result.notes().forEach(n -> line("Note: %s", n));
        warnings.forEach(w -> line("Warning: %s", w));
    }

    private static String arms(EffectMeasure measure, boolean first) {
        if (measure.accepts(DataKind.PROPORTION)) {
            return first ? "Events/Total" : "";
        }
        return first ? "Experimental" : "Control";
    }

    private String armData(String study, boolean first) {
        StudyData data = dataByStudy.get(study);
        if (data instanceof BinaryStudy b) {
            return first ? Numbers.count(b.events1()) + "/" + Numbers.count(b.total1())
                    : Numbers.count(b.events2()) + "/" + Numbers.count(b.total2());
        }
        if (data instanceof ContinuousStudy c) {
            return first ? meanSdN(c.mean1(), c.sd1(), c.n1()) : meanSdN(c.mean2(), c.sd2(), c.n2());
        }
        if (data instanceof ProportionStudy p) {
            return first ? Numbers.count(p.events()) + "/" + Numbers.count(p.total()) : "";
        }
        if (data instanceof GenericStudy g) {
            return first ? "θ " + Numbers.effect(g.theta()) + " (SE " + Numbers.effect(g.se()) + ")" : "";
        }
        return "";
    }

    private static String meanSdN(double mean, double sd, double n) {
        return Numbers.effect(mean) + " (" + Numbers.effect(sd) + ") " + Numbers.count(n);
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
        return Double.isNaN(events) ? Numbers.count(total) : Numbers.count(events) + "/" + Numbers.count(total);
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args).stripTrailing()).append('\n');
    }
}
