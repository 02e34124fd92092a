package org.evsynth.stats.meta;

import java.util.List;

import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.PersonTimeStudy;

/**
 * Mantel-Haenszel pooling of incidence rates from events x₁ᵢ, x₂ᵢ and person-time t₁ᵢ, t₂ᵢ, Tᵢ = t₁ᵢ + t₂ᵢ, as
 * metafor's {@code rma.mh(measure = "IRR" | "IRD")} (Greenland & Robins 1985; Rothman, Greenland & Lash 2008,
 * ch. 15). The raw counts are used unless the estimate cannot be computed without a correction (no events in one
 * arm of every study), when the correction is added to the events of studies with a zero count.
 */
final class MantelHaenszelRates {

    private MantelHaenszelRates() {
    }

    static CountBasedEstimate pool(EffectMeasure measure, List<PersonTimeStudy> studies, double correction) {
        return CountBasedEstimate.rawUnlessUndefined(corrected -> pool(measure, studies, correction, corrected));
    }

    private static CountBasedEstimate pool(EffectMeasure measure, List<PersonTimeStudy> studies, double add,
                                           boolean corrected) {
        return switch (measure) {
            case IRR -> rateRatio(studies, add, corrected);
            case IRD -> rateDifference(studies);
            default -> throw new IllegalArgumentException(
                    "Mantel-Haenszel pooling of person-time is for IRR and IRD, not " + measure);
        };
    }

    /**
     * IRR_MH = R/S, R = Σx₁ᵢt₂ᵢ/Tᵢ, S = Σx₂ᵢt₁ᵢ/Tᵢ, with the variance of its log Σ(t₁ᵢt₂ᵢ(x₁ᵢ + x₂ᵢ)/Tᵢ²)/(RS)
     * (Greenland & Robins 1985); weights x₂ᵢt₁ᵢ/Tᵢ.
     */
    private static CountBasedEstimate rateRatio(List<PersonTimeStudy> studies, double add, boolean corrected) {
        double r = 0;
        double s = 0;
        double numerator = 0;
        double[] weights = new double[studies.size()];
        for (int i = 0; i < weights.length; i++) {
            PersonTimeStudy study = studies.get(i);
            double extra = corrected && study.hasZeroCount() ? add : 0;
            double x1 = study.events1() + extra;
            double x2 = study.events2() + extra;
            double total = study.time1() + study.time2();
            r += x1 * study.time2() / total;
            s += x2 * study.time1() / total;
            numerator += study.time1() / total * (study.time2() / total) * (x1 + x2);
            weights[i] = x2 * study.time1() / total;
        }
        return new CountBasedEstimate(Math.log(r / s), numerator / (r * s), weights, corrected, Double.NaN);
    }

    /**
     * IRD_MH = Σ(x₁ᵢt₂ᵢ - x₂ᵢt₁ᵢ)/Tᵢ / W, W = Σt₁ᵢt₂ᵢ/Tᵢ, with variance Σ(t₁ᵢt₂ᵢ/Tᵢ)²(x₁ᵢ/t₁ᵢ² + x₂ᵢ/t₂ᵢ²)/W²
     * (Greenland & Robins 1985); weights t₁ᵢt₂ᵢ/Tᵢ. Needs no correction.
     */
    private static CountBasedEstimate rateDifference(List<PersonTimeStudy> studies) {
        double numerator = 0;
        double w = 0;
        double variance = 0;
        double[] weights = new double[studies.size()];
        for (int i = 0; i < weights.length; i++) {
            PersonTimeStudy s = studies.get(i);
            double total = s.time1() + s.time2();
            numerator += (s.events1() * s.time2() - s.events2() * s.time1()) / total;
            weights[i] = s.time1() / total * s.time2();
            w += weights[i];
            variance += weights[i] * weights[i]
                    * (s.events1() / (s.time1() * s.time1()) + s.events2() / (s.time2() * s.time2()));
        }
        return new CountBasedEstimate(numerator / w, variance / (w * w), weights, false, Double.NaN);
    }
}
