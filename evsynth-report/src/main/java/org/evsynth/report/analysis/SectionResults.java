package org.evsynth.report.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.evsynth.stats.bias.FailSafeN;
import org.evsynth.stats.bias.RankCorrelationTest;
import org.evsynth.stats.bias.RegressionTest;
import org.evsynth.stats.bias.TrimAndFillResult;
import org.evsynth.stats.meta.BackTransform;
import org.evsynth.stats.meta.HenmiCopas;
import org.evsynth.stats.meta.OddsRatioTests;
import org.evsynth.stats.meta.PooledEffect;
import org.evsynth.stats.sensitivity.CumulativeStep;
import org.evsynth.stats.sensitivity.LeaveOneOut;
import org.evsynth.stats.sensitivity.StudyInfluence;

/**
 * The sections of an analysis: each one asked for is either done (its result is here) or not done (its reason is
 * in {@link #notDone()}); one not asked for is null.
 *
 * @param asked the sections asked for
 * @param leaveOneOut the analysis without each study
 * @param cumulative the cumulative analysis
 * @param influence influence diagnostics and Baujat coordinates
 * @param egger Egger's test
 * @param begg Begg's test
 * @param peters Peters' test
 * @param harbord Harbord's test
 * @param trimFill trim and fill
 * @param failSafe the fail-safe N
 * @param henmiCopas the Henmi-Copas interval
 * @param robust the pooled effect with its cluster-robust standard error
 * @param cmh the Cochran-Mantel-Haenszel test
 * @param tarone Tarone's test for heterogeneity of odds ratios
 * @param natural the back-transformation to the natural scale, for limit estimates
 * @param notDone the sections asked for but not done, with the reason
 */
public record SectionResults(Set<Section> asked, List<LeaveOneOut> leaveOneOut, List<CumulativeStep> cumulative,
                             List<StudyInfluence> influence, RegressionTest egger, RankCorrelationTest begg,
                             RegressionTest peters, RegressionTest harbord, TrimAndFillResult trimFill,
                             FailSafeN failSafe, HenmiCopas henmiCopas, PooledEffect robust,
                             OddsRatioTests.ChiSquareTest cmh, OddsRatioTests.ChiSquareTest tarone,
                             BackTransform natural, Map<Section, String> notDone) {

    /** Copies the collections. */
    public SectionResults {
        asked = Set.copyOf(asked);
        notDone = notDone.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(notDone));
    }

    /** No sections. */
    public static SectionResults none() {
        return new SectionResults(Set.of(), null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, Map.of());
    }

    /** Whether no section was asked for. */
    public boolean isEmpty() {
        return asked.isEmpty();
    }

    /** Whether the section was asked for and done. */
    public boolean isDone(Section section) {
        return asked.contains(section) && !notDone.containsKey(section);
    }
}
