package org.evsynth.stats.meta;

import java.util.List;

import org.evsynth.stats.effect.BinaryStudy;

/**
 * Peto's one-step odds ratio (Yusuf et al. 1985): log OR = Σ(Oᵢ - Eᵢ) / ΣVᵢ with variance 1/ΣVᵢ, where
 * Oᵢ = aᵢ, Eᵢ = n₁ᵢ(aᵢ + cᵢ)/Nᵢ and Vᵢ = n₁ᵢn₂ᵢ(aᵢ + cᵢ)(bᵢ + dᵢ) / (Nᵢ²(Nᵢ - 1)), the hypergeometric
 * variance. Each study's own Peto log OR is (Oᵢ - Eᵢ)/Vᵢ with variance 1/Vᵢ. No correction is needed for
 * zero cells.
 */
final class Peto {

    private Peto() {
    }

    /** Oᵢ - Eᵢ for one study. */
    static double observedMinusExpected(BinaryStudy s) {
        double n = s.total1() + s.total2();
        return s.events1() - s.total1() * (s.events1() + s.events2()) / n;
    }

    /** Vᵢ for one study; zero for studies with no events (or only events), which carry no information. */
    static double hypergeometricVariance(BinaryStudy s) {
        double n = s.total1() + s.total2();
        double events = s.events1() + s.events2();
        return s.total1() * s.total2() * events * (n - events) / (n * n * (n - 1));
    }

    static CountBasedEstimate pool(List<BinaryStudy> studies) {
        double sumOE = 0;
        double sumV = 0;
        double[] weights = new double[studies.size()];
        for (int i = 0; i < studies.size(); i++) {
            BinaryStudy s = studies.get(i);
            sumOE += observedMinusExpected(s);
            weights[i] = hypergeometricVariance(s);
            sumV += weights[i];
        }
        return new CountBasedEstimate(sumOE / sumV, 1 / sumV, weights, false);
    }
}
