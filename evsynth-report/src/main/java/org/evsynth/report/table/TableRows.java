package org.evsynth.report.table;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

import org.evsynth.stats.effect.StudyData;

/**
 * The rows of a table that was read, kept as their studies' data, their lines and where each starts in the file;
 * a {@link StudyRow} is made when one is read, and its cells are read from the file's text when asked for.
 * Immutable once read.
 */
final class TableRows extends AbstractList<StudyRow> implements RandomAccess {

    private final TableText text;
    private final StudyData[] data;
    private final long[] lines;
    private final int[] starts;

    private TableRows(TableText text, StudyData[] data, long[] lines, int[] starts) {
        this.text = text;
        this.data = data;
        this.lines = lines;
        this.starts = starts;
    }

    @Override
    public StudyRow get(int i) {
        return new StudyRow(lines[i], data[i], new RowValues(text, starts[i]));
    }

    @Override
    public int size() {
        return data.length;
    }

    /** The studies' data in file order. */
    List<StudyData> studies() {
        return Collections.unmodifiableList(Arrays.asList(data));
    }

    /** Collects the rows as they are read. */
    static final class Builder {

        private final TableText text;
        private StudyData[] data = new StudyData[64];
        private long[] lines = new long[64];
        private int[] starts = new int[64];
        private int size;

        Builder(TableText text) {
            this.text = text;
        }

        void add(StudyData study, long line, int start) {
            if (size == data.length) {
                data = Arrays.copyOf(data, 2 * size);
                lines = Arrays.copyOf(lines, 2 * size);
                starts = Arrays.copyOf(starts, 2 * size);
            }
            data[size] = study;
            lines[size] = line;
            starts[size] = start;
            size++;
        }

        boolean isEmpty() {
            return size == 0;
        }

        TableRows build() {
            return new TableRows(text, Arrays.copyOf(data, size), Arrays.copyOf(lines, size),
                    Arrays.copyOf(starts, size));
        }
    }
}
