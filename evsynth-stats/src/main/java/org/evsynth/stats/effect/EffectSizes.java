package org.evsynth.stats.effect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Study-level effect sizes and their sampling variances, as metafor's {@code escalc} computes them.
 *
 * @param effects the studies that can be pooled, in input order
 * @param excluded the studies that cannot, with the reason
 */
public record EffectSizes(List<StudyEffect> effects, List<Exclusion> excluded) {

    /** Copies the lists. */
    public EffectSizes {
        effects = List.copyOf(effects);
        excluded = List.copyOf(excluded);
    }

    /**
     * Computes each study's effect for the measure.
     *
     * @throws IllegalArgumentException if a study's data do not fit the measure
     */
    public static EffectSizes compute(EffectMeasure measure, List<? extends StudyData> studies,
                                      ZeroCellCorrection correction) {
        return compute(measure, studies, correction, MissingValues.REFUSE);
    }

    /**
     * Computes each study's effect for the measure; studies with a missing value are refused or dropped.
     *
     * @throws IllegalArgumentException if a study's data do not fit the measure
     * @throws InvalidStudyDataException for an incomplete study under {@link MissingValues#REFUSE}, or a sampling
     *                                   variance that underflows to 0 or overflows in double precision
     */
    public static EffectSizes compute(EffectMeasure measure, List<? extends StudyData> studies,
                                      ZeroCellCorrection correction, MissingValues missing) {
        List<StudyEffect> effects = new ArrayList<>(studies.size());
        List<Exclusion> excluded = new ArrayList<>();
        for (StudyData data : studies) {
            if (!measure.accepts(data.kind())) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "measure %s (%s) cannot be computed from %s data (study '%s')",
                        measure, measure.description(), data.kind().name().toLowerCase(Locale.ROOT), data.study()));
            }
            if (data instanceof IncompleteStudy incomplete) {
                if (missing == MissingValues.REFUSE) {
                    throw incomplete.refusal();
                }
                excluded.add(new Exclusion(data.study(), incomplete.reason()));
                continue;
            }
            String reason = exclusionReason(measure, data, correction);
            if (reason != null) {
                excluded.add(new Exclusion(data.study(), reason));
            } else {
                effects.add(checkedVariance(effectOf(measure, data, correction)));
            }
        }
        return new EffectSizes(effects, excluded);
    }

    /**
     * A sampling variance that is 0, subnormal or infinite (an SE of 1e-200 or 1e308) would give an infinite or
     * zero weight; it is refused with a message saying so, naming the field it came from.
     */
    private static StudyEffect checkedVariance(StudyEffect effect) {
        double v = effect.variance();
        if (v >= Double.MIN_NORMAL && Double.isFinite(v) && Double.isFinite(1 / v)) {
            return effect;
        }
        String field = switch (effect.data().kind()) {
            case GENERIC -> "se";
            case CONTINUOUS -> "sd_1";
            case PROPORTION -> "total";
            case PERSON_TIME -> "time_1";
            case RATE -> "time";
            default -> "total_1";
        };
        String what = Double.isFinite(v) ? "underflows to " + v : "overflows to infinity";
        throw new InvalidStudyDataException(field, String.format(Locale.ROOT,
                "the sampling variance of study '%s' %s in double precision, so it cannot be weighted; "
                        + "check %s (a value such as 1e-200 or 1e308 is out of range)", effect.study(), what, field));
    }

    /** Why a study cannot contribute to this measure, or null if it can. */
    private static String exclusionReason(EffectMeasure measure, StudyData data, ZeroCellCorrection correction) {
        if (data instanceof BinaryStudy b && measure.isRatio()) {
            // Double-zero (and double-all) studies carry no information on a ratio scale (Cochrane Handbook 10.4.4.2).
            if (b.noEvents()) {
                return "no events in either arm";
            }
            if (b.allEvents()) {
                return "every participant had the event in both arms";
            }
            // Peto's (O - E)/V is finite with a single zero cell; the log OR and log RR are not.
            if (b.hasZeroCell() && correction.applyTo() == ZeroCellCorrection.ApplyTo.NONE
                    && measure != EffectMeasure.PETO) {
                return "zero cell, and the continuity correction is off";
            }
        }
        if (data instanceof BinaryStudy b && measure == EffectMeasure.RD
                && correction.applyTo() == ZeroCellCorrection.ApplyTo.NONE
                && rdVariance(b.events1(), b.total1(), b.events2(), b.total2()) == 0) {
            return "risk difference has zero variance (0% or 100% in both arms), and the continuity correction is off";
        }
        if (data instanceof ProportionStudy p && (measure == EffectMeasure.PLO || measure == EffectMeasure.PR)
                && (p.events() == 0 || p.events() == p.total())
                && correction.applyTo() == ZeroCellCorrection.ApplyTo.NONE) {
            return "0% or 100% events, and the continuity correction is off";
        }
        if (data instanceof PersonTimeStudy || data instanceof RateStudy) {
            return RateEffects.exclusionReason(measure, data, correction);
        }
        return null;
    }

    private static StudyEffect effectOf(EffectMeasure measure, StudyData data, ZeroCellCorrection correction) {
        if (data instanceof BinaryStudy b) {
            return binary(measure, b, correction);
        }
        if (data instanceof ContinuousStudy c) {
            return continuous(measure, c);
        }
        if (data instanceof ProportionStudy p) {
            return proportion(measure, p, correction);
        }
        if (data instanceof PersonTimeStudy t) {
            return RateEffects.twoGroups(measure, t, correction);
        }
        if (data instanceof RateStudy r) {
            return RateEffects.oneGroup(measure, r, correction);
        }
        GenericStudy g = (GenericStudy) data;
        return new StudyEffect(g.study(), g.theta(), g.se() * g.se(), g);
    }

    private static StudyEffect binary(EffectMeasure measure, BinaryStudy s, ZeroCellCorrection correction) {
        if (measure == EffectMeasure.AS) {
            return arcsine(s);
        }
        if (measure == EffectMeasure.PETO) {
            return petoOddsRatio(s, correction.amountFor(s.hasZeroCell()));
        }
        double add = correction.amountFor(s.hasZeroCell());
        double a = s.events1() + add;
        double b = s.total1() - s.events1() + add;
        double c = s.events2() + add;
        double d = s.total2() - s.events2() + add;
        double n1 = a + b;
        double n2 = c + d;
        return switch (measure) {
            case OR -> new StudyEffect(s.study(), Math.log(a * d / (b * c)), 1 / a + 1 / b + 1 / c + 1 / d, s);
            case RR -> new StudyEffect(s.study(), Math.log((a / n1) / (c / n2)), 1 / a - 1 / n1 + 1 / c - 1 / n2, s);
            case RD -> new StudyEffect(s.study(), a / n1 - c / n2, rdVariance(a, n1, c, n2), s);
            default -> throw new IllegalStateException(measure.name());
        };
    }

    /**
     * The arcsine risk difference asin √p₁ - asin √p₂ with variance 1/(4n₁) + 1/(4n₂) (Rücker et al. 2009), from
     * the raw counts: the arcsine of 0% or 100% is finite, so zero cells need no correction (metafor's
     * {@code escalc} adds nothing for AS by default).
     */
    private static StudyEffect arcsine(BinaryStudy s) {
        return new StudyEffect(s.study(), Math.asin(Math.sqrt(s.events1() / s.total1()))
                - Math.asin(Math.sqrt(s.events2() / s.total2())), 1 / (4 * s.total1()) + 1 / (4 * s.total2()), s);
    }

    /**
     * A study's own Peto log odds ratio (Yusuf et al. 1985), (O - E)/V with variance 1/V, where O = a,
     * E = n₁(a + c)/N and V = n₁n₂(a + c)(b + d)/(N²(N - 1)), computed from the counts with {@code add} added to
     * each cell, as metafor's {@code escalc(measure = "PETO")}.
     */
    public static StudyEffect petoOddsRatio(BinaryStudy s, double add) {
        double a = s.events1() + add;
        double c = s.events2() + add;
        double n1 = s.total1() + 2 * add;
        double n2 = s.total2() + 2 * add;
        double n = n1 + n2;
        double events = a + c;
        double v = n1 * n2 * events * (n - events) / (n * n * (n - 1));
        return new StudyEffect(s.study(), (a - n1 * events / n) / v, 1 / v, s);
    }

    /** Large-sample variance of a risk difference: p1(1-p1)/n1 + p2(1-p2)/n2. */
    private static double rdVariance(double a, double n1, double c, double n2) {
        double p1 = a / n1;
        double p2 = c / n2;
        return p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2;
    }

    /**
     * MD, or SMD as Hedges' g: Cohen's d with the pooled SD, times the exact small-sample correction
     * J(m) = Γ(m/2) / (√(m/2) Γ((m-1)/2)), m = n1 + n2 - 2 (Hedges 1981), with the large-sample variance
     * 1/n1 + 1/n2 + g²/(2(n1 + n2)) (Hedges & Olkin 1985; metafor's vtype "LS").
     */
    private static StudyEffect continuous(EffectMeasure measure, ContinuousStudy s) {
        if (measure == EffectMeasure.ROM) {
            return ratioOfMeans(s);
        }
        if (measure == EffectMeasure.MD) {
            return new StudyEffect(s.study(), s.mean1() - s.mean2(),
                    s.sd1() * s.sd1() / s.n1() + s.sd2() * s.sd2() / s.n2(), s);
        }
        double m = s.n1() + s.n2() - 2;
        if (m < 2) {
            throw new InvalidStudyDataException("n_1", String.format(Locale.ROOT,
                    "SMD needs at least 4 participants in all (n_1 + n_2 = %s) in study '%s'",
                    Checks.show(s.n1() + s.n2()), s.study()));
        }
        double pooledSd = Math.sqrt(((s.n1() - 1) * s.sd1() * s.sd1() + (s.n2() - 1) * s.sd2() * s.sd2()) / m);
        double g = hedgesCorrection(m) * (s.mean1() - s.mean2()) / pooledSd;
        double variance = 1 / s.n1() + 1 / s.n2() + g * g / (2 * (s.n1() + s.n2()));
        return new StudyEffect(s.study(), g, variance, s);
    }

    /**
     * The log ratio of means log(m₁/m₂) with the large-sample variance sd₁²/(n₁m₁²) + sd₂²/(n₂m₂²) (Hedges,
     * Gurevitch & Curtis 1999; metafor's vtype "LS").
     *
     * @throws InvalidStudyDataException if a mean is not positive: the ratio of means needs a ratio scale
     */
    private static StudyEffect ratioOfMeans(ContinuousStudy s) {
        if (!(s.mean1() > 0) || !(s.mean2() > 0)) {
            String field = s.mean1() > 0 ? "mean_2" : "mean_1";
            throw new InvalidStudyDataException(field, String.format(Locale.ROOT,
                    "%s (%s) must be positive for the ratio of means (ROM) in study '%s'", field,
                    Checks.show(s.mean1() > 0 ? s.mean2() : s.mean1()), s.study()));
        }
        return new StudyEffect(s.study(), Math.log(s.mean1() / s.mean2()),
                s.sd1() * s.sd1() / (s.n1() * s.mean1() * s.mean1())
                        + s.sd2() * s.sd2() / (s.n2() * s.mean2() * s.mean2()), s);
    }

    /** Hedges' exact correction factor J(m), computed on the log scale to avoid overflow of Γ. */
    static double hedgesCorrection(double m) {
        return Math.exp(LogGamma.value(m / 2) - 0.5 * Math.log(m / 2) - LogGamma.value((m - 1) / 2));
    }

    private static StudyEffect proportion(EffectMeasure measure, ProportionStudy s, ZeroCellCorrection correction) {
        double x = s.events();
        double n = s.total();
        return switch (measure) {
            case PR, PLO -> {
                // As metafor's escalc: 0% or 100% gets the correction on events and non-events alike, which
                // keeps the raw proportion's variance above zero and the logit finite.
                double add = correction.amountFor(x == 0 || x == n);
                double events = x + add;
                double nonEvents = n - x + add;
                if (measure == EffectMeasure.PLO) {
                    yield new StudyEffect(s.study(), Math.log(events / nonEvents), 1 / events + 1 / nonEvents, s);
                }
                double size = events + nonEvents;
                double p = events / size;
                yield new StudyEffect(s.study(), p, p * (1 - p) / size, s);
            }
            case PFT -> new StudyEffect(s.study(), FreemanTukey.transform(x, n), 1 / (4 * n + 2), s);
            default -> throw new IllegalStateException(measure.name());
        };
    }
}
