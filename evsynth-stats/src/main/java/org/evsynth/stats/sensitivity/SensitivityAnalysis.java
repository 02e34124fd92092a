package org.evsynth.stats.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.meta.Heterogeneity;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.PooledEffect;

/**
 * Leave-one-out and cumulative meta-analysis, and influence diagnostics, as metafor's {@code leave1out},
 * {@code cumul}, {@code influence} and {@code baujat}: each refit uses the same model, estimator and interval
 * method as the full analysis.
 */
public final class SensitivityAnalysis {

    private SensitivityAnalysis() {
    }

    /** The analysis without each study in turn, in input order. */
    public static List<LeaveOneOut> leaveOneOut(MetaAnalysis settings, EffectMeasure measure, EffectSizes sizes) {
        return leaveOneOut(settings, measure, sizes, ProgressListener.NONE);
    }

    /** The analysis without each study in turn, in input order, telling the listener after each refit. */
    public static List<LeaveOneOut> leaveOneOut(MetaAnalysis settings, EffectMeasure measure, EffectSizes sizes,
                                                ProgressListener progress) {
        List<StudyEffect> effects = sizes.effects();
        List<LeaveOneOut> rows = new ArrayList<>(effects.size());
        for (int i = 0; i < effects.size(); i++) {
            List<StudyEffect> rest = new ArrayList<>(effects);
            rest.remove(i);
            MetaAnalysisResult r = settings.pool(measure, new EffectSizes(rest, List.of()));
            PooledEffect pooled = r.pooled();
            Heterogeneity h = r.heterogeneity();
            rows.add(new LeaveOneOut(effects.get(i).study(), pooled.estimate(), pooled.ciLower(), pooled.ciUpper(),
                    h.tau2(), h.i2(), h.q(), pooled.pValue(), pooled.se(), pooled.statistic(), h.pValue(), h.h2()));
            progress.progress(i + 1, effects.size());
        }
        return rows;
    }

    /** The analysis of the first 1, 2, ..., k studies in the order given. */
    public static List<CumulativeStep> cumulative(MetaAnalysis settings, EffectMeasure measure,
                                                  List<StudyEffect> ordered) {
        return cumulative(settings, measure, ordered, null, ProgressListener.NONE);
    }

    /**
     * The cumulative analysis in the order given; with {@code groups} (one value per study, in the same order),
     * studies with the same value as the study before them enter together in one step labelled by the value
     * (metafor's {@code cumul(collapse = TRUE)}, metafor 4.0 on).
     *
     * @param groups the value of the order for each study, or null to add the studies one at a time
     */
    public static List<CumulativeStep> cumulative(MetaAnalysis settings, EffectMeasure measure,
                                                  List<StudyEffect> ordered, List<String> groups,
                                                  ProgressListener progress) {
        if (groups != null && groups.size() != ordered.size()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%d group values for %d studies", groups.size(), ordered.size()));
        }
        List<CumulativeStep> steps = new ArrayList<>(ordered.size());
        for (int n = 1; n <= ordered.size(); n++) {
            if (groups != null && n < ordered.size() && groups.get(n).equals(groups.get(n - 1))) {
                continue;
            }
            MetaAnalysisResult r = settings.pool(measure, new EffectSizes(ordered.subList(0, n), List.of()));
            String added = groups == null ? ordered.get(n - 1).study() : groups.get(n - 1);
            steps.add(new CumulativeStep(added, r.pooled().estimate(), r.pooled().ciLower(), r.pooled().ciUpper(),
                    r.heterogeneity().tau2(), r.heterogeneity().i2(), n));
            progress.progress(n, ordered.size());
        }
        return steps;
    }

    /**
     * Case diagnostics, with Baujat coordinates, BLUPs and random effects for inverse-variance models, and the
     * residuals and deleted figures for Mantel-Haenszel and Peto models. Needs at least 3 studies, so that each
     * deletion leaves two.
     *
     * @throws IllegalArgumentException for fewer than 3 studies, or an analysis with user weights
     */
    public static List<StudyInfluence> influence(MetaAnalysis settings, List<StudyEffect> effects) {
        return CaseDiagnostics.of(settings, null, effects, ProgressListener.NONE);
    }

    /**
     * Case diagnostics as {@link #influence(MetaAnalysis, List)}, telling the listener after each deletion; the
     * measure is needed for Mantel-Haenszel and Peto models, whose deletions are pooled again from the counts.
     */
    public static List<StudyInfluence> influence(MetaAnalysis settings, EffectMeasure measure,
                                                 List<StudyEffect> effects, ProgressListener progress) {
        return CaseDiagnostics.of(settings, measure, effects, progress);
    }
}
