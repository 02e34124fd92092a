package org.evsynth.stats.effect;

/**
 * Mean, standard deviation and size of two arms; arm 1 is the experimental arm.
 *
 * @param study the study's label
 * @param mean1 mean in arm 1
 * @param sd1 standard deviation in arm 1
 * @param n1 participants in arm 1
 * @param mean2 mean in arm 2
 * @param sd2 standard deviation in arm 2
 * @param n2 participants in arm 2
 */
public record ContinuousStudy(String study, double mean1, double sd1, double n1,
                              double mean2, double sd2, double n2) implements StudyData {

    /** Validates: finite means, positive SDs, at least one participant per arm. */
    public ContinuousStudy {
        Checks.label(study);
        Checks.finite(study, "mean_1", mean1);
        Checks.positive(study, "sd_1", sd1);
        Checks.atLeastOne(study, "n_1", n1);
        Checks.finite(study, "mean_2", mean2);
        Checks.positive(study, "sd_2", sd2);
        Checks.atLeastOne(study, "n_2", n2);
    }

    /** Creates a study from its arm summaries. */
    public static ContinuousStudy of(String study, double mean1, double sd1, double n1,
                                     double mean2, double sd2, double n2) {
        return new ContinuousStudy(study, mean1, sd1, n1, mean2, sd2, n2);
    }

    @Override
    public DataKind kind() {
        return DataKind.CONTINUOUS;
    }
}
