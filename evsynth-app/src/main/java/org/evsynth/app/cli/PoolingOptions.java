package org.evsynth.app.cli;

import org.evsynth.report.analysis.AnalysisPlan;
import org.evsynth.report.table.InputException;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.Pooling;
import org.evsynth.stats.meta.PredictionMethod;
import org.evsynth.stats.meta.TauSquaredCiMethod;
import org.evsynth.stats.meta.TauSquaredEstimator;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * How studies are pooled: the options, names and defaults of `evsynth meta`, shared by the figure commands
 * (`forest`, `funnel`) so a figure is drawn from exactly the analysis `meta` prints for the same options.
 */
final class PoolingOptions {

    @Option(names = "--measure", paramLabel = "MEASURE",
            description = "OR, RR, RD, AS, PETO (binary); MD, SMD, ROM (continuous); PR, PLO, PFT (proportions); "
                    + "IRR, IRD (events and person-time per arm); IR, IRLN (events and person-time of one group); "
                    + "HR, GEN. Default: RR for binary, MD for continuous, PLO for proportions, IRR for person-time, "
                    + "IRLN for rates, GEN for theta/se; required for estimates with CIs.")
    EffectMeasure measure;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "random or common. Default: random (common for --pooling MH or PETO).")
    Model model;

    @Option(names = "--method", paramLabel = "METHOD",
            description = "tau² estimator: REML, DL, PM, ML, SJ, HE, EB, HS, HSk, DLIT, SJIT, PMM or GENQ (with "
                    + "--weights). Default: ${DEFAULT-VALUE}.",
            defaultValue = "REML")
    TauSquaredEstimator method;

    @Option(names = "--pooling", paramLabel = "POOLING",
            description = "IV (inverse variance), MH (Mantel-Haenszel: OR, RR, RD, IRR, IRD) or PETO (OR). "
                    + "Default: ${DEFAULT-VALUE}.", defaultValue = "IV")
    Pooling pooling;

    @Option(names = "--ci", paramLabel = "CI", converter = CiWords.class,
            description = "hksj, hksj-modified (HKSJ never narrower than Wald, metafor's test = \"adhoc\") or wald. "
                    + "Default: hksj for random-effects models, wald otherwise.")
    ConfidenceMethod ci;

    @Option(names = "--tau2-ci", paramLabel = "METHOD", defaultValue = "QP",
            description = "Interval for tau² (and tau, I², H²): QP (Q-profile), PL (profile likelihood; ML, REML), "
                    + "GENQ (generalised Q) or WALD. Default: ${DEFAULT-VALUE}.")
    TauSquaredCiMethod tau2Ci;

    @Option(names = "--pi", paramLabel = "PI", defaultValue = "t",
            description = "Prediction interval quantiles: t (k-2 df) or z. Default: ${DEFAULT-VALUE}.")
    PredictionMethod pi;

    @CommandLine.Mixin
    CorrectionAndLevel common = new CorrectionAndLevel();

    /** The analysis these options describe, as `meta` builds it. */
    MetaAnalysis settings() throws InputException {
        MetaAnalysis analysis = MetaAnalysis.withDefaults().with(pooling).with(method).with(pi).with(tau2Ci)
                .withLevel(common.levelFraction()).with(common.correction());
        if (model != null) {
            analysis = analysis.with(model);
        }
        if (ci != null) {
            analysis = analysis.with(ci);
        }
        return analysis;
    }

    /** Reads --ci's words: hksj, hksj-modified, wald. */
    static final class CiWords extends EnumWords<ConfidenceMethod> {
        CiWords() {
            super(ConfidenceMethod.class);
        }
    }

    /** The plan of the main analysis these options describe: the settings and the measure. */
    AnalysisPlan plan() throws InputException {
        return AnalysisPlan.of(settings()).withMeasure(measure);
    }
}
