package org.evsynth.app.cli;

import java.util.Locale;

import org.evsynth.report.format.Texts;
import org.evsynth.report.table.InputException;
import org.evsynth.report.table.StudyRow;
import org.evsynth.report.table.StudyTable;
import org.evsynth.stats.effect.MissingValues;
import picocli.CommandLine.Option;

/** What the rows of the table carry besides their data: user weights, and whether rows with gaps are dropped. */
final class StudyRowOptions {

    @Option(names = "--weights", paramLabel = "COLUMN",
            description = "Fixed user weights from this column (metafor's weights =): they weight the pooled "
                    + "estimate, and --method GENQ and --tau2-ci GENQ use them. Inverse-variance pooling only.")
    String weights;

    @Option(names = "--drop-missing",
            description = "Leave out rows with an empty (or NA) cell in the data columns and list them as excluded, "
                    + "as metafor drops NAs; without it such a cell is an error naming its line.")
    boolean dropMissing;

    /** How the table reader treats a missing value. */
    MissingValues missingValues() {
        return dropMissing ? MissingValues.DROP : MissingValues.REFUSE;
    }

    /** The weights column must be in the table with a positive number in every row. */
    void check(StudyTable table) throws InputException {
        if (weights == null) {
            return;
        }
        table.requireColumn(weights, "--weights");
        for (StudyRow row : table.rows()) {
            String cell = row.value(weights).strip();
            double value;
            try {
                value = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
            if (!(value > 0) || !Double.isFinite(value)) {
                throw InputException.at(table.file(), row.line(), weights, String.format(Locale.ROOT,
                        "'%s' is not a positive number; --weights needs one in every row", Texts.cell(cell)));
            }
        }
    }
}
