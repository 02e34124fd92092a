package org.evsynth.review;

import java.io.Reader;

/**
 * A CSV file to import in bulk: its name, for messages, and its text. The import reads it whole and checks every row
 * before it applies any.
 *
 * @param name   the file's name as the person gave it
 * @param reader the text (UTF-8 files with or without a byte-order mark)
 */
public record CsvSource(String name, Reader reader) {
}
