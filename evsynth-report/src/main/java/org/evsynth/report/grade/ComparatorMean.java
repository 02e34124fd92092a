package org.evsynth.report.grade;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.evsynth.stats.effect.ContinuousStudy;

/**
 * The mean assumed for people given the comparator, shown beside a mean difference in a summary-of-findings table
 * so that a reader can judge its size (GRADE handbook 5.2.4; Guyatt et al. 2013, "GRADE guidelines: 13. Preparing
 * summary of findings tables and evidence profiles — continuous outcomes", J Clin Epidemiol 66:173): by default the
 * median of the studies' comparator-group means, or a mean the reviewers state with its source.
 *
 * @param mean the mean, in the outcome's units
 * @param basis where it comes from, for the table's note
 */
public record ComparatorMean(double mean, String basis) {

    /** Validates the mean. */
    public ComparatorMean {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "comparator mean (%s) must be a number",
                    mean));
        }
        basis = basis == null ? "" : basis.strip();
    }

    /** A mean the reviewers state. */
    public static ComparatorMean stated(double mean, String source) {
        return new ComparatorMean(mean, source == null || source.isBlank() ? "stated by the reviewers" : source);
    }

    /**
     * The median of the studies' comparator-group (arm 2) means, the mean of the middle two for an even number.
     *
     * @throws IllegalArgumentException if there are no studies
     */
    public static ComparatorMean median(List<ContinuousStudy> studies) {
        if (studies.isEmpty()) {
            throw new IllegalArgumentException("no studies to take a median comparator mean from");
        }
        double[] means = studies.stream().mapToDouble(ContinuousStudy::mean2).toArray();
        Arrays.sort(means);
        int n = means.length;
        double median = n % 2 == 1 ? means[n / 2] : (means[n / 2 - 1] + means[n / 2]) / 2;
        String basis = n == 1 ? "comparator-group mean of the study"
                : String.format(Locale.ROOT, "median comparator-group mean of the %d studies", n);
        return new ComparatorMean(median, basis);
    }
}
