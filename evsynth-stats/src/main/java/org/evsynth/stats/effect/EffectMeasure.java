package org.evsynth.stats.effect;

import java.util.Locale;
import java.util.Set;

/**
 * The effect measures evsynth pools, with the data they are computed from and the scale they are pooled on,
 * as metafor's {@code escalc} names them.
 *
 * <p>Ratio measures (OR, RR, HR, IRR, ROM, PETO) are pooled on the log scale, and so is IRLN (a log rate, not a
 * ratio); PLO on the logit scale; PFT on the Freeman-Tukey double-arcsine scale. The others are pooled as they
 * are (AS stays on the arcsine scale, as metafor reports it).
 */
public enum EffectMeasure {
    /** Odds ratio. */
    OR("odds ratio", Scale.LOG, Set.of(DataKind.BINARY, DataKind.GENERIC)),
    /** Risk ratio. */
    RR("risk ratio", Scale.LOG, Set.of(DataKind.BINARY, DataKind.GENERIC)),
    /** Risk difference. */
    RD("risk difference", Scale.IDENTITY, Set.of(DataKind.BINARY, DataKind.GENERIC)),
    /** Mean difference. */
    MD("mean difference", Scale.IDENTITY, Set.of(DataKind.CONTINUOUS, DataKind.GENERIC)),
    /** Standardised mean difference, Hedges' g. */
    SMD("standardised mean difference", Scale.IDENTITY, Set.of(DataKind.CONTINUOUS, DataKind.GENERIC)),
    /** Raw proportion. */
    PR("proportion", Scale.IDENTITY, Set.of(DataKind.PROPORTION)),
    /** Logit-transformed proportion. */
    PLO("proportion (logit)", Scale.LOGIT, Set.of(DataKind.PROPORTION)),
    /** Freeman-Tukey double-arcsine transformed proportion. */
    PFT("proportion (Freeman-Tukey)", Scale.FREEMAN_TUKEY, Set.of(DataKind.PROPORTION)),
    /** Hazard ratio, from reported estimates only. */
    HR("hazard ratio", Scale.LOG, Set.of(DataKind.GENERIC)),
    /** A generic effect on an additive scale, from reported estimates only. */
    GEN("effect", Scale.IDENTITY, Set.of(DataKind.GENERIC)),
    /** Incidence-rate ratio, (x₁/t₁)/(x₂/t₂), variance of its log 1/x₁ + 1/x₂. */
    IRR("incidence rate ratio", Scale.LOG, Set.of(DataKind.PERSON_TIME, DataKind.GENERIC)),
    /** Incidence-rate difference, x₁/t₁ - x₂/t₂, variance x₁/t₁² + x₂/t₂². */
    IRD("incidence rate difference", Scale.IDENTITY, Set.of(DataKind.PERSON_TIME, DataKind.GENERIC)),
    /** Incidence rate of one group, x/t, variance x/t². */
    IR("incidence rate", Scale.IDENTITY, Set.of(DataKind.RATE)),
    /** Log incidence rate of one group, log(x/t), variance 1/x; back-transformed to a rate. */
    IRLN("incidence rate (log)", Scale.LOG, Set.of(DataKind.RATE)),
    /**
     * Ratio of means (Hedges, Gurevitch & Curtis 1999), m₁/m₂, variance of its log
     * sd₁²/(n₁m₁²) + sd₂²/(n₂m₂²); for outcomes on a ratio scale with positive means.
     */
    ROM("ratio of means", Scale.LOG, Set.of(DataKind.CONTINUOUS, DataKind.GENERIC)),
    /** Arcsine square-root risk difference (Rücker et al. 2009), asin √p₁ - asin √p₂, variance 1/(4n₁) + 1/(4n₂). */
    AS("arcsine risk difference", Scale.IDENTITY, Set.of(DataKind.BINARY)),
    /**
     * Peto's odds ratio of each study, (O - E)/V with variance 1/V (Yusuf et al. 1985), pooled by inverse variance
     * like any other measure; Peto pooling of the odds ratio ({@code Pooling.PETO}) pools Σ(O - E)/ΣV instead.
     */
    PETO("odds ratio (Peto)", Scale.LOG, Set.of(DataKind.BINARY));

    /** The scale an effect is pooled on. */
    public enum Scale { IDENTITY, LOG, LOGIT, FREEMAN_TUKEY }

    private final String description;
    private final Scale scale;
    private final Set<DataKind> dataKinds;

    EffectMeasure(String description, Scale scale, Set<DataKind> dataKinds) {
        this.description = description;
        this.scale = scale;
        this.dataKinds = dataKinds;
    }

    /** A human-readable name, e.g. "risk ratio". */
    public String description() {
        return description;
    }

    /** The analysis scale. */
    public Scale scale() {
        return scale;
    }

    /** Whether the measure is a ratio, pooled on the log scale, with no effect at 1 (IRLN, a log rate, is not). */
    public boolean isRatio() {
        return scale == Scale.LOG && this != IRLN;
    }

    /** Whether the measure can be computed from data of this kind. */
    public boolean accepts(DataKind kind) {
        return dataKinds.contains(kind);
    }

    /** The value of 'no effect' on the natural scale, or NaN for single-group measures. */
    public double nullValue() {
        if (isRatio()) {
            return 1;
        }
        return switch (this) {
            case PR, PLO, PFT, IR, IRLN -> Double.NaN;
            default -> 0;
        };
    }

    /** The measure named by a case-insensitive abbreviation such as "or" or "SMD". */
    public static EffectMeasure parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "unknown measure '%s'; expected one of %s", name, java.util.Arrays.toString(values())), e);
        }
    }
}
