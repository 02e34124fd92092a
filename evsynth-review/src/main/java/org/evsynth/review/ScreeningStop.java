package org.evsynth.review;

import java.time.Instant;

/**
 * Title-and-abstract screening stopped by the stopping rule: what the report's methods and PRISMA diagram say.
 *
 * @param stoppedBy      who stopped
 * @param at             when
 * @param model          the model that ranked the records (settings and the provenance of the last model)
 * @param rule           the stopping rule, its target recall and confidence in words
 * @param targetRecall   the target recall
 * @param confidence     the confidence the test showed it with
 * @param pValue         the test's p-value when screening stopped
 * @param screened       records screened in the ranking the rule was evaluated on
 * @param recordsMarked  records nobody had screened, marked as ineligible by automation
 */
public record ScreeningStop(String stoppedBy, Instant at, String model, String rule, double targetRecall,
                            double confidence, double pValue, int screened, int recordsMarked) {
}
