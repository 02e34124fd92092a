package org.evsynth.report.bundle;

import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.ZeroCellCorrection;
import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.Pooling;
import org.evsynth.stats.meta.PredictionMethod;
import org.evsynth.stats.meta.TauSquaredEstimator;

/**
 * The meta-analysis options of one outcome, with the defaults of `evsynth meta`.
 *
 * @param measure the effect measure, or null for the input format's default (RR for counts, MD for means)
 * @param model random or common, or null for the engine's default (random; common with MH or Peto pooling)
 * @param method the τ² estimator
 * @param pooling IV, MH or PETO
 * @param ci the pooled CI method, or null for the default (HKSJ for random effects, Wald otherwise)
 * @param pi the prediction interval's distribution
 * @param level confidence level in percent, e.g. 95
 * @param cc continuity correction
 * @param ccTo which studies get it
 * @param by the subgroup column, or null
 * @param commonTau2 with {@code by}: one τ² across subgroups
 */
public record AnalysisOptions(EffectMeasure measure, Model model, TauSquaredEstimator method, Pooling pooling,
                              ConfidenceMethod ci, PredictionMethod pi, double level, double cc,
                              ZeroCellCorrection.ApplyTo ccTo, String by, boolean commonTau2) {

    /** The defaults: REML, IV, t prediction interval, 95%, 0.5 to studies with a zero cell. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(null, null, TauSquaredEstimator.REML, Pooling.IV, null, PredictionMethod.T, 95,
                0.5, ZeroCellCorrection.ApplyTo.ZERO_CELL_STUDIES, null, false);
    }

    /** The engine configured with these options (the subgroup column and common τ² are the caller's to apply). */
    public MetaAnalysis toMetaAnalysis() {
        MetaAnalysis m = MetaAnalysis.withDefaults().with(method).with(pooling).with(pi).withLevel(level / 100)
                .with(new ZeroCellCorrection(cc, ccTo));
        if (model != null) {
            m = m.with(model);
        }
        if (ci != null) {
            m = m.with(ci);
        }
        return m;
    }
}
