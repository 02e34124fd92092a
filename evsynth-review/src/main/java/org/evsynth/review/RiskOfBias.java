package org.evsynth.review;

/**
 * One risk-of-bias judgement.
 *
 * @param tool      "RoB 2", "ROBINS-I", ...
 * @param outcome   the outcome judged, or null when the judgement is for the study
 * @param domain    the tool's domain ("Bias arising from the randomization process", ...)
 * @param judgement the tool's word ("low", "some concerns", "high", ...)
 * @param support   the quotes and reasoning behind it
 */
public record RiskOfBias(String tool, String outcome, String domain, String judgement, String support) {
}
