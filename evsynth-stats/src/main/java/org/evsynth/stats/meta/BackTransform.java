package org.evsynth.stats.meta;

import java.util.List;

import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.FreemanTukey;
import org.evsynth.stats.effect.ProportionStudy;
import org.evsynth.stats.effect.StudyEffect;

/** From the analysis scale back to the natural scale a reader expects. */
@FunctionalInterface
public interface BackTransform {

    /** The value on the natural scale. */
    double toNatural(double theta);

    /**
     * For a pooled estimate. The Freeman-Tukey inverse needs a sample size: the harmonic mean of the studies'
     * sizes (Miller 1978), as metafor's {@code transf.ipft.hm}.
     */
    public static BackTransform forPooled(EffectMeasure measure, List<StudyEffect> effects) {
        if (measure.scale() == EffectMeasure.Scale.FREEMAN_TUKEY) {
            double sumInverse = 0;
            for (StudyEffect effect : effects) {
                sumInverse += 1 / ((ProportionStudy) effect.data()).total();
            }
            double harmonicMean = effects.size() / sumInverse;
            return theta -> FreemanTukey.inverse(theta, harmonicMean);
        }
        return simple(measure);
    }

    /** For one study: the Freeman-Tukey inverse with the study's own size. */
    public static BackTransform forStudy(EffectMeasure measure, StudyEffect effect) {
        if (measure.scale() == EffectMeasure.Scale.FREEMAN_TUKEY) {
            double n = ((ProportionStudy) effect.data()).total();
            return theta -> FreemanTukey.inverse(theta, n);
        }
        return simple(measure);
    }

    private static BackTransform simple(EffectMeasure measure) {
        return switch (measure.scale()) {
            case LOG -> Math::exp;
            case LOGIT -> theta -> 1 / (1 + Math.exp(-theta));
            default -> theta -> theta;
        };
    }
}
