package org.evsynth.stats.effect;

import java.util.Locale;

/**
 * An effect a study reported itself, on the analysis scale (log for ratio measures) with its standard error.
 *
 * <p>Use {@link #fromConfidenceInterval} for the usual published form, an estimate with its 95% CI.
 *
 * @param study the study's label
 * @param theta the effect on the analysis scale
 * @param se its standard error
 */
public record GenericStudy(String study, double theta, double se) implements StudyData {

    /** z for a two-sided 95% interval: the SE is recovered from a published CI's width. */
    private static final double Z_975 = 1.959963984540054;

    /** Validates: finite theta, positive SE. */
    public GenericStudy {
        Checks.label(study);
        Checks.finite(study, "theta", theta);
        Checks.positive(study, "se", se);
        double variance = se * se;
        if (!(variance >= Double.MIN_NORMAL) || !Double.isFinite(variance)) {
            throw new InvalidStudyDataException("se", String.format(Locale.ROOT,
                    "se (%s) in study '%s' is out of range: its square, the sampling variance, %s in double "
                            + "precision", se, study, Double.isFinite(variance) ? "underflows to " + variance
                            : "overflows to infinity"));
        }
    }

    /** A study given on the analysis scale. */
    public static GenericStudy of(String study, double theta, double se) {
        return new GenericStudy(study, theta, se);
    }

    /**
     * A study given as an estimate with its 95% confidence interval on the natural scale. For ratio measures
     * the estimate is log-transformed and the SE taken from the width of the log CI,
     * (log(upper) - log(lower)) / (2 × 1.96); otherwise from (upper - lower) / (2 × 1.96).
     *
     * @throws IllegalArgumentException if the interval does not contain the estimate, or a ratio is not positive
     */
    public static GenericStudy fromConfidenceInterval(String study, double estimate, double lower, double upper,
                                                      boolean ratio) {
        Checks.label(study);
        Checks.finite(study, "estimate", estimate);
        Checks.finite(study, "ci_lower", lower);
        Checks.finite(study, "ci_upper", upper);
        if (ratio) {
            Checks.positive(study, "estimate", estimate);
            Checks.positive(study, "ci_lower", lower);
            Checks.positive(study, "ci_upper", upper);
        }
        if (!(lower < upper)) {
            throw new InvalidStudyDataException("ci_lower", String.format(Locale.ROOT,
                    "ci_lower (%s) is not below ci_upper (%s) in study '%s'", Checks.show(lower), Checks.show(upper), study));
        }
        if (estimate < lower || estimate > upper) {
            throw new InvalidStudyDataException("estimate", String.format(Locale.ROOT,
                    "the confidence interval %s to %s does not contain the estimate %s in study '%s'",
                    Checks.show(lower), Checks.show(upper), Checks.show(estimate), study));
        }
        if (ratio) {
            return new GenericStudy(study, Math.log(estimate), (Math.log(upper) - Math.log(lower)) / (2 * Z_975));
        }
        return new GenericStudy(study, estimate, (upper - lower) / (2 * Z_975));
    }

    /**
     * How far the estimate sits from the middle of its CI on the analysis scale, as a fraction of the CI's
     * half-width: 0 for a symmetric interval. Published intervals are symmetric on the analysis scale up to
     * rounding, so a large value usually means a typo in the source.
     */
    public static double asymmetry(double estimate, double lower, double upper, boolean ratio) {
        double e = ratio ? Math.log(estimate) : estimate;
        double l = ratio ? Math.log(lower) : lower;
        double u = ratio ? Math.log(upper) : upper;
        return Math.abs(e - (l + u) / 2) / ((u - l) / 2);
    }

    @Override
    public DataKind kind() {
        return DataKind.GENERIC;
    }
}
