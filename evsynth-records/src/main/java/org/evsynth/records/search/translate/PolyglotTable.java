package org.evsynth.records.search.translate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Polyglot's syntax table (IEBH/sra-polyglot, {@code test/data/v4.tsv}; provenance beside the resource): one row
 * per construct ("Title search", "Mesh search (exploded)"), one column per interface, each cell the interface's
 * way of writing it ({@code Term.ti.}, {@code Term[ti]}, {@code TITLE("Term")}).
 *
 * <p>The file is tab-separated with double-quoted cells that may hold tabs, newlines and doubled quotes; a header
 * names the columns, two of them "PubMed abbreviation", kept as "PubMed abbreviation" and "PubMed abbreviation 2".
 */
final class PolyglotTable {

    static final String RESOURCE = "sra-polyglot-v4.tsv";

    private static final PolyglotTable TABLE = read();

    private final List<Map<String, String>> rows;

    private PolyglotTable(List<Map<String, String>> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The table shipped with evsynth. */
    static PolyglotTable shipped() {
        return TABLE;
    }

    /** Rows in file order; each maps a column name to its cell (absent columns are empty). */
    List<Map<String, String>> rows() {
        return rows;
    }

    static PolyglotTable parse(String text) {
        List<List<String>> records = records(text);
        List<String> header = new ArrayList<>();
        for (String name : records.get(0)) {
            header.add(header.contains(name) ? name + " 2" : name);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < record.size() ? record.get(i).strip() : "");
            }
            rows.add(row);
        }
        return new PolyglotTable(rows);
    }

    /** RFC 4180 quoting with tabs for commas. */
    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == '\t') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }

    private static PolyglotTable read() {
        try (InputStream in = PolyglotTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the evsynth-records jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
