package org.evsynth.report.grade;

import java.util.Locale;

import org.evsynth.report.format.Numbers;

/**
 * Figures bearing on inconsistency: I² with its confidence interval, τ², the p-value of Q and whether the
 * prediction interval includes no effect (Guyatt et al. 2011, "GRADE guidelines: 7. Rating the quality of
 * evidence — inconsistency", J Clin Epidemiol 64:1294; Cochrane Handbook 10.10.2).
 *
 * <p>Suggestion: not applicable with one study; -1 when I² ≥ 50% ("may represent substantial heterogeneity") or
 * when the prediction interval includes no effect while the confidence interval does not; 0 otherwise. A
 * heuristic for the reviewer, who also weighs overlap of the studies' CIs and the direction of their effects.
 *
 * @param k studies pooled
 * @param i2 I², percent (NaN when k = 1)
 * @param i2CiLower lower CI limit of I², percent
 * @param i2CiUpper upper CI limit of I², percent
 * @param tau2 τ²
 * @param pQ p-value of Cochran's Q
 * @param piLower lower prediction limit (natural scale), NaN when not computed
 * @param piUpper upper prediction limit
 * @param piIncludesNoEffect whether the prediction interval includes no effect (false when not computed)
 * @param ciIncludesNoEffect whether the pooled CI includes no effect
 */
public record InconsistencySignal(int k, double i2, double i2CiLower, double i2CiUpper, double tau2, double pQ,
                                  double piLower, double piUpper, boolean piIncludesNoEffect,
                                  boolean ciIncludesNoEffect) implements DomainSignal {

    @Override
    public Domain domain() {
        return Domain.INCONSISTENCY;
    }

    @Override
    public int suggested() {
        if (k < 2) {
            return 0;
        }
        return i2 >= 50 || (piIncludesNoEffect && !ciIncludesNoEffect) ? -1 : 0;
    }

    @Override
    public String summary() {
        if (k < 2) {
            return "one study: inconsistency cannot be judged from the data";
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "I² = %.0f%%", i2));
        if (!Double.isNaN(i2CiLower)) {
            text.append(String.format(Locale.ROOT, " (95%% CI %.0f%% to %.0f%%)", i2CiLower, i2CiUpper));
        }
        text.append(String.format(Locale.ROOT, ", τ² = %.3g, %s", tau2, Numbers.p("P(Q)", pQ)));
        if (Double.isNaN(piLower)) {
            text.append("; no prediction interval");
        } else {
            text.append(String.format(Locale.ROOT, "; prediction interval %s to %s, %s no effect",
                    Numbers.threeFigures(piLower), Numbers.threeFigures(piUpper), piIncludesNoEffect ? "including" : "excluding"));
        }
        text.append(suggested() < 0 ? ". Suggests rating down one level." : ". Suggests no rating down.");
        return text.toString();
    }
}
