package org.evsynth.stats.meta;

import java.util.List;

import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.Exclusion;

/**
 * A pooled analysis: how it was done and what it found.
 *
 * @param measure the effect measure
 * @param model the model fitted
 * @param estimator the tau² estimator, or null for a common-effect model
 * @param pooling how studies were combined
 * @param confidenceMethod how the pooled CI was formed
 * @param predictionMethod the prediction interval's distribution
 * @param level the confidence level, e.g. 0.95
 * @param k the number of studies pooled
 * @param pooled the pooled effect
 * @param heterogeneity heterogeneity figures
 * @param predictionInterval the prediction interval
 * @param studies one row per pooled study, in input order
 * @param excluded studies left out, with the reason
 * @param notes sentences a reviewer should read with the result (k = 1, corrections applied, ...)
 * @param wald the pooled effect with the Wald interval and z test, beside a Hartung-Knapp {@link #pooled}; null
 *             when the interval is already Wald
 * @param warnings sentences that qualify the result (an HKSJ interval that collapsed)
 * @param natural the back-transformation of the pooled estimate to the natural scale, for the views of the result
 *                on the analysis scale (Henmi-Copas, cluster-robust, predictions)
 */
public record MetaAnalysisResult(EffectMeasure measure, Model model, TauSquaredEstimator estimator, Pooling pooling,
                                 ConfidenceMethod confidenceMethod, PredictionMethod predictionMethod, double level,
                                 int k, PooledEffect pooled, Heterogeneity heterogeneity,
                                 PredictionInterval predictionInterval, List<StudyResult> studies,
                                 List<Exclusion> excluded, List<String> notes, PooledEffect wald,
                                 List<String> warnings, BackTransform natural) {

    /** Copies the lists. */
    public MetaAnalysisResult {
        studies = studies instanceof StudyRows ? studies : List.copyOf(studies);
        excluded = List.copyOf(excluded);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    /** Each pooled study's effect θᵢ on the analysis scale, in the order of {@link #studies}. */
    public double[] studyThetas() {
        double[] y = new double[studies.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = studies.get(i).theta();
        }
        return y;
    }

    /** Each pooled study's sampling variance vᵢ, in the order of {@link #studies}. */
    public double[] studyVariances() {
        double[] v = new double[studies.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = studies.get(i).variance();
        }
        return v;
    }
}
