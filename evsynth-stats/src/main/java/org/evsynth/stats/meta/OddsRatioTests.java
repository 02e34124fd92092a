package org.evsynth.stats.meta;

import java.util.List;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.StudyEffect;

/**
 * The tests that come with Mantel-Haenszel pooling of odds ratios, from the raw counts, as metafor's
 * {@code rma.mh(measure = "OR")} reports them (aᵢ, cᵢ events, n₁ᵢ, n₂ᵢ totals, Nᵢ = n₁ᵢ + n₂ᵢ, mᵢ = aᵢ + cᵢ
 * events and lᵢ = Nᵢ - mᵢ non-events).
 */
public final class OddsRatioTests {

    private OddsRatioTests() {
    }

    /**
     * The Cochran-Mantel-Haenszel test of OR = 1 with the continuity correction (Mantel & Haenszel 1959):
     * (|Σ(aᵢ - n₁ᵢmᵢ/Nᵢ)| - ½)² / Σ n₁ᵢn₂ᵢmᵢlᵢ/(Nᵢ²(Nᵢ - 1)), on 1 degree of freedom. NaN when no study has an
     * event (or a non-event).
     *
     * @param effects the pooled studies (2×2 tables)
     */
    public static ChiSquareTest cochranMantelHaenszel(List<StudyEffect> effects) {
        double deviation = 0;
        double variance = 0;
        double events = 0;
        double nonEvents = 0;
        for (StudyEffect e : effects) {
            BinaryStudy s = (BinaryStudy) e.data();
            double n = s.total1() + s.total2();
            double m = s.events1() + s.events2();
            deviation += s.events1() - s.total1() / n * m;
            variance += s.total1() / n * (s.total2() / n) * (m * ((n - m) / (n - 1)));
            events += m;
            nonEvents += n - m;
        }
        if (events == 0 || nonEvents == 0) {
            return new ChiSquareTest(Double.NaN, 1, Double.NaN);
        }
        double corrected = Math.abs(deviation) - 0.5;
        double statistic = corrected * corrected / variance;
        return new ChiSquareTest(statistic, 1, ChiSquaredDistribution.of(1).survivalProbability(statistic));
    }

    /**
     * Tarone's test for heterogeneity of odds ratios (Breslow & Day 1980, with Tarone's 1985 correction): with
     * N₁₁ᵢ the expected aᵢ under the common MH odds ratio ψ (the root of the quadratic in the margins) and
     * Vᵢ = (1/N₁₁ + 1/N₁₂ + 1/N₂₁ + 1/N₂₂)⁻¹, T = Σ(aᵢ - N₁₁ᵢ)²/Vᵢ - (Σ(aᵢ - N₁₁ᵢ))²/ΣVᵢ on (k' - 1) df, k' the
     * studies with N₁₁ᵢ, mᵢ and lᵢ above 0. NaN df and p with fewer than 2 such studies.
     *
     * @param oddsRatio the Mantel-Haenszel odds ratio, natural scale
     */
    public static ChiSquareTest tarone(List<StudyEffect> effects, double oddsRatio) {
        double breslowDay = 0;
        double sumDeviation = 0;
        double sumV = 0;
        int used = 0;
        for (StudyEffect e : effects) {
            BinaryStudy s = (BinaryStudy) e.data();
            double n1 = s.total1();
            double n2 = s.total2();
            double m = s.events1() + s.events2();
            double l = n1 + n2 - m;
            double n11;
            if (oddsRatio == 1) {
                n11 = n1 / (n1 + n2) * m;
            } else {
                double a = oddsRatio * (n1 + m) + (n2 - m);
                double b = Math.sqrt(a * a - 4 * n1 * m * oddsRatio * (oddsRatio - 1));
                n11 = (a - b) / (2 * (oddsRatio - 1));
            }
            if (!(n11 > 0 && m > 0 && l > 0)) {
                continue;
            }
            double n12 = n1 - n11;
            double n21 = m - n11;
            double n22 = n11 - n1 - m + n1 + n2;
            double v = 1 / (1 / n11 + 1 / n12 + 1 / n21 + 1 / n22);
            double deviation = s.events1() - n11;
            breslowDay += deviation * deviation / v;
            sumDeviation += deviation;
            sumV += v;
            used++;
        }
        double statistic = Math.max(0, breslowDay - sumDeviation * sumDeviation / sumV);
        if (used < 2) {
            return new ChiSquareTest(statistic, Double.NaN, Double.NaN);
        }
        return new ChiSquareTest(statistic, used - 1,
                ChiSquaredDistribution.of(used - 1).survivalProbability(statistic));
    }

    /**
     * A chi-square test.
     *
     * @param statistic the statistic
     * @param df its degrees of freedom
     * @param pValue P(χ²(df) ≥ statistic)
     */
    public record ChiSquareTest(double statistic, double df, double pValue) {
    }
}
