package org.evsynth.report.rob;

import org.evsynth.review.rob.Judgement;
import java.util.List;

/**
 * One study's row of a judgement table.
 *
 * @param name the study's label
 * @param domains the judgement per domain, D1 first
 * @param overall the overall judgement
 * @param weight the study's weight for a weighted summary plot (robvis' Weight column), NaN when the table has none
 */
public record RobStudy(String name, List<Judgement> domains, Judgement overall, double weight) {

    /** Copies the list, so that a study cannot change under a figure. */
    public RobStudy {
        domains = List.copyOf(domains);
    }
}
