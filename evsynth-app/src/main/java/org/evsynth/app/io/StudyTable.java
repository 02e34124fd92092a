package org.evsynth.app.io;

import java.util.List;

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

    /** Copies the lists. */
    public StudyTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    /** The studies' data in file order. */
    public List<StudyData> studies() {
        return rows.stream().map(StudyRow::data).toList();
    }
}
