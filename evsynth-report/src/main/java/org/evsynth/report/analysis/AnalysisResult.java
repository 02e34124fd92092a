package org.evsynth.report.analysis;

import java.util.List;
import java.util.function.Function;

import org.evsynth.report.table.StudyTable;
import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.SubgroupAnalysisResult;

/**
 * The result of an {@link AnalysisPlan} on a study table: everything the text panel, the JSON, the CSV, the figures
 * and the report show for it.
 *
 * @param plan the plan that made it
 * @param table the study table analysed
 * @param overall the analysis of all studies
 * @param subgroups the analysis by subgroup, or null without one
 * @param subgroupOf each study's subgroup (by the identity of its data), or null without subgroups
 * @param sections the sections, done or with the reason they were not
 * @param warnings things a reviewer should check: the table's own, and asymmetry tests on fewer than 10 studies
 */
public record AnalysisResult(AnalysisPlan plan, StudyTable table, MetaAnalysisResult overall,
                             SubgroupAnalysisResult subgroups, Function<StudyData, String> subgroupOf,
                             SectionResults sections, List<String> warnings) {

    /** Copies the list. */
    public AnalysisResult {
        warnings = List.copyOf(warnings);
    }

    /** Whether the analysis is by subgroup. */
    public boolean hasSubgroups() {
        return subgroups != null;
    }

    /** The same result with more warnings after the others (the report's checks of printed ratios). */
    public AnalysisResult withWarnings(List<String> more) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new AnalysisResult(plan, table, overall, subgroups, subgroupOf, sections, all);
    }
}
