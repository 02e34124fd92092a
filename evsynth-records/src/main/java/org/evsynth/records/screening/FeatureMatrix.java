package org.evsynth.records.screening;

import java.util.List;

/**
 * The TF-IDF vectors of a set of records, rows L2-normalised, with the vocabulary that names each feature.
 *
 * @param settings how the vectors were made
 * @param terms    the feature names (terms and "term term" bigrams), indexed by feature id
 * @param display  for each feature, the words as they were first written, to show a reviewer
 * @param rows     one vector per record, in record order
 */
public record FeatureMatrix(FeatureSettings settings, List<String> terms, List<String> display,
                            List<SparseVector> rows) {

    public FeatureMatrix {
        terms = List.copyOf(terms);
        display = List.copyOf(display);
        rows = List.copyOf(rows);
    }

    /** The number of records. */
    public int size() {
        return rows.size();
    }

    /** The number of features. */
    public int features() {
        return terms.size();
    }

    /** The vector of one record. */
    public SparseVector row(int record) {
        return rows.get(record);
    }
}
