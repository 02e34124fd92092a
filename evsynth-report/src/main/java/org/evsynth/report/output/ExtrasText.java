package org.evsynth.report.output;

import java.util.Locale;

import org.evsynth.report.format.Numbers;
import org.evsynth.stats.bias.FailSafeN;
import org.evsynth.stats.meta.HenmiCopas;
import org.evsynth.stats.meta.OddsRatioTests;
import org.evsynth.stats.meta.PooledEffect;

/** The one-line sections of issue 14 as a reviewer reads them: fail-safe N, Henmi-Copas, robust SE, Tarone. */
final class ExtrasText {

    private ExtrasText() {
    }

    static String failSafe(FailSafeN n) {
        String name = switch (n.method()) {
            case ROSENTHAL -> "Rosenthal";
            case ORWIN -> "Orwin";
            case ROSENBERG -> "Rosenberg";
        };
        String detail = switch (n.method()) {
            case ROSENTHAL -> "observed one-sided " + Numbers.p("P", n.pValue());
            case ORWIN -> String.format(Locale.ROOT, "mean effect %.4f, target %.4f (analysis scale)",
                    n.meanEffect(), n.target());
            case ROSENBERG -> String.format(Locale.ROOT, "weighted mean effect %.4f, observed %s", n.meanEffect(),
                    Numbers.p("P", n.pValue()));
        };
        return String.format(Locale.ROOT, "Fail-safe N (%s): %s; %s", name, Numbers.count(n.n()), detail);
    }

    static String henmiCopas(HenmiCopas hc) {
        return String.format(Locale.ROOT, "Henmi-Copas interval: %s (SE %.4f on the analysis scale; DL tau² = %s)",
                Numbers.interval(hc.estimate(), hc.ciLower(), hc.ciUpper()), hc.se(), Numbers.effect(hc.tau2()));
    }

    static String robust(PooledEffect robust) {
        return String.format(Locale.ROOT, "Cluster-robust estimate: %s; SE %.4f, t(%.0f) = %.2f (%s)",
                Numbers.interval(robust.estimate(), robust.ciLower(), robust.ciUpper()), robust.se(), robust.df(),
                robust.statistic(), Numbers.p("P", robust.pValue()));
    }

    static String tarone(OddsRatioTests.ChiSquareTest test) {
        return String.format(Locale.ROOT, "Tarone's test for heterogeneity of odds ratios: Chi² = %.2f, df = %s (%s)",
                test.statistic(), Double.isNaN(test.df()) ? "-" : String.format(Locale.ROOT, "%.0f", test.df()),
                Numbers.p("P", test.pValue()));
    }
}
