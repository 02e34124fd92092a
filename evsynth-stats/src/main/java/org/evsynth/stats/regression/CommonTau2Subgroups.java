package org.evsynth.stats.regression;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.Pooling;
import org.evsynth.stats.meta.SubgroupAnalysisResult;

/**
 * Subgroup analysis with one τ² shared by all subgroups (Borenstein et al. 2009, ch. 19, "pooled estimate of
 * τ²"): τ² is the residual heterogeneity of the mixed-effects model with the subgroup as a categorical
 * moderator, as metafor's {@code rma(yi, vi, mods = ~ factor(group))}; each subgroup is then pooled with that τ².
 * With Wald intervals the subgroup estimates equal the coefficients of {@code mods = ~ factor(group) - 1}. The
 * overall analysis of all studies keeps its own τ².
 */
public final class CommonTau2Subgroups {

    private CommonTau2Subgroups() {
    }

    /**
     * Runs the analysis.
     *
     * @throws IllegalArgumentException for a common-effect model or count-based pooling, where there is no τ²
     */
    public static <S extends StudyData> SubgroupAnalysisResult run(MetaAnalysis settings, EffectMeasure measure,
                                                                  List<S> studies, Function<? super S, String> subgroupOf) {
        if (settings.model() != Model.RANDOM || settings.pooling() != Pooling.IV) {
            throw new IllegalArgumentException("a common tau² across subgroups needs an inverse-variance "
                    + "random-effects model");
        }
        List<StudyEffect> effects = settings.effectSizes(measure, studies).effects();
        Map<StudyData, String> groupOf = new IdentityHashMap<>();
        studies.forEach(s -> groupOf.put(s, subgroupOf.apply(s)));
        String[] groups = effects.stream().map(e -> groupOf.get(e.data())).toArray(String[]::new);
        if (java.util.Arrays.stream(groups).distinct().count() < 2) {
            throw new IllegalArgumentException("a common tau² across subgroups needs at least two subgroups");
        }
        ModelMatrix x = ModelMatrix.withIntercept(effects.size()).categorical("subgroup", groups).build();
        double[] y = effects.stream().mapToDouble(StudyEffect::theta).toArray();
        double[] v = effects.stream().mapToDouble(StudyEffect::variance).toArray();
        double tau2 = ResidualHeterogeneityEstimator.estimate(settings.estimator(), y, v, x.rows());
        SubgroupAnalysisResult withCommon = settings.withTau2(tau2).runBySubgroup(measure, studies, subgroupOf);
        return new SubgroupAnalysisResult(settings.run(measure, new ArrayList<>(studies)), withCommon.subgroups(),
                withCommon.test());
    }
}
