package org.evsynth.stats.effect;

import java.util.Locale;
import java.util.Set;

/**
 * The effect measures evsynth pools, with the data they are computed from and the scale they are pooled on.
 *
 * <p>Ratio measures (OR, RR, HR) are pooled on the log scale; PLO on the logit scale; PFT on the
 * Freeman-Tukey double-arcsine scale. The others are pooled as they are.
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
    GEN("effect", Scale.IDENTITY, Set.of(DataKind.GENERIC));

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

    /** Whether the measure is a ratio, pooled on the log scale, with no effect at 1. */
    public boolean isRatio() {
        return scale == Scale.LOG;
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
            case PR, PLO, PFT -> Double.NaN;
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
