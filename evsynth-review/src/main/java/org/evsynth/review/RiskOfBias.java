package org.evsynth.review;

import java.time.Instant;
import org.evsynth.review.rob.Judgement;
import org.evsynth.review.rob.RobTool;

/**
 * One risk-of-bias judgement as stored: checked against its tool's domains and scale when it was entered.
 *
 * @param id        the judgement's id
 * @param study     the study judged
 * @param tool      RoB 2 or ROBINS-I
 * @param outcome   the outcome judged, or null when the judgement is for the study
 * @param domain    the tool's domain as the tool names it ("Bias arising from the randomisation process"), or
 *                  {@link RobTool#OVERALL}
 * @param judgement the level, on the tool's scale
 * @param support   the quotes and reasoning behind it, or null
 * @param assessor  who judged
 * @param at        when
 */
public record RiskOfBias(long id, long study, RobTool tool, String outcome, String domain, Judgement judgement,
        String support, String assessor, Instant at) {
}
