package org.evsynth.app.cli;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.evsynth.report.table.InputException;
import org.evsynth.report.table.StudyRow;
import org.evsynth.report.table.StudyTable;
import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.SubgroupAnalysisResult;
import org.evsynth.stats.regression.CommonTau2Subgroups;
import picocli.CommandLine.Option;

/** Subgroup analysis by a column, with a τ² per subgroup or one shared: shared by `meta` and `forest`. */
final class SubgroupOptions {

    @Option(names = "--by", paramLabel = "COLUMN", description = "Subgroup analysis by this column.")
    String by;

    @Option(names = "--common-tau2",
            description = "With --by: one tau² shared by all subgroups (from the mixed-effects model with the subgroup "
                    + "as moderator) instead of a tau² per subgroup.")
    boolean commonTau2;

    /** Whether a subgroup analysis is asked for. */
    boolean any() {
        return by != null;
    }

    /** The column must be in the table with a value in every row; --common-tau2 needs --by. */
    void check(StudyTable table) throws InputException {
        if (by != null) {
            table.requireColumn(by, "--by");
        } else if (commonTau2) {
            throw new InputException("--common-tau2 goes with --by COLUMN");
        }
    }

    /** Each row's subgroup. */
    Function<StudyData, String> groupOf(List<StudyRow> rows) {
        Map<StudyData, String> groups = new IdentityHashMap<>();
        rows.forEach(r -> groups.put(r.data(), r.value(by)));
        return groups::get;
    }

    /** The analysis of the rows by subgroup. */
    SubgroupAnalysisResult run(MetaAnalysis analysis, StudyTable table, List<StudyRow> rows) {
        List<StudyData> studies = rows.stream().map(StudyRow::data).toList();
        Function<StudyData, String> groupOf = groupOf(rows);
        return commonTau2
                ? CommonTau2Subgroups.run(analysis, table.measure(), studies, groupOf)
                : analysis.runBySubgroup(table.measure(), studies, groupOf);
    }
}
