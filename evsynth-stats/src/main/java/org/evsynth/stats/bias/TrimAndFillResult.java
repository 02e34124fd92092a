package org.evsynth.stats.bias;

import java.util.List;

import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.meta.MetaAnalysisResult;

/**
 * The outcome of trim and fill.
 *
 * @param k0 the estimated number of missing studies
 * @param side the side they were filled on
 * @param estimator the k₀ estimator used
 * @param filled the filled studies (analysis scale), mirror images of the most extreme studies
 * @param adjusted the analysis with the filled studies added
 */
public record TrimAndFillResult(int k0, TrimAndFill.Side side, TrimAndFill.Estimator estimator,
                                List<StudyEffect> filled, MetaAnalysisResult adjusted) {

    /** Copies the list. */
    public TrimAndFillResult {
        filled = List.copyOf(filled);
    }
}
