package org.evsynth.stats.meta;

import java.util.List;

import org.evsynth.stats.effect.BinaryStudy;

/**
 * Peto's one-step odds ratio (Yusuf et al. 1985): log OR = Σ(Oᵢ - Eᵢ) / ΣVᵢ with variance 1/ΣVᵢ, where
 * Oᵢ = aᵢ, Eᵢ = n₁ᵢ(aᵢ + cᵢ)/Nᵢ and Vᵢ = n₁ᵢn₂ᵢ(aᵢ + cᵢ)(bᵢ + dᵢ) / (Nᵢ²(Nᵢ - 1)), the hypergeometric
 * variance. No correction is needed for zero cells in the pooled estimate, its weights or its
 * heterogeneity statistic Q = Σ(Oᵢ - Eᵢ)²/Vᵢ - (Σ(Oᵢ - Eᵢ))²/ΣVᵢ. Each study's own Peto log OR, shown beside
 * it, is {@code EffectSizes.petoOddsRatio} (with the continuity correction, as metafor's
 * {@code escalc(measure = "PETO")}).
 */
final class Peto {

    private Peto() {
    }

    /** Oᵢ - Eᵢ for one study. */
    static double observedMinusExpected(BinaryStudy s) {
        return observedMinusExpected(s.events1(), s.total1(), s.events2(), s.total2());
    }

    /** Vᵢ for one study; zero for studies with no events (or only events), which carry no information. */
    static double hypergeometricVariance(BinaryStudy s) {
        return hypergeometricVariance(s.events1(), s.total1(), s.events2(), s.total2());
    }

    private static double observedMinusExpected(double a, double n1, double c, double n2) {
        return a - n1 * (a + c) / (n1 + n2);
    }

    private static double hypergeometricVariance(double a, double n1, double c, double n2) {
        double n = n1 + n2;
        double events = a + c;
        return n1 * n2 * events * (n - events) / (n * n * (n - 1));
    }

    static CountBasedEstimate pool(List<BinaryStudy> studies) {
        double sumOE = 0;
        double sumV = 0;
        double sumOE2OverV = 0;
        double[] weights = new double[studies.size()];
        for (int i = 0; i < studies.size(); i++) {
            BinaryStudy s = studies.get(i);
            double oe = observedMinusExpected(s);
            weights[i] = hypergeometricVariance(s);
            sumOE += oe;
            sumV += weights[i];
            sumOE2OverV += oe * oe / weights[i];
        }
        double q = sumOE2OverV - sumOE * sumOE / sumV;
        return new CountBasedEstimate(sumOE / sumV, 1 / sumV, weights, false, q);
    }
}
