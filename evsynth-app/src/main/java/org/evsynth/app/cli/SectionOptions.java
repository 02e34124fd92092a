package org.evsynth.app.cli;

import org.evsynth.report.analysis.Section;
import org.evsynth.report.analysis.Sections;
import org.evsynth.stats.bias.TrimAndFill;
import picocli.CommandLine.Option;

/** The sensitivity and small-study-bias analyses `evsynth meta` adds as sections of its output. */
final class SectionOptions {

    @Option(names = "--leave-one-out", description = "Re-run the analysis without each study in turn.")
    boolean leaveOneOut;

    @Option(names = "--cumulative", paramLabel = "COLUMN",
            description = "Cumulative meta-analysis, adding studies in the order of this column (e.g. year).")
    String cumulative;

    @Option(names = "--influence", description = "Influence diagnostics per study, with Baujat plot coordinates.")
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

    /** The sections these options ask for. */
    Sections sections() {
        Sections sections = Sections.none().withTrimFill(trimFillEstimator, trimFillSide);
        if (cumulative != null) {
            sections = sections.withCumulative(cumulative);
        }
        boolean[] asked = {leaveOneOut, influence, egger, begg, peters, harbord, trimFill};
        Section[] named = {Section.LEAVE_ONE_OUT, Section.INFLUENCE, Section.EGGER, Section.BEGG, Section.PETERS,
            Section.HARBORD, Section.TRIM_FILL};
        for (int i = 0; i < asked.length; i++) {
            if (asked[i]) {
                sections = sections.with(named[i]);
            }
        }
        return sections;
    }
}
