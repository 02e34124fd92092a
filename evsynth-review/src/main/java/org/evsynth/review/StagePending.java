package org.evsynth.review;

import java.util.Map;

/**
 * What is left to do at a stage, and what each reviewer has done.
 *
 * @param undecided   records at the stage without a final outcome; the conflicts are among them
 * @param conflicts   records whose reviewers disagree, awaiting a third person (counted in undecided too)
 * @param perReviewer for each reviewer, undecided records they have not yet screened
 * @param decided     for each reviewer, records at the stage they have a current decision on
 */
public record StagePending(int undecided, int conflicts, Map<String, Integer> perReviewer,
        Map<String, Integer> decided) {

    public StagePending {
        perReviewer = Map.copyOf(perReviewer);
        decided = Map.copyOf(decided);
    }
}
