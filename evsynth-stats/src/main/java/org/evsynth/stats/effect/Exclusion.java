package org.evsynth.stats.effect;

/**
 * A study left out of an analysis, and why.
 *
 * @param study the study's label
 * @param reason a sentence a reviewer can read, e.g. "no events in either arm"
 */
public record Exclusion(String study, String reason) {
}
