package org.evsynth.stats.effect;

/**
 * One study's effect on the analysis scale, ready for pooling.
 *
 * @param study the study's label
 * @param theta the effect on the analysis scale (log for ratios)
 * @param variance its sampling variance
 * @param data what the study reported, kept for Mantel-Haenszel and Peto pooling and for back-transformation
 */
public record StudyEffect(String study, double theta, double variance, StudyData data) {
}
