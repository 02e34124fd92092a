package org.evsynth.records.io;

import java.util.ArrayList;
import java.util.List;

/** Collects the warnings of one file, filling in the file name. */
final class WarningSink {

    private final String file;
    private final List<ImportWarning> warnings = new ArrayList<>();

    WarningSink(String file) {
        this.file = file;
    }

    void add(int line, String field, String message) {
        warnings.add(new ImportWarning(file, line, field, message));
    }

    List<ImportWarning> list() {
        return warnings;
    }
}
