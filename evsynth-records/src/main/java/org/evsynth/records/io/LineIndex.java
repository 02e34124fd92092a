package org.evsynth.records.io;

import java.util.Arrays;

/**
 * The 1-based line of any position in a text, counting a line break at CRLF, CR or LF as {@link TextLines}
 * and XML parsers do, so that every reader numbers the lines of one file alike.
 */
final class LineIndex {

    private final int[] starts;
    private final int length;

    LineIndex(String text) {
        int[] found = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(found, count);
        this.length = text.length();
    }

    /** The line of the character at offset (the last line for offsets at or past the end). */
    int lineAt(int offset) {
        int i = Arrays.binarySearch(starts, Math.min(offset, length));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The 1-based column of the character at offset. */
    int columnAt(int offset) {
        return Math.min(offset, length) - starts[lineAt(offset) - 1] + 1;
    }

    /** The offset of a 1-based line and column, clamped to the text. */
    int offsetOf(int line, int column) {
        int start = starts[Math.max(0, Math.min(line, starts.length) - 1)];
        return Math.min(length, start + Math.max(0, column - 1));
    }

    /** How many lines the text has (a final line break does not start another). */
    int lines() {
        return starts[starts.length - 1] == length && length > 0 ? starts.length - 1 : starts.length;
    }
}
