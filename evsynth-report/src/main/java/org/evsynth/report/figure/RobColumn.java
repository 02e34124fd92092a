package org.evsynth.report.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.evsynth.review.rob.Judgement;
import org.evsynth.report.rob.RobStudy;
import org.evsynth.report.rob.RobTable;

/**
 * One risk-of-bias domain as a column of coloured circles beside a forest plot, as RevMan and robvis draw them.
 *
 * @param domain the domain's label, shown in the legend (e.g. "Randomisation process", "Overall")
 * @param levels each study's judgement by study label, in RoB 2's or ROBINS-I's words (low, some concerns, high,
 *               moderate, serious, critical, no information), drawn in robvis's colours and symbols; a study without
 *               one gets no circle
 */
public record RobColumn(String domain, Map<String, String> levels) {

    /** Validates every judgement now, so a typo fails where the column is built rather than in the drawing. */
    public RobColumn {
        if (domain == null || domain.isBlank()) {
            throw new IllegalArgumentException("a risk-of-bias column needs a domain label");
        }
        levels = Map.copyOf(new LinkedHashMap<>(levels));
        levels.values().forEach(RobColumn::judgement);
    }

    /**
     * A forest plot's risk-of-bias columns from a judgement table: one per domain of its tool, then Overall, as
     * RevMan draws them beside the studies.
     */
    public static List<RobColumn> of(RobTable table) {
        List<RobColumn> columns = new ArrayList<>();
        for (int d = 0; d <= table.domainCount(); d++) {
            Map<String, String> levels = new LinkedHashMap<>();
            for (RobStudy study : table.studies()) {
                levels.put(study.name(), table.judgement(study.name(), d));
            }
            columns.add(new RobColumn(d < table.domainCount() ? table.tool().domains().get(d) : "Overall", levels));
        }
        return columns;
    }

    /** The judgement for a study, or null if it has none. */
    public Judgement level(String study) {
        String word = levels.get(study);
        return word == null ? null : judgement(word);
    }

    private static Judgement judgement(String word) {
        Judgement judgement = Judgement.parse(word);
        if (judgement == null) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "'%s' is not a risk-of-bias judgement: expected low, some concerns, high, moderate, serious, "
                            + "critical or no information", word));
        }
        return judgement;
    }
}
