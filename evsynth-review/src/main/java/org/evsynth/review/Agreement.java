package org.evsynth.review;

import java.util.Map;

/**
 * How far two reviewers agreed at a stage, over the records both decided: percent agreement and Cohen's kappa on
 * their include / exclude / maybe decisions (Cohen 1960; McHugh 2012 for its reading), with the counts they come
 * from. Full-text exclusions that disagree only in their reason count as agreement here and as conflicts in
 * {@link StagePending}.
 *
 * @param first    one reviewer (alphabetically first)
 * @param second   the other
 * @param records  records both decided at the stage
 * @param agreed   records on which their decisions were the same
 * @param percent  100 × agreed / records
 * @param kappa    Cohen's kappa, (p_o − p_e) / (1 − p_e); NaN when p_e is 1 (both always gave the same single word)
 * @param table    the counts of each pair of decisions, keyed "FIRST/SECOND" ("include/exclude")
 */
public record Agreement(String first, String second, int records, int agreed, double percent, double kappa,
        Map<String, Integer> table) {

    public Agreement {
        table = Map.copyOf(table);
    }
}
