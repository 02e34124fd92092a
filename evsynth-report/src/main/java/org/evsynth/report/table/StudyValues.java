package org.evsynth.report.table;

import java.util.List;

/**
 * One study's row of a table to write: its label and its cells in the format's column order, as decimal text.
 *
 * @param study the study's label
 * @param cells the cells after `study`
 */
public record StudyValues(String study, List<String> cells) {

    /** Copies the list. */
    public StudyValues {
        cells = List.copyOf(cells);
    }
}
