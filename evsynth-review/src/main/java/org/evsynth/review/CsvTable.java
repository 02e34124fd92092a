package org.evsynth.review;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A CSV file of a bulk import, read whole and checked before any row is applied: the header against the columns
 * the import knows (a misspelt one gets a did-you-mean), each row's number of cells against the header, quotes that
 * never close, and a file separated by ';' as spreadsheets in some locales save it. Every problem names the file,
 * line and column.
 */
final class CsvTable {

    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");

    private final String name;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String name, List<String> header, List<Row> rows) {
        this.name = name;
        this.header = header;
        this.rows = rows;
    }

    /** One data row: its 1-based line, and the cells by column name. */
    final class Row {
        private final long line;
        private final List<String> cells;

        private Row(long line, List<String> cells) {
            this.line = line;
            this.cells = cells;
        }

        long line() {
            return line;
        }

        /** The cell, or null when the column is absent or the cell blank. */
        String get(String column) {
            int i = header.indexOf(column);
            return i < 0 || cells.get(i).isBlank() ? null : cells.get(i);
        }

        /** The cell, which must not be blank. */
        String required(String column) {
            String v = get(column);
            if (v == null) {
                throw error(column, "'" + column + "' is empty");
            }
            return v;
        }

        long number(String column) {
            String v = required(column);
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw error(column, "'" + v + "' is not a whole number");
            }
        }

        /** A problem with a cell: "FILE line L: what (column C, name)". */
        InvalidInputException error(String column, String what) {
            int c = header.indexOf(column);
            return new InvalidInputException(column, String.format(Locale.ROOT, "%s line %d: %s (column %d, %s)", name,
                    line, what, c + 1, column));
        }

        /** A problem the review found with the row as a whole, such as its record's state. */
        InvalidInputException error(ReviewException e) {
            return new InvalidInputException(null, String.format(Locale.ROOT, "%s line %d: %s", name, line,
                    e.getMessage()), e);
        }
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * Reads the whole file.
     *
     * @param required columns every row must have
     * @param optional columns a file may have
     */
    static CsvTable read(CsvSource source, List<String> required, List<String> optional) {
        String text = slurp(source);
        String name = source.name();
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).build().parse(new StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException e) {
            throw unclosedQuote(name, text, e);
        }
        if (records.isEmpty()) {
            throw new InvalidInputException(null, name + " line 1: the file is empty; it needs the header "
                    + String.join(",", required));
        }
        List<String> header = checkHeader(name, records.get(0).toList(), required, optional);
        CsvTable table = new CsvTable(name, header, new ArrayList<>());
        for (int i = 1; i < records.size(); i++) {
            CSVRecord r = records.get(i);
            long line = r.getRecordNumber();
            List<String> cells = r.toList();
            if (cells.size() > header.size()) {
                throw new InvalidInputException(null, String.format(Locale.ROOT, "%s line %d: %d cells, but the "
                        + "header has %d columns (column %d is extra: quote a cell that holds a comma)", name, line,
                        cells.size(), header.size(), header.size() + 1));
            }
            if (cells.size() < header.size()) {
                throw new InvalidInputException(header.get(cells.size()), String.format(Locale.ROOT, "%s line %d: "
                        + "%d cells, but the header has %d columns (column %d, %s, is missing)", name, line,
                        cells.size(), header.size(), cells.size() + 1, header.get(cells.size())));
            }
            table.rows.add(table.new Row(line, cells));
        }
        return table;
    }

    private static String slurp(CsvSource source) {
        StringBuilder b = new StringBuilder();
        char[] buffer = new char[8192];
        try (Reader in = source.reader()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                b.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new InvalidInputException(null, "cannot read " + source.name() + ": " + e.getMessage(), e);
        }
        return b.length() > 0 && b.charAt(0) == '\uFEFF' ? b.substring(1) : b.toString();
    }

    private static List<String> checkHeader(String name, List<String> header, List<String> required,
            List<String> optional) {
        if (header.size() == 1 && header.get(0).contains(";")) {
            throw new InvalidInputException(null, String.format(Locale.ROOT, "%s line 1: the columns are separated "
                    + "by ';', not ',' (a spreadsheet's regional setting); save the file as comma-separated CSV "
                    + "with the columns %s", name, String.join(",", required)));
        }
        List<String> known = new ArrayList<>(required);
        known.addAll(optional);
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c);
            if (!known.contains(h)) {
                Optional<String> near = nearest(h, known);
                throw new InvalidInputException(h, String.format(Locale.ROOT, "%s line 1: unknown column '%s' "
                        + "(column %d)%s; the columns are %s", name, h, c + 1,
                        near.map(n -> "; did you mean '" + n + "'?").orElse(""), String.join(",", known)));
            }
            if (header.indexOf(h) != c) {
                throw new InvalidInputException(h, String.format(Locale.ROOT, "%s line 1: column '%s' appears twice "
                        + "(columns %d and %d)", name, h, header.indexOf(h) + 1, c + 1));
            }
        }
        for (String r : required) {
            if (!header.contains(r)) {
                throw new InvalidInputException(r, String.format(Locale.ROOT, "%s line 1: no column '%s'; the "
                        + "header needs %s", name, r, String.join(",", required)));
            }
        }
        return List.copyOf(header);
    }

    private static InvalidInputException unclosedQuote(String name, String text, Exception e) {
        Matcher m = START_LINE.matcher(String.valueOf(e.getMessage()));
        if (!m.find()) {
            return new InvalidInputException(null, name + ": not a CSV file: " + e.getMessage(), e);
        }
        int line = Integer.parseInt(m.group(1));
        String[] lines = text.split("\r?\n", -1);
        int column = line <= lines.length ? quotedColumn(lines[line - 1]) : 1;
        return new InvalidInputException(null, String.format(Locale.ROOT, "%s line %d: a quoted cell is never "
                + "closed (column %d starts with \" and the file ends before its closing \")", name, line, column), e);
    }

    /** The 1-based column of the last cell of the line that opens a quote. */
    private static int quotedColumn(String line) {
        int column = 1;
        int opening = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (!quoted && (i == 0 || line.charAt(i - 1) == ',')) {
                    opening = column;
                }
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                column++;
            }
        }
        return opening;
    }

    /** The known column within two edits of the word, if any (Levenshtein distance). */
    static Optional<String> nearest(String word, List<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = LevenshteinDistance.getDefaultInstance().apply(word.toLowerCase(Locale.ROOT), k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
