package org.evsynth.records.screening;

/**
 * A record's feature vector: the ids of its nonzero features in increasing order and their values. The arrays are
 * owned by the {@link FeatureMatrix} and never changed after it is built.
 *
 * @param indices feature ids, increasing
 * @param values  their weights
 */
public record SparseVector(int[] indices, float[] values) {

    /** The dot product with a dense weight vector. */
    public double dot(double[] weights) {
        double sum = 0;
        for (int i = 0; i < indices.length; i++) {
            sum += weights[indices[i]] * values[i];
        }
        return sum;
    }

    /** The number of nonzero features. */
    public int size() {
        return indices.length;
    }
}
