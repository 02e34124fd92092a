package org.evsynth.report.grade;

import java.util.Locale;

import org.evsynth.report.format.Numbers;

/**
 * Figures bearing on imprecision: whether the confidence interval includes no effect or a threshold the reviewers
 * stated, and, for binary outcomes with a known comparator risk, the optimal information size against the
 * participants pooled (Guyatt et al. 2011, "GRADE guidelines: 6", J Clin Epidemiol 64:1283; Zeng et al. 2022,
 * "GRADE guidance 34", J Clin Epidemiol 150:216).
 *
 * <p>Suggestion: -1 when the CI includes no effect, crosses the threshold, or the participants fall short of the
 * OIS; -2 when the CI includes no effect and the OIS is not met. A heuristic for the reviewer.
 *
 * @param estimate pooled estimate, natural scale
 * @param ciLower lower CI limit
 * @param ciUpper upper CI limit
 * @param noEffect the value of no effect (1 for ratios, 0 for differences)
 * @param ciIncludesNoEffect whether the CI includes no effect
 * @param threshold the reviewers' decision threshold on the natural scale, NaN if none
 * @param ciCrossesThreshold whether the CI has the threshold strictly inside it (false when none is stated)
 * @param participants participants pooled, or -1 if unknown
 * @param ois the optimal information size, or null when it cannot be computed (not binary, or no comparator risk)
 */
public record ImprecisionSignal(double estimate, double ciLower, double ciUpper, double noEffect,
                                boolean ciIncludesNoEffect, double threshold, boolean ciCrossesThreshold,
                                long participants, OptimalInformationSize ois) implements DomainSignal {

    @Override
    public Domain domain() {
        return Domain.IMPRECISION;
    }

    /** Whether the OIS is known and not met (false when the OIS or the participants are unknown). */
    public boolean oisNotMet() {
        return ois != null && participants >= 0 && !ois.metBy(participants);
    }

    @Override
    public int suggested() {
        if (ciIncludesNoEffect && oisNotMet()) {
            return -2;
        }
        return ciIncludesNoEffect || ciCrossesThreshold || oisNotMet() ? -1 : 0;
    }

    @Override
    public String summary() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "95%% CI %s to %s %s no effect (%s)",
                Numbers.threeFigures(ciLower), Numbers.threeFigures(ciUpper), ciIncludesNoEffect ? "includes" : "excludes",
                Numbers.threeFigures(noEffect)));
        if (!Double.isNaN(threshold)) {
            text.append(String.format(Locale.ROOT, " and %s the threshold %s", ciCrossesThreshold ? "crosses"
                    : "does not cross", Numbers.threeFigures(threshold)));
        }
        if (ois != null) {
            text.append(String.format(Locale.ROOT,
                    "; optimal information size %,d (comparator risk %.1f%%, RRR %.0f%%, α %s, power %.0f%%)",
                    ois.total(), 100 * ois.controlRisk(), 100 * ois.relativeRiskReduction(),
                    Numbers.threeFigures(ois.alpha()), 100 * (1 - ois.beta())));
            text.append(participants >= 0 ? String.format(Locale.ROOT, " against %,d participants: %s", participants,
                    oisNotMet() ? "not met" : "met") : ", participants unknown");
        }
        text.append(switch (suggested()) {
            case 0 -> ". Suggests no rating down.";
            case -1 -> ". Suggests rating down one level.";
            default -> ". Suggests rating down two levels.";
        });
        return text.toString();
    }
}
