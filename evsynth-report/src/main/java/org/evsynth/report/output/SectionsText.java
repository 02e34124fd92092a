package org.evsynth.report.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.evsynth.report.analysis.Section;
import org.evsynth.report.analysis.SectionResults;
import org.evsynth.report.format.Numbers;
import org.evsynth.report.format.Texts;
import org.evsynth.stats.bias.RankCorrelationTest;
import org.evsynth.stats.bias.RegressionTest;
import org.evsynth.stats.bias.TrimAndFillResult;
import org.evsynth.stats.meta.PooledEffect;
import org.evsynth.stats.sensitivity.CumulativeStep;
import org.evsynth.stats.sensitivity.LeaveOneOut;
import org.evsynth.stats.sensitivity.StudyInfluence;

/**
 * The sections as text a reviewer can paste into a results section, in the order of {@link Section}; a section
 * that was not done says why in its place.
 */
public final class SectionsText {

    private static final int LABEL = 28;

    private final SectionResults sections;
    private final List<String> lines = new ArrayList<>();

    private SectionsText(SectionResults sections) {
        this.sections = sections;
    }

    /** The text, "" without sections. */
    public static String of(SectionResults sections) {
        SectionsText text = new SectionsText(sections);
        for (Section section : Section.values()) {
            if (sections.asked().contains(section)) {
                text.section(section);
            }
        }
        return String.join("\n", text.lines) + (text.lines.isEmpty() ? "" : "\n");
    }

    private void section(Section section) {
        boolean block = section == Section.LEAVE_ONE_OUT || section == Section.CUMULATIVE
                || section == Section.INFLUENCE || section == Section.EGGER || section == Section.TRIM_FILL
                || section == Section.FAILSAFE;
        if (block) {
            lines.add("");
        }
        String reason = sections.notDone().get(section);
        if (reason != null) {
            lines.add(section.title() + ": not done: " + reason);
            return;
        }
        switch (section) {
            case LEAVE_ONE_OUT -> leaveOneOut(sections.leaveOneOut());
            case CUMULATIVE -> cumulative(sections.cumulative());
            case INFLUENCE -> influence(sections.influence());
            case EGGER -> egger(sections.egger());
            case BEGG -> begg(sections.begg());
            case PETERS -> lines.add(regression("Peters' test", sections.peters()));
            case HARBORD -> lines.add(regression("Harbord's test", sections.harbord()));
            case TRIM_FILL -> trimFill(sections.trimFill());
            case FAILSAFE -> lines.add(ExtrasText.failSafe(sections.failSafe()));
            case HENMI_COPAS -> lines.add(ExtrasText.henmiCopas(sections.henmiCopas()));
            case ROBUST -> lines.add(ExtrasText.robust(sections.robust()));
            case CMH -> lines.add(String.format(Locale.ROOT, "Cochran-Mantel-Haenszel test: Chi² = %.2f, df = 1 (%s)",
                    sections.cmh().statistic(), Numbers.p("P", sections.cmh().pValue())));
            case TARONE -> lines.add(ExtrasText.tarone(sections.tarone()));
        }
    }

    private void leaveOneOut(List<LeaveOneOut> rows) {
        lines.add("Leave-one-out analysis");
        lines.add(String.format(Locale.ROOT, "%-28s %-24s %8s %6s %8s %9s", "Omitted", "Estimate [CI]", "Tau²",
                "I²", "Q", "P"));
        for (LeaveOneOut r : rows) {
            lines.add(String.format(Locale.ROOT, "%-28s %-24s %8s %6s %8s %9s", Texts.clip(r.omitted(), LABEL),
                    Numbers.interval(r.estimate(), r.ciLower(), r.ciUpper()), Numbers.effectOrDash(r.tau2()),
                    Numbers.percent(r.i2()), Double.isNaN(r.q()) ? "-" : String.format(Locale.ROOT, "%.2f", r.q()),
                    Numbers.p(r.pValue())));
        }
    }

