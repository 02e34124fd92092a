package org.evsynth.records.io;

import java.util.ArrayList;
import java.util.List;
import org.evsynth.records.BibRecord;

/**
 * What a reader returns when it read a file to its end (see {@link RecordReader} for the all-or-nothing
 * contract): the records, in file order, and warnings about single records and fields.
 *
 * @param records  the records read
 * @param warnings what was repaired or doubtful, each naming file, line and field
 */
public record ImportResult(List<BibRecord> records, List<ImportWarning> warnings) {

    public ImportResult {
        records = List.copyOf(records);
        warnings = List.copyOf(warnings);
    }

    /** The records and warnings of several results, in order. */
    public static ImportResult concat(List<ImportResult> results) {
        List<BibRecord> records = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        for (ImportResult r : results) {
            records.addAll(r.records());
            warnings.addAll(r.warnings());
        }
        return new ImportResult(records, warnings);
    }
}
