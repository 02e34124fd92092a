package org.evsynth.report.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.evsynth.report.analysis.AnalysisResult;
import org.evsynth.report.format.Decimals;
import org.evsynth.report.format.Numbers;
import org.evsynth.report.format.Texts;
import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.ContinuousStudy;
import org.evsynth.stats.effect.DataKind;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.Exclusion;
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

    /** Text is handed to the output in pieces of about this many characters, not a line at a time. */
    private static final int PIECE = 32_768;

    private final List<StudyData> studies;
    private final Appendable out;
    private final StringBuilder text = new StringBuilder(PIECE + 1024);

    private TextReport(List<StudyData> studies, Appendable out) {
        this.studies = studies;
        this.out = out;
    }

    /** The panel of a result, titled (the file, and the batch value in a batch). */
    public static String of(String title, AnalysisResult result) {
        StringBuilder text = new StringBuilder();
        try {
            write(title, result, text);
        } catch (IOException e) {
            throw new UncheckedIOException("a string builder cannot fail to be written", e);
        }
        return text.toString();
    }

    /** Writes {@link #of} line by line, so that the rows of a million studies never become one string. */
    public static void write(String title, AnalysisResult result, Appendable out) throws IOException {
        TextReport report = new TextReport(result.table().studies(), out);
        MetaAnalysisResult overall = result.overall();
        report.heading(title, overall);
        if (result.hasSubgroups()) {
            report.subgroups(result);
        } else {
            report.block(overall, "Total", true);
        }
        report.footer(overall, result.warnings());
        report.text.append(SectionsText.of(result.sections()));
        out.append(report.text);
    }

    private void subgroups(AnalysisResult result) throws IOException {
        for (Subgroup subgroup : result.subgroups().subgroups()) {
            line("Subgroup: %s", subgroup.name());
            block(subgroup.result(), "Subtotal", true);
            text.append('\n');
        }
        block(result.overall(), "Total", false);
        SubgroupTest test = result.subgroups().test();
        if (test != null) {
            double i2 = test.q() > 0 ? 100 * Math.max(0, (test.q() - test.df()) / test.q()) : 0;
            line("Test for subgroup differences: Chi² = %.2f, df = %d (%s), I² = %.0f%%",
                    test.q(), test.df(), Numbers.p("P", test.pValue()), i2);
        }
    }

    private void heading(String title, MetaAnalysisResult result) throws IOException {
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
        text.append('\n');
        line("%-28s %-22s %-22s %7s  %s", "Study", arms(result.measure(), true), arms(result.measure(), false),
                "Weight", "Effect [CI]");
    }

    private void block(MetaAnalysisResult result, String totalLabel, boolean listStudies) throws IOException {
        if (listStudies) {
            StudyCursor data = new StudyCursor(studies);
            for (StudyResult study : result.studies()) {
                studyRow(study, data.next(study.study()));
            }
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

    /**
     * One study's row, as {@code line("%-28s %-22s %-22s %6.1f%%  %s", ...)} would write it but without the
     * formatter: a million of them are written in a panel.
     */
    private void studyRow(StudyResult study, StudyData data) throws IOException {
        int start = text.length();
        padded(Texts.clip(study.study(), LABEL), 28).append(' ');
        padded(armData(data, true), 22).append(' ');
        padded(armData(data, false), 22).append(' ');
        String weight = Decimals.fixed(study.weight(), 1);
        for (int i = weight.length(); i < 6; i++) {
            text.append(' ');
        }
        text.append(weight).append("%  ").append(Numbers.interval(study.estimate(), study.ciLower(),
                study.ciUpper()));
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        text.setLength(end);
        text.append('\n');
        handOver();
    }

    private StringBuilder padded(String value, int width) {
        text.append(value);
        for (int i = value.length(); i < width; i++) {
            text.append(' ');
        }
        return text;
    }

    /** Hands the text so far to the output once there is a piece of it. */
    private void handOver() throws IOException {
        if (text.length() >= PIECE) {
            out.append(text);
            text.setLength(0);
        }
    }

    private void heterogeneity(Heterogeneity h) throws IOException {
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

    private void footer(MetaAnalysisResult result, List<String> warnings) throws IOException {
        for (Exclusion e : result.excluded()) {
            line("Excluded: %s (%s)", e.study(), e.reason());
        }
        for (String note : result.notes()) {
            line("Note: %s", note);
        }
        for (String warning : warnings) {
            line("Warning: %s", warning);
        }
    }

    private static String arms(EffectMeasure measure, boolean first) {
        if (measure.accepts(DataKind.PROPORTION)) {
            return first ? "Events/Total" : "";
        }
        return first ? "Experimental" : "Control";
    }

    private static String armData(StudyData data, boolean first) {
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
        StudyCursor cursor = new StudyCursor(studies);
        for (StudyResult study : result.studies()) {
            StudyData data = cursor.next(study.study());
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

    private void line(String format, Object... args) throws IOException {
        text.append(String.format(Locale.ROOT, format, args).stripTrailing()).append('\n');
        handOver();
    }
}
