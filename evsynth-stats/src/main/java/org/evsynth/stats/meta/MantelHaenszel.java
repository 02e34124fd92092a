package org.evsynth.stats.meta;

import java.util.List;

import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.EffectMeasure;

/**
 * Mantel-Haenszel pooling of 2×2 tables, with aᵢ, cᵢ events and n₁ᵢ, n₂ᵢ participants in arms 1 and 2,
 * bᵢ = n₁ᵢ - aᵢ, dᵢ = n₂ᵢ - cᵢ and Nᵢ = n₁ᵢ + n₂ᵢ. The raw counts are used, with no continuity correction,
 * unless the estimate cannot be computed without one (every study has a zero in the same place).
 */
final class MantelHaenszel {

    private MantelHaenszel() {
    }

    /** The note for an estimate whose variance is exactly 0, so that no interval or test can be given. */
    static final String DEGENERATE_NOTE = "the Mantel-Haenszel estimate has variance 0 (no study has an event, or "
            + "every participant has one): the estimate is exact from the raw counts, and no confidence interval "
            + "or test can be given";

    /**
     * Pools the studies. The raw counts are kept whenever the estimate is finite: a risk difference with no events
     * anywhere (or events in everyone) is exactly 0 with variance 0, which is returned as it is (as metafor gives
     * it) rather than moved by a correction; the caller reports that no interval exists.
     *
     * @param correction amount added to the cells of zero-cell studies if the raw estimate is undefined
     */
    static CountBasedEstimate pool(EffectMeasure measure, List<BinaryStudy> studies, double correction) {
        return CountBasedEstimate.rawUnlessUndefined(corrected -> pool(measure, studies, correction, corrected));
    }

    private static CountBasedEstimate pool(EffectMeasure measure, List<BinaryStudy> studies, double add,
                                           boolean corrected) {
        Table[] tables = studies.stream()
                .map(s -> Table.of(s, corrected && s.hasZeroCell() ? add : 0))
                .toArray(Table[]::new);
        return switch (measure) {
            case OR -> oddsRatio(tables, corrected);
            case RR -> riskRatio(tables, corrected);
            case RD -> riskDifference(tables, corrected);
            default -> throw new IllegalArgumentException("Mantel-Haenszel pooling is for OR, RR and RD, not " + measure);
        };
    }

    /**
     * OR_MH = Σ(aᵢdᵢ/Nᵢ) / Σ(bᵢcᵢ/Nᵢ), with the variance of its log by Robins, Breslow & Greenland (1986):
     * ΣPᵢRᵢ/(2R²) + Σ(PᵢSᵢ + QᵢRᵢ)/(2RS) + ΣQᵢSᵢ/(2S²), Pᵢ = (aᵢ+dᵢ)/Nᵢ, Qᵢ = (bᵢ+cᵢ)/Nᵢ,
     * Rᵢ = aᵢdᵢ/Nᵢ, Sᵢ = bᵢcᵢ/Nᵢ.
     */
    private static CountBasedEstimate oddsRatio(Table[] tables, boolean corrected) {
        double r = 0;
        double s = 0;
        double pr = 0;
        double psqr = 0;
        double qs = 0;
        double[] weights = new double[tables.length];
        for (int i = 0; i < tables.length; i++) {
            Table t = tables[i];
            double ri = t.a * t.d / t.n;
            double si = t.b * t.c / t.n;
            double pi = (t.a + t.d) / t.n;
            double qi = (t.b + t.c) / t.n;
            r += ri;
            s += si;
            pr += pi * ri;
            psqr += pi * si + qi * ri;
            qs += qi * si;
            weights[i] = si;
        }
        double variance = pr / (2 * r * r) + psqr / (2 * r * s) + qs / (2 * s * s);
        return new CountBasedEstimate(Math.log(r / s), variance, weights, corrected, Double.NaN);
    }

    /**
     * RR_MH = Σ(aᵢn₂ᵢ/Nᵢ) / Σ(cᵢn₁ᵢ/Nᵢ), with the variance of its log by Greenland & Robins (1985):
     * Σ((n₁ᵢn₂ᵢ(aᵢ+cᵢ) - aᵢcᵢNᵢ)/Nᵢ²) / (Σ(aᵢn₂ᵢ/Nᵢ) Σ(cᵢn₁ᵢ/Nᵢ)).
     */
    private static CountBasedEstimate riskRatio(Table[] tables, boolean corrected) {
        double r = 0;
        double s = 0;
        double numerator = 0;
        double[] weights = new double[tables.length];
        for (int i = 0; i < tables.length; i++) {
            Table t = tables[i];
            r += t.a * t.n2 / t.n;
            s += t.c * t.n1 / t.n;
            numerator += (t.n1 * t.n2 * (t.a + t.c) - t.a * t.c * t.n) / (t.n * t.n);
            weights[i] = t.c * t.n1 / t.n;
        }
        return new CountBasedEstimate(Math.log(r / s), numerator / (r * s), weights, corrected, Double.NaN);
    }

    /**
     * RD_MH = Σ((aᵢn₂ᵢ - cᵢn₁ᵢ)/Nᵢ) / Σ(n₁ᵢn₂ᵢ/Nᵢ), with the variance of Sato, Greenland & Robins (1989),
     * consistent in both sparse-data and large-strata limits: (RD·P + Q)/W², W = Σn₁ᵢn₂ᵢ/Nᵢ,
     * P = Σ(n₁ᵢ²cᵢ - n₂ᵢ²aᵢ + n₁ᵢn₂ᵢ(n₂ᵢ - n₁ᵢ)/2)/Nᵢ², Q = Σ(aᵢdᵢ + cᵢbᵢ)/(2Nᵢ).
     */
    private static CountBasedEstimate riskDifference(Table[] tables, boolean corrected) {
        double numerator = 0;
        double w = 0;
        double p = 0;
        double q = 0;
        double[] weights = new double[tables.length];
        for (int i = 0; i < tables.length; i++) {
            Table t = tables[i];
            numerator += (t.a * t.n2 - t.c * t.n1) / t.n;
            weights[i] = t.n1 * t.n2 / t.n;
            w += weights[i];
            p += (t.n1 * t.n1 * t.c - t.n2 * t.n2 * t.a + t.n1 * t.n2 * (t.n2 - t.n1) / 2) / (t.n * t.n);
            q += (t.a * t.d + t.c * t.b) / (2 * t.n);
        }
        double rd = numerator / w;
        return new CountBasedEstimate(rd, (rd * p + q) / (w * w), weights, corrected, Double.NaN);
    }

    /** A 2×2 table with a correction added to each cell. */
    record Table(double a, double b, double c, double d, double n1, double n2, double n) {
        static Table of(BinaryStudy s, double add) {
            double a = s.events1() + add;
            double b = s.total1() - s.events1() + add;
            double c = s.events2() + add;
            double d = s.total2() - s.events2() + add;
            return new Table(a, b, c, d, a + b, c + d, a + b + c + d);
        }
    }
}
