package org.evsynth.records.dedup;

import java.util.Arrays;

/** An open-addressing set of longs, to remember candidate pairs without boxing millions of them. */
final class LongSet {

    private static final long EMPTY = -1L;
    private long[] table = new long[1 << 12];
    private int size;

    LongSet() {
        Arrays.fill(table, EMPTY);
    }

    /** Adds a non-negative value; true when it was not present. */
    boolean add(long value) {
        if (size * 2 >= table.length) {
            grow();
        }
        int mask = table.length - 1;
        int i = (int) mix(value) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = value;
        size++;
        return true;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        Arrays.fill(table, EMPTY);
        size = 0;
        for (long v : old) {
            if (v != EMPTY) {
                add(v);
            }
        }
    }

    private static long mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
