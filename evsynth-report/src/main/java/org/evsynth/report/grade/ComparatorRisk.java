package org.evsynth.report.grade;

import java.util.List;
import java.util.Locale;

import org.evsynth.stats.effect.BinaryStudy;

/**
 * The risk assumed for people given the comparator, from which a summary-of-findings table computes absolute
 * effects (GRADE handbook 5.2.4; Guyatt et al. 2013, "GRADE guidelines: 12", J Clin Epidemiol 66:158): by default
 * the median comparator-group risk of the studies pooled, or a risk the reviewers state with its source (a
 * registry, a larger study, another review).
 *
 * @param risk the risk, a proportion from 0 to 1
 * @param basis where it comes from, for the table's note
 */
public record ComparatorRisk(double risk, String basis) {

    /** Validates the risk. */
    public ComparatorRisk {
        if (!(risk >= 0 && risk <= 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "comparator risk (%s) must be a proportion from 0 to 1", risk));
        }
        basis = basis == null ? "" : basis.strip();
    }

    /** A risk the reviewers state. */
    public static ComparatorRisk stated(double risk, String source) {
        return new ComparatorRisk(risk, source == null || source.isBlank() ? "stated by the reviewers" : source);
    }

    /**
     * The median of the studies' comparator-group (arm 2) risks, the mean of the middle two for an even number.
     *
     * @throws IllegalArgumentException if there are no studies
     */
    public static ComparatorRisk median(List<BinaryStudy> studies) {
        if (studies.isEmpty()) {
            throw new IllegalArgumentException("no studies to take a median comparator risk from");
        }
        double[] risks = studies.stream().mapToDouble(s -> s.events2() / s.total2()).sorted().toArray();
        int n = risks.length;
        double median = n % 2 == 1 ? risks[n / 2] : (risks[n / 2 - 1] + risks[n / 2]) / 2;
        String basis = n == 1 ? "comparator-group risk of the study"
                : String.format(Locale.ROOT, "median comparator-group risk of the %d studies", n);
        return new ComparatorRisk(median, basis);
    }

    /** The risk per 1,000 people. */
    public double per1000() {
        return 1000 * risk;
    }
}
