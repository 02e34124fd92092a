package org.evsynth.report.table;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.evsynth.report.format.Texts;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.StudyData;

/**
 * A study table read from a CSV file, ready for the engine.
 *
 * @param file the file's name as given
 * @param format the column set recognised
 * @param measure the effect measure the rows are read for
 * @param header the columns, in file order
 * @param rows the studies, in file order
 * @param warnings things a reviewer should check, each naming the line
 * @param sha256 the SHA-256 of the file's bytes, for provenance
 */
public record StudyTable(String file, InputFormat format, EffectMeasure measure, List<String> header,
                         List<StudyRow> rows, List<String> warnings, String sha256) {

    /** Copies the lists (the rows of a table that was read are immutable already, and kept compact). */
    public StudyTable {
        header = List.copyOf(header);
        rows = rows instanceof TableRows ? rows : List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    /**
     * Checks that a column an option names is in the file and has a value in every row.
     *
     * @param option the option naming the column, for the message (e.g. "--by")
     * @throws InputException naming the file, and the line of the first empty cell
     */
    public void requireColumn(String column, String option) throws InputException {
        if (!header.contains(column)) {
            throw new InputException(String.format(java.util.Locale.ROOT,
                    "%s: %s column '%s' is not in the file; found: %s", file, option, column,
                    Texts.names(header)));
        }
        for (StudyRow row : rows) {
            if (row.value(column).isEmpty()) {
                throw InputException.at(file, row.line(), column,
                        "the cell is empty; every study needs a value for " + option);
            }
        }
    }

    /** The studies' data in file order. */
    public List<StudyData> studies() {
        return rows instanceof TableRows read ? read.studies() : rows.stream().map(StudyRow::data).toList();
    }

    /** The same table with only these of its rows: one analysis of a batch. */
    public StudyTable withRows(List<StudyRow> subset) {
        return new StudyTable(file, format, measure, header, subset, warnings, sha256);
    }

    /**
     * Each study's cell in a column, looked up by the identity of its data (two rows may share a label): the map
     * from study to subgroup, or to the order of a cumulative analysis, built once per table.
     */
    public Function<StudyData, String> valuesOf(String column) {
        Map<StudyData, String> values = new IdentityHashMap<>();
        rows.forEach(r -> values.put(r.data(), r.value(column)));
        return values::get;
    }
}
