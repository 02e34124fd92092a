package org.evsynth.records.io;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 rows: fields separated by a delimiter, optionally quoted with '"', quotes doubled inside quotes,
 * line breaks allowed inside quotes. The delimiter (comma, tab or semicolon) is the one that occurs most
 * often, outside quotes, on the first line.
 */
final class CsvParser {

    /** One row and the 1-based line it starts on. */
    record Row(List<String> cells, int line) {
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

    /** Rows with an unterminated quote at the end of the text are returned as read, flagged by the caller via {@link #endsInsideQuotes}. */
    static List<Row> parse(String text, char delimiter) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' || c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n') ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                addRow(rows, cells, rowLine);
                cells = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            addRow(rows, cells, rowLine);
        }
        return rows;
    }

    static boolean endsInsideQuotes(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                quoted = !quoted;
            }
        }
        return quoted;
    }

    private static void addRow(List<Row> rows, List<String> cells, int line) {
        boolean empty = cells.stream().allMatch(String::isBlank);
        if (!empty) {
            rows.add(new Row(cells, line));
        }
    }
}
