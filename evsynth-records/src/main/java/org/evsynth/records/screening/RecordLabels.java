package org.evsynth.records.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.evsynth.records.BibRecord;

/**
 * The true labels of a labelled record file, read from one column (or tag) of each record as the export had it
 * ({@link BibRecord#original()}): a record is relevant when its value is one of the include values, compared
 * without regard to case, and irrelevant otherwise.
 */
public final class RecordLabels {

    /** The columns tried, in order, when none is named: ASReview's and the Cohen et al. (2006) sets'. */
    public static final List<String> DEFAULT_COLUMNS = List.of("label_included", "included", "label", "label1");

    /** The include values when none are given. */
    public static final List<String> DEFAULT_INCLUDE_VALUES = List.of("1", "I", "include", "included", "yes", "y",
            "true");

    private RecordLabels() {
    }

    /**
     * The column to read: the one named, or the first of {@link #DEFAULT_COLUMNS} that the first record has.
     *
     * @throws IllegalArgumentException naming the file and the columns it has when there is no such column
     */
    public static String column(List<BibRecord> records, String named, String file) {
        Set<String> available = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (!records.isEmpty()) {
            available.addAll(records.get(0).original().keySet());
        }
        List<String> wanted = named == null ? DEFAULT_COLUMNS : List.of(named);
        for (String column : wanted) {
            if (available.contains(column)) {
                return column;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: no label column %s; the records have %s",
                file, named == null ? "(tried " + String.join(", ", DEFAULT_COLUMNS) + ")" : "'" + named + "'",
                available));
    }

    /**
     * The labels.
     *
     * @throws IllegalArgumentException naming the file, line and column of the first record whose label is
     *                                  missing or blank
     */
    public static boolean[] read(List<BibRecord> records, String column, List<String> includeValues) {
        Set<String> includes = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        includeValues.forEach(v -> includes.add(v.strip()));
        boolean[] out = new boolean[records.size()];
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < records.size() && problems.isEmpty(); i++) {
            String value = value(records.get(i).original(), column);
            if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("NA")) {
                BibRecord r = records.get(i);
                problems.add(String.format(Locale.ROOT, "%s, line %d, column %s: the record has no label",
                        r.origin() == null ? "records" : r.origin().file(), r.origin() == null ? i + 1
                                : r.origin().line(), column));
            } else {
                out[i] = includes.contains(value.strip());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0));
        }
        return out;
    }

    private static String value(Map<String, List<String>> original, String column) {
        for (Map.Entry<String, List<String>> e : original.entrySet()) {
            if (e.getKey().strip().equalsIgnoreCase(column) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
