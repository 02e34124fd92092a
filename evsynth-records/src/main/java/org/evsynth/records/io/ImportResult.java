package org.evsynth.records.io;

import java.util.ArrayList;
import java.util.List;
import org.evsynth.records.BibRecord;

/**
 * What a reader returns: the records it could read, in file order, and the warnings about what it could not.
 *
 * @param records  the records read
 * @param warnings problems met, each naming file, line and field
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
