package org.evsynth.report.grade;

import java.util.Locale;

import org.evsynth.report.format.Numbers;

/**
 * Egger's test for funnel-plot asymmetry when there are at least 10 studies; with fewer, the tests have too
 * little power to tell chance from asymmetry (Cochrane Handbook 13.3.5.4; Sterne et al. 2011, BMJ 343:d4002) and
 * no p-value is given. Suggestion: -1 when Egger's p &lt; 0.10 (Egger et al. 1997's threshold), 0 otherwise;
 * publication bias also depends on who funded and registered the studies, which the numbers cannot show
 * (Guyatt et al. 2011, "GRADE guidelines: 5", J Clin Epidemiol 64:1277).
 *
 * @param k studies pooled
 * @param eggerP Egger's p-value, NaN when k &lt; 10
 * @param eggerBias Egger's bias coefficient, NaN when k &lt; 10
 */
public record PublicationBiasSignal(int k, double eggerP, double eggerBias) implements DomainSignal {

    /** The fewest studies for which evsynth reports Egger's test as a GRADE signal. */
    public static final int MINIMUM_STUDIES = 10;

    @Override
    public Domain domain() {
        return Domain.PUBLICATION_BIAS;
    }

    /** Whether the test was done. */
    public boolean tested() {
        return !Double.isNaN(eggerP);
    }

    @Override
    public int suggested() {
        return tested() && eggerP < 0.10 ? -1 : 0;
    }

    @Override
    public String summary() {
        if (!tested()) {
            return String.format(Locale.ROOT, "too few studies (k = %d, fewer than %d) for a test of funnel-plot "
                    + "asymmetry; judge from the search and the studies' funding and registration", k, MINIMUM_STUDIES);
        }
        return String.format(Locale.ROOT, "Egger's test: bias %.2f, %s. %s", eggerBias, Numbers.p("P", eggerP),
                suggested() < 0 ? "Suggests rating down one level." : "Suggests no rating down.");
    }
}
