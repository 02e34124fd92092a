package org.evsynth.records.io;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 rows: fields separated by a delimiter, optionally quoted with '"', quotes doubled inside quotes,
 * line breaks allowed inside quotes. The delimiter (comma, tab or semicolon) is the one that occurs most
 * often, outside quotes, on the first line.
 */
final class CsvParser {

    /**
     * One row.
     *
     * @param cells     the cells, quotes removed
     * @param line      the 1-based line the row starts on
     * @param cellLines the line each cell starts on
     */
    record Row(List<String> cells, int line, List<Integer> cellLines) {
    }

    /**
     * The rows of a text and how it ended.
     *
     * @param rows            rows with at least one non-blank cell
     * @param unclosedQuoteAt the line on which a quoted cell opens that the text ends inside, 0 when none
     * @param lastRowComplete whether the last row ended with a line break (a cut file's does not)
     */
    record Table(List<Row> rows, int unclosedQuoteAt, boolean lastRowComplete) {
    }

    private CsvParser() {
    }

    static char detectDelimiter(String text) {
        int comma = 0;
        int tab = 0;
        int semicolon = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
            }
        }
        if (tab >= comma && tab >= semicolon && tab > 0) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    /** The rows; a quoted cell still open at the end of the text is kept as read and reported in the table. */
    static Table parse(String text, char delimiter) {
        return new Scan(text, delimiter).table();
    }

    /** One pass over the text. */
    private static final class Scan {
        private final String text;
        private final char delimiter;
        private final List<Row> rows = new ArrayList<>();
        private List<String> cells = new ArrayList<>();
        private List<Integer> cellLines = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();
        private int line = 1;
        private int rowLine = 1;
        private int cellLine = 1;
        private int quoteLine;

        Scan(String text, char delimiter) {
            this.text = text;
            this.delimiter = delimiter;
        }

        Table table() {
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (quoteLine > 0) {
                    i = quoted(c, i);
                } else if (c == '"' && cell.toString().isBlank()) {
                    cell.setLength(0);
                    quoteLine = line;
                } else if (c == delimiter) {
                    endCell();
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    endCell();
                    endRow();
                    line++;
                    rowLine = line;
                    cellLine = line;
                } else {
                    cell.append(c);
                }
            }
            boolean complete = cell.length() == 0 && cells.isEmpty() && quoteLine == 0;
            if (!complete) {
                endCell();
                endRow();
            }
            return new Table(rows, quoteLine, complete);
        }

        /** A character inside quotes; returns the index of the last character used. */
        private int quoted(char c, int i) {
            if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                cell.append('"');
                return i + 1;
            }
            if (c == '"') {
                quoteLine = 0;
            } else {
                line += c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n') ? 1 : 0;
                cell.append(c);
            }
            return i;
        }

        private void endCell() {
            cells.add(cell.toString());
            cellLines.add(cellLine);
            cell.setLength(0);
            cellLine = line;
        }

        private void endRow() {
            if (!cells.stream().allMatch(String::isBlank)) {
                rows.add(new Row(cells, rowLine, cellLines));
            }
            cells = new ArrayList<>();
            cellLines = new ArrayList<>();
        }
    }
}
