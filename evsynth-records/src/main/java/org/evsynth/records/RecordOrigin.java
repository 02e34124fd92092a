package org.evsynth.records;

/**
 * Where a record was read from.
 *
 * @param file     the file name as given to the reader
 * @param position 1-based position of the record within its file
 * @param line     1-based line of the file on which the record starts (0 when the format has no lines)
 */
public record RecordOrigin(String file, int position, int line) {

    public RecordOrigin {
        if (position < 1) {
            throw new IllegalArgumentException("position " + position + " in '" + file + "' is below 1");
        }
    }
}
