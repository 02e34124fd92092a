package org.evsynth.app.cli;

import org.evsynth.report.analysis.Subgroups;
import org.evsynth.report.table.InputException;
import org.evsynth.report.table.StudyTable;
import picocli.CommandLine.Option;

/** Subgroup analysis by a column, with a τ² per subgroup or one shared: shared by `meta` and `forest`. */
final class SubgroupOptions {

    @Option(names = "--by", paramLabel = "COLUMN", description = "Subgroup analysis by this column.")
    String by;

    @Option(names = "--common-tau2",
            description = "With --by: one tau² shared by all subgroups (from the mixed-effects model with the subgroup "
                    + "as moderator) instead of a tau² per subgroup.")
    boolean commonTau2;

    /** The subgroup analysis asked for, or null; --common-tau2 needs --by. */
    Subgroups subgroups() throws InputException {
        if (by == null) {
            if (commonTau2) {
                throw new InputException("--common-tau2 goes with --by COLUMN");
            }
            return null;
        }
        return new Subgroups(by, commonTau2 ? Subgroups.Tau2.COMMON : Subgroups.Tau2.SEPARATE);
    }

    /** The column must be in the table with a value in every row. */
    void check(StudyTable table) throws InputException {
        if (by != null) {
            table.requireColumn(by, "--by");
        }
    }
}
