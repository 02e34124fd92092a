package org.evsynth.report.table;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.evsynth.report.format.CellText;

/** The cells of one row by column name, read from the table's text when asked for. Immutable. */
final class RowValues extends AbstractMap<String, String> {

    private final TableText text;
    private final int rowStart;

    RowValues(TableText text, int rowStart) {
        this.text = text;
        this.rowStart = rowStart;
    }

    @Override
    public String get(Object column) {
        return column instanceof String name ? text.cell(rowStart, name) : null;
    }

    @Override
    public boolean containsKey(Object column) {
        return text.columns().containsKey(column);
    }

    @Override
    public int size() {
        return text.header().size();
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        CsvScanner row = text.scan(rowStart);
        Map<String, String> all = new LinkedHashMap<>();
        for (int i = 0; i < text.header().size(); i++) {
            all.put(text.header().get(i), CellText.csvQuietly(row.text(i)));
        }
        return Collections.unmodifiableMap(all).entrySet();
    }
}
