package org.evsynth.app.cli;

import org.evsynth.report.analysis.Section;
import org.evsynth.report.analysis.Sections;
import org.evsynth.report.table.InputException;
import org.evsynth.stats.bias.FailSafeN;
import org.evsynth.stats.bias.TrimAndFill;
import picocli.CommandLine.Option;

/** The sensitivity and small-study-bias analyses `evsynth meta` adds as sections of its output. */
final class SectionOptions {

    @Option(names = "--leave-one-out", description = "Re-run the analysis without each study in turn.")
    boolean leaveOneOut;

    @Option(names = "--cumulative", paramLabel = "COLUMN",
            description = "Cumulative meta-analysis, adding studies in the order of this column (e.g. year).")
    String cumulative;

    @Option(names = "--collapse",
            description = "With --cumulative: studies with the same value of the column enter together.")
    boolean collapse;

    @Option(names = "--influence", description = "Case diagnostics per study (residuals, DFFITS, Cook's distance, "
            + "DFBETAS, COVRATIO, hat, deleted tau² and Q, BLUPs, random effects), with Baujat plot coordinates.")
    boolean influence;

    @Option(names = "--egger", description = "Egger's regression test for funnel-plot asymmetry.")
    boolean egger;

    @Option(names = "--begg", description = "Begg and Mazumdar's rank correlation test.")
    boolean begg;

    @Option(names = "--peters", description = "Peters' test (binary outcomes).")
    boolean peters;

    @Option(names = "--harbord", description = "Harbord's score-based test (binary outcomes).")
    boolean harbord;

    @Option(names = "--trim-fill", description = "Duval and Tweedie's trim and fill.")
    boolean trimFill;

    @Option(names = "--trim-fill-estimator", paramLabel = "L0|R0", defaultValue = "L0",
            description = "Estimator of the number of missing studies. Default: ${DEFAULT-VALUE}.")
    TrimAndFill.Estimator trimFillEstimator;

    @Option(names = "--trim-fill-side", paramLabel = "left|right",
            description = "Side on which studies are missing. Default: chosen from the data.")
    TrimAndFill.Side trimFillSide;

    @Option(names = "--failsafe", paramLabel = "METHOD", arity = "0..1", fallbackValue = "rosenthal",
            converter = FailSafeWords.class,
            description = "Fail-safe N: rosenthal (the default), orwin or rosenberg, as metafor's fsn (alpha 0.05).")
    FailSafeN.Method failSafe;

    @Option(names = "--failsafe-target", paramLabel = "EFFECT",
            description = "Orwin's target effect on the analysis scale (log for ratios). Default: half the mean effect.")
    Double failSafeTarget;

    @Option(names = "--henmi-copas",
            description = "Henmi and Copas's interval, robust to publication bias (inverse-variance pooling).")
    boolean henmiCopas;

    @Option(names = "--cluster", paramLabel = "COLUMN",
            description = "Cluster-robust standard error of the pooled effect, clusters named by this column "
                    + "(sandwich estimator with metafor's small-sample adjustment).")
    String cluster;

    @Option(names = "--cmh", description = "Cochran-Mantel-Haenszel test (binary data, --measure OR; always with "
            + "--pooling MH --measure OR).")
    boolean cmh;

    @Option(names = "--tarone", description = "Tarone's test for heterogeneity of odds ratios (binary data, "
            + "--measure OR; always with --pooling MH --measure OR).")
    boolean tarone;

    /** The sections these options ask for. */
    Sections sections() throws InputException {
        Sections sections = Sections.none().withTrimFill(trimFillEstimator, trimFillSide);
        if (cumulative != null) {
            sections = sections.withCumulative(cumulative).withCollapse(collapse);
        } else if (collapse) {
            throw new InputException("--collapse goes with --cumulative COLUMN");
        }
        if (failSafe != null) {
            sections = sections.withFailSafe(failSafe, failSafeTarget == null ? Double.NaN : failSafeTarget);
        } else if (failSafeTarget != null) {
            throw new InputException("--failsafe-target goes with --failsafe orwin");
        }
        if (cluster != null) {
            sections = sections.withCluster(cluster);
        }
        boolean[] asked = {leaveOneOut, influence, egger, begg, peters, harbord, trimFill, henmiCopas, cmh, tarone};
        Section[] named = {Section.LEAVE_ONE_OUT, Section.INFLUENCE, Section.EGGER, Section.BEGG, Section.PETERS,
            Section.HARBORD, Section.TRIM_FILL, Section.HENMI_COPAS, Section.CMH, Section.TARONE};
        for (int i = 0; i < asked.length; i++) {
            if (asked[i]) {
                sections = sections.with(named[i]);
            }
        }
        return sections;
    }

    /** Reads --failsafe's words. */
    static final class FailSafeWords extends EnumWords<FailSafeN.Method> {
        FailSafeWords() {
            super(FailSafeN.Method.class);
        }
    }
}
