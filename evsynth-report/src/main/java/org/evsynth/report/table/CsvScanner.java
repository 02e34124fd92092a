package org.evsynth.report.table;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a study table's bytes into records and cells, as Commons CSV's RFC 4180 format does with cells trimmed and
 * empty lines skipped, without making a string of a cell until it is asked for, so that a table of a million
 * studies is read in one pass over its bytes. Lines end in LF, CR or CR LF; a cell is quoted when its first
 * character is {@code "}, and {@code ""} inside it is one quote; a line break in a quoted cell is part of the cell.
 *
 * <p>Cells are split on bytes: the delimiter, the quote and the line breaks are ASCII, which neither UTF-8 nor
 * Windows-1252 uses inside another character, so the split is the same as on the decoded text.
 */
final class CsvScanner {

    private static final byte COMMA = ',';
    private static final byte QUOTE = '"';
    private static final byte CR = '\r';
    private static final byte LF = '\n';
    private static final byte SPACE = ' ';

    /** Where the bytes cannot be split into cells, with the line it is on. */
    static final class Malformed extends Exception {

        private static final long serialVersionUID = 1L;

        private final long line;

        Malformed(long line, String problem) {
            super(problem, null, false, false);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private final byte[] bytes;
    private final int origin;
    private final Charset charset;
    private int pos;
    private long breaks;
    private int count;
    private int[] starts;
    private int[] ends;
    private boolean[] quoted;
    private int recordStart;
    private long line;

    /**
     * A scanner from a position: the start of the text (after a byte-order mark), or the start of a record read
     * before, to read its cells again.
     */
    CsvScanner(byte[] bytes, int from, Charset charset, int expectedCells) {
        this.bytes = bytes;
        this.origin = from;
        this.charset = charset;
        this.pos = from;
        int capacity = Math.max(1, expectedCells);
        this.starts = new int[capacity];
        this.ends = new int[capacity];
        this.quoted = new boolean[capacity];
    }

    /**
     * Reads the next record.
     *
     * @return false at the end of the text
     * @throws Malformed for a quoted cell that is never closed, or text after the closing quote of a cell
     */
    boolean next() throws Malformed {
        count = 0;
        while (pos < bytes.length && isLineBreak(bytes[pos]) && atLineStart()) {
            pos = lineBreakEnd(pos);
        }
        if (pos >= bytes.length) {
            return false;
        }
        recordStart = pos;
        boolean endedByLineBreak = readCells();
        line = endedByLineBreak ? breaks : breaks + 1;
        return true;
    }

    /** The cells of one record; true when it ended with a line break rather than the end of the text. */
    private boolean readCells() throws Malformed {
        while (true) {
            readCell();
            if (pos >= bytes.length) {
                return false;
            }
            if (bytes[pos] == COMMA) {
                pos++;
            } else {
                pos = lineBreakEnd(pos);
                return true;
            }
        }
    }

    /** One cell, up to the delimiter or line break after it (or the end of the text). */
    private void readCell() throws Malformed {
        if (pos >= bytes.length) {
            add(pos, pos, false);
        } else if (bytes[pos] == QUOTE) {
            int close = closingQuote();
            add(pos + 1, close, true);
            pos = close + 1;
            skipSpaceAfterQuote();
        } else {
            int start = pos;
            while (pos < bytes.length && bytes[pos] != COMMA && !isLineBreak(bytes[pos])) {
                pos++;
            }
            addTrimmed(start, pos);
        }
    }

    /** The position of the quote that closes the cell opened at {@code pos}, counting the line breaks inside. */
    private int closingQuote() throws Malformed {
        long startLine = breaks + 1;
        int i = pos + 1;
        while (i < bytes.length) {
            byte c = bytes[i];
            if (c == QUOTE) {
                if (i + 1 < bytes.length && bytes[i + 1] == QUOTE) {
                    i += 2;
                    continue;
                }
                return i;
            }
            if (c == CR || c == LF && bytes[i - 1] != CR) {
                breaks++;
            }
            i++;
        }
        throw new Malformed(startLine, "a quoted cell that starts on this line is never closed (an unterminated \")");
    }

    /** After a closing quote only white space may come before the delimiter or the end of the line. */
    private void skipSpaceAfterQuote() throws Malformed {
        while (pos < bytes.length && bytes[pos] != COMMA && !isLineBreak(bytes[pos])) {
            int width = whiteSpaceWidth(pos);
            if (width == 0) {
                throw new Malformed(breaks + 1, "text follows the closing quote of a quoted cell; a \" inside a "
                        + "quoted cell is written \"\"");
            }
            pos += width;
        }
    }

    /** The bytes of the white-space character at i ({@link Character#isWhitespace}), or 0 if it is not one. */
    private int whiteSpaceWidth(int i) {
        if (bytes[i] >= 0) {
            return Character.isWhitespace((char) bytes[i]) ? 1 : 0;
        }
        int width = charset == StandardCharsets.UTF_8 ? utf8Width(bytes[i]) : 1;
        if (i + width > bytes.length) {
            return 0;
        }
        CharBuffer decoded = charset.decode(ByteBuffer.wrap(bytes, i, width));
        return decoded.length() == 1 && Character.isWhitespace(decoded.get(0)) ? width : 0;
    }

    private static int utf8Width(byte lead) {
        int b = lead & 0xFF;
        return b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    }

    private boolean atLineStart() {
        return pos == origin || isLineBreak(bytes[pos - 1]);
    }

    private static boolean isLineBreak(byte b) {
        return b == LF || b == CR;
    }

    /** Past the line break at i (CR LF is one), counted. */
    private int lineBreakEnd(int i) {
        breaks++;
        return bytes[i] == CR && i + 1 < bytes.length && bytes[i + 1] == LF ? i + 2 : i + 1;
    }

    private void addTrimmed(int start, int end) {
        int s = start;
        int e = end;
        while (s < e && (bytes[s] & 0xFF) <= SPACE) {
            s++;
        }
        while (e > s && (bytes[e - 1] & 0xFF) <= SPACE) {
            e--;
        }
        add(s, e, false);
    }

    private void add(int start, int end, boolean isQuoted) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, 2 * count);
            ends = Arrays.copyOf(ends, 2 * count);
            quoted = Arrays.copyOf(quoted, 2 * count);
        }
        starts[count] = start;
        ends[count] = end;
        quoted[count] = isQuoted;
        count++;
    }

    /**
     * The text of one cell of a record read before, read again from where the record starts: the cells before it
     * are skipped, not kept.
     */
    static String cell(byte[] bytes, int recordStart, Charset charset, int cell) {
        CsvScanner scanner = new CsvScanner(bytes, recordStart, charset, 1);
        try {
            for (int i = 0; i < cell; i++) {
                scanner.skipCell();
            }
            scanner.readCell();
        } catch (Malformed e) {
            throw new IllegalStateException("a record that was read once reads again", e);
        }
        return scanner.text(0);
    }

    /** Past the next cell and its delimiter, as {@link #readCells} reads them. */
    private void skipCell() throws Malformed {
        readCell();
        count = 0;
        if (pos < bytes.length && bytes[pos] == COMMA) {
            pos++;
        }
    }

    /** The line of the record read, as Commons CSV counts it: the line it ends on (1 is the first). */
    long line() {
        return line;
    }

    /** Where the record read starts, to read it again later with a scanner from there. */
    int recordStart() {
        return recordStart;
    }

    /** The number of cells in the record read. */
    int cells() {
        return count;
    }

    /** The cell's text: decoded, a quoted cell's {@code ""} made one quote, trimmed as {@link String#trim}. */
    String text(int cell) {
        String text = new String(bytes, starts[cell], ends[cell] - starts[cell], charset);
        return quoted[cell] ? text.replace("\"\"", "\"").trim() : text;
    }

    /** Whether a cell is empty (after trimming). */
    boolean isEmpty(int cell) {
        return quoted[cell] ? text(cell).isEmpty() : starts[cell] == ends[cell];
    }

    /** Whether the cell was quoted: its bytes are not its text as they are. */
    boolean isQuoted(int cell) {
        return quoted[cell];
    }

    /** The bytes being scanned, to parse a plain cell in place. */
    byte[] bytes() {
        return bytes;
    }

    int start(int cell) {
        return starts[cell];
    }

    int end(int cell) {
        return ends[cell];
    }
}
