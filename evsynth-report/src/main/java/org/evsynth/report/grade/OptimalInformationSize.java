package org.evsynth.report.grade;

import java.util.Locale;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The optimal information size (OIS) for a binary outcome: the number of participants a single adequately
 * powered trial would need to detect a stated relative risk reduction. GRADE suggests rating down for
 * imprecision when the total number of participants falls short of it (Guyatt et al. 2011, "GRADE guidelines: 6.
 * Rating the quality of evidence — imprecision", J Clin Epidemiol 64:1283; GRADE handbook 5.2.4.1).
 *
 * <p>Per arm, n = (z<sub>1−α/2</sub> + z<sub>1−β</sub>)² [p₁(1 − p₁) + p₂(1 − p₂)] / (p₁ − p₂)², with p₁ the
 * comparator risk and p₂ = p₁(1 − RRR): the usual two-proportion sample size without continuity correction. The
 * total is twice the per-arm size, each rounded up.
 *
 * @param controlRisk comparator-group risk p₁, a proportion
 * @param relativeRiskReduction RRR to detect, e.g. 0.25
 * @param alpha two-sided type I error, e.g. 0.05
 * @param beta type II error, e.g. 0.20 (power 80%)
 * @param perArm participants needed per arm, rounded up
 */
public record OptimalInformationSize(double controlRisk, double relativeRiskReduction, double alpha, double beta,
                                     long perArm) {

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    /** GRADE's usual choice: RRR 25%, α 0.05, β 0.20. */
    public static OptimalInformationSize binary(double controlRisk) {
        return binary(controlRisk, 0.25, 0.05, 0.20);
    }

    /**
     * Computes the OIS.
     *
     * @throws IllegalArgumentException if the risk is not strictly between 0 and 1, or RRR, α or β is outside (0, 1)
     */
    public static OptimalInformationSize binary(double controlRisk, double rrr, double alpha, double beta) {
        check("comparator risk", controlRisk);
        check("relative risk reduction", rrr);
        check("alpha", alpha);
        check("beta", beta);
        double p1 = controlRisk;
        double p2 = controlRisk * (1 - rrr);
        double z = NORMAL.inverseCumulativeProbability(1 - alpha / 2) + NORMAL.inverseCumulativeProbability(1 - beta);
        double n = z * z * (p1 * (1 - p1) + p2 * (1 - p2)) / ((p1 - p2) * (p1 - p2));
        return new OptimalInformationSize(controlRisk, rrr, alpha, beta, (long) Math.ceil(n - 1e-9));
    }

    /** Participants needed in both arms together. */
    public long total() {
        return 2 * perArm;
    }

    /** Whether a body of evidence of this many participants meets the OIS. */
    public boolean metBy(long participants) {
        return participants >= total();
    }

    private static void check(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s (%s) must lie strictly between 0 and 1", name, value));
        }
    }
}
