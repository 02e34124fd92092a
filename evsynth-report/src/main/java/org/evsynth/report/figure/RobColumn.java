package org.evsynth.report.figure;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One risk-of-bias domain as a column of coloured circles beside a forest plot, as RevMan and robvis draw them.
 *
 * @param domain the domain's label, shown in the legend (e.g. "Randomisation process", "Overall")
 * @param levels each study's judgement by study label: low, some concerns, high, critical or no information;
 *               a study without one gets no circle
 */
public record RobColumn(String domain, Map<String, String> levels) {

    /** Validates every judgement now, so a typo fails where the column is built rather than in the drawing. */
    public RobColumn {
        if (domain == null || domain.isBlank()) {
            throw new IllegalArgumentException("a risk-of-bias column needs a domain label");
        }
        levels = Map.copyOf(new LinkedHashMap<>(levels));
        levels.values().forEach(RobLevel::parse);
    }

    /** The judgement for a study, or null if it has none. */
    public RobLevel level(String study) {
        String word = levels.get(study);
        return word == null ? null : RobLevel.parse(word);
    }
}
