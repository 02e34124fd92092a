package org.evsynth.records.io;

import java.util.Locale;

/**
 * Something a reader could not take as it was, with enough context for a person to find it.
 *
 * @param file    the file name as given to the reader
 * @param line    1-based line in the file, 0 when not applicable (the whole file, or a format without lines)
 * @param field   the tag or column concerned, or null
 * @param message what was wrong and what the reader did about it
 */
public record ImportWarning(String file, int line, String field, String message) {

    /** "file:line: [field] message", the form compilers use so editors can jump to it. */
    @Override
    public String toString() {
        String where = line > 0 ? String.format(Locale.ROOT, "%s:%d", file, line) : file;
        return field == null ? where + ": " + message : where + ": [" + field + "] " + message;
    }
}
