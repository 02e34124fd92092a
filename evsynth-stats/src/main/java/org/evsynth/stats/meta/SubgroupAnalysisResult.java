package org.evsynth.stats.meta;

import java.util.List;

/**
 * An analysis of all studies together with one per subgroup and the test for subgroup differences.
 *
 * @param overall every study pooled
 * @param subgroups one analysis per subgroup, in order of first appearance
 * @param test the test for subgroup differences, or null with fewer than two subgroups
 */
public record SubgroupAnalysisResult(MetaAnalysisResult overall, List<Subgroup> subgroups, SubgroupTest test) {

    /** Copies the list. */
    public SubgroupAnalysisResult {
        subgroups = List.copyOf(subgroups);
    }
}
