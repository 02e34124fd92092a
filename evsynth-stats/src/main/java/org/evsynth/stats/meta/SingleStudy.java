package org.evsynth.stats.meta;

import java.util.List;

import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.effect.StudyEffect;

/** k = 1: the study's own estimate with its Wald interval, and no heterogeneity figures. */
final class SingleStudy {

    private SingleStudy() {
    }

    static MetaAnalysisResult result(MetaAnalysis settings, EffectMeasure measure, EffectSizes sizes,
                                     BackTransform natural, List<String> notes) {
        StudyEffect only = sizes.effects().get(0);
        double se = Math.sqrt(only.variance());
        double crit = Quantiles.critical(settings.level(), Double.NaN);
        double statistic = only.theta() / se;
        PooledEffect pooled = new PooledEffect(only.theta(), se, natural.toNatural(only.theta()),
                natural.toNatural(only.theta() - crit * se), natural.toNatural(only.theta() + crit * se),
                statistic, Quantiles.twoSidedP(statistic, Double.NaN), Double.NaN);
        StudyResult row = new StudyResult(only.study(), only.theta(), only.variance(), pooled.estimate(),
                pooled.ciLower(), pooled.ciUpper(), 100);
        Model model = settings.model();
        return new MetaAnalysisResult(measure, model, model == Model.RANDOM ? settings.estimator() : null,
                settings.pooling(), ConfidenceMethod.WALD, settings.predictionMethod(), settings.level(), 1, pooled,
                Heterogeneity.none(), PredictionInterval.none(), List.of(row), sizes.excluded(), notes, null,
                List.of(), natural);
    }
}
