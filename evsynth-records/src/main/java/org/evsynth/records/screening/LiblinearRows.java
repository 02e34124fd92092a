package org.evsynth.records.screening;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;

/**
 * The records' feature vectors in liblinear's form (one {@link FeatureNode} per nonzero, then the constant 1 of
 * the intercept), built once per record when it first enters a training set and reused by every later training.
 * liblinear reads the nodes and never changes them, so one screener's trainings share them. Building them anew
 * for each training cost as much as a tenth of the time of a retrain at 2,000 decisions, and the garbage of
 * millions of nodes; only records that have been decided are held, so at 100,000 records the cache stays small.
 * Safe between threads (a model trained ahead in the background reads it while the screener serves a request).
 */
final class LiblinearRows {

    private final FeatureMatrix features;
    private final Feature[][] rows;
    private final FeatureNode intercept;

    LiblinearRows(FeatureMatrix features) {
        this.features = features;
        this.rows = new Feature[features.size()][];
        this.intercept = new FeatureNode(features.features() + 1, 1.0);
    }

    FeatureMatrix features() {
        return features;
    }

    /** liblinear's number of features: the matrix's, plus the intercept's. */
    int dimension() {
        return features.features() + 1;
    }

    /** A record's row; feature ids are 1-based in liblinear. */
    synchronized Feature[] row(int record) {
        Feature[] row = rows[record];
        if (row == null) {
            SparseVector v = features.row(record);
            row = new Feature[v.size() + 1];
            for (int k = 0; k < v.size(); k++) {
                row[k] = new FeatureNode(v.indices()[k] + 1, v.values()[k]);
            }
            row[v.size()] = intercept;
            rows[record] = row;
        }
        return row;
    }
}