    private void cumulative(List<CumulativeStep> rows) {
        lines.add("Cumulative meta-analysis");
        lines.add(String.format(Locale.ROOT, "%-28s %-24s %8s %6s", "Adding", "Estimate [CI]", "Tau²", "I²"));
        for (CumulativeStep r : rows) {
            lines.add(String.format(Locale.ROOT, "%-28s %-24s %8s %6s", Texts.clip(r.added(), LABEL),
                    Numbers.interval(r.estimate(), r.ciLower(), r.ciUpper()), Numbers.effectOrDash(r.tau2()),
                    Numbers.percent(r.i2())));
        }
    }

    private void influence(List<StudyInfluence> rows) {
        lines.add("Influence diagnostics");
        lines.add(String.format(Locale.ROOT, "%-28s %9s %9s %8s %8s %8s %8s %6s %7s %9s %8s", "Study", "rstudent",
                "rstandard", "dffits", "Cook's D", "dfbetas", "covratio", "hat", "weight", "tau²(-i)", "Q(-i)"));
        for (StudyInfluence r : rows) {
            lines.add(String.format(Locale.ROOT, "%-28s %9.3f %9.3f %8.3f %8.3f %8.3f %8.3f %6.3f %6.1f%% %9.4f %8.2f",
                    Texts.clip(r.study(), LABEL), r.rstudent(), r.rstandard(), r.dffits(), r.cooksDistance(),
                    r.dfbetas(), r.covratio(), r.hat(), r.weight(), r.tau2Deleted(), r.qDeleted()));
        }
        lines.add("");
        lines.add("Best linear unbiased predictions (analysis scale)");
        lines.add(String.format(Locale.ROOT, "%-28s %9s %8s %-22s %9s", "Study", "BLUP", "SE", "Prediction interval",
                "ranef"));
        for (StudyInfluence r : rows) {
            lines.add(String.format(Locale.ROOT, "%-28s %9.4f %8.4f %-22s %9.4f", Texts.clip(r.study(), LABEL),
                    r.blup(), r.blupSe(), Numbers.limits(r.blupPiLower(), r.blupPiUpper()), r.ranef()));
        }
    }

    private void egger(RegressionTest egger) {
        lines.add(String.format(Locale.ROOT, "Egger's test for funnel-plot asymmetry: bias %.3f (SE %.3f), "
                        + "t = %.2f, df = %d, %s; limit estimate %s", egger.bias(), egger.biasSe(),
                egger.statistic(), egger.df(), Numbers.p("P", egger.pValue()),
                Numbers.effect(sections.natural().toNatural(egger.limitEstimate()))));
    }

    private void begg(RankCorrelationTest begg) {
        lines.add(String.format(Locale.ROOT, "Begg and Mazumdar's rank correlation: Kendall's tau = %.3f, %s%s",
                begg.tau(), Numbers.p("P", begg.pValue()), begg.exact() ? " (exact)" : " (normal approximation)"));
    }

    private static String regression(String name, RegressionTest test) {
        return String.format(Locale.ROOT, "%s: bias %.3f (SE %.3f), t = %.2f, df = %d, %s", name, test.bias(),
                test.biasSe(), test.statistic(), test.df(), Numbers.p("P", test.pValue()));
    }

    private void trimFill(TrimAndFillResult trimFill) {
        PooledEffect adjusted = trimFill.adjusted().pooled();
        lines.add(String.format(Locale.ROOT, "Trim and fill (%s): %d %s filled on the %s; adjusted estimate %s",
                trimFill.estimator(), trimFill.k0(), trimFill.k0() == 1 ? "study" : "studies",
                trimFill.side().name().toLowerCase(Locale.ROOT),
                Numbers.interval(adjusted.estimate(), adjusted.ciLower(), adjusted.ciUpper())));
    }
}
