package org.evsynth.stats.meta;

/**
 * One subgroup's analysis, with tau² estimated within the subgroup.
 *
 * @param name the subgroup's value in the grouping column
 * @param result its meta-analysis
 */
public record Subgroup(String name, MetaAnalysisResult result) {
}
