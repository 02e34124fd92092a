package org.evsynth.report.table;

import java.util.Map;

import org.evsynth.stats.effect.StudyData;

/**
 * One row of a study table.
 *
 * @param line the row's line in the file (1 is the header)
 * @param data the study's data
 * @param values every cell of the row by column name, including columns evsynth does not use itself
 */
public record StudyRow(long line, StudyData data, Map<String, String> values) {

    /** Copies the map (a row of a table that was read keeps reading its cells from the table's text). */
    public StudyRow {
        values = values instanceof RowValues ? values : Map.copyOf(values);
    }

    /** The cell in a column, or null if the table has no such column. */
    public String value(String column) {
        return values.get(column);
    }
}
