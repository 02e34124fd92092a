package org.evsynth.records.io;

import java.util.ArrayList;
import java.util.List;
import org.evsynth.records.ControlCharacters;

/** Collects the warnings of one file, filling in the file name. */
final class WarningSink {

    private final String file;
    private final List<ImportWarning> warnings = new ArrayList<>();

    WarningSink(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(int line, String field, String message) {
        warnings.add(new ImportWarning(file, line, field, message));
    }

    /** The one wording of every control-character warning, whatever the reader. */
    void removedControls(int line, String field, List<Integer> codePoints) {
        add(line, field, "control characters removed (" + ControlCharacters.Stripped.describe(codePoints)
                + "): records never hold them");
    }

    /** The value without control characters, with a warning when it had any. */
    String clean(String value, int line, String field) {
        ControlCharacters.Stripped stripped = ControlCharacters.strip(value);
        if (stripped.changed()) {
            removedControls(line, field, stripped.removed());
        }
        return stripped.text();
    }

    List<ImportWarning> list() {
        return warnings;
    }
}
