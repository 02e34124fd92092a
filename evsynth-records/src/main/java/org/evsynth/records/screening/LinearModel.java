package org.evsynth.records.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A trained linear scorer: score(x) = w &middot; x + b, higher meaning more likely an include.
 *
 * @param weights one weight per feature
 * @param bias    the intercept
 */
public record LinearModel(double[] weights, double bias) {

    /** The decision value of a record's vector. */
    public double score(SparseVector x) {
        return x.dot(weights) + bias;
    }

    /**
     * The features that raise this record's score most: the largest positive products w_j x_j, largest first.
     *
     * @param features the matrix whose vocabulary names the features
     * @param limit    how many to return at most
     */
    public List<TermWeight> explain(FeatureMatrix features, SparseVector x, int limit) {
        PriorityQueue<TermWeight> top = new PriorityQueue<>(
                (a, b) -> Double.compare(a.contribution(), b.contribution()));
        for (int i = 0; i < x.size(); i++) {
            int feature = x.indices()[i];
            double contribution = weights[feature] * x.values()[i];
            if (contribution > 0) {
                top.add(new TermWeight(features.display().get(feature), contribution));
                if (top.size() > limit) {
                    top.poll();
                }
            }
        }
        List<TermWeight> out = new ArrayList<>(top);
        out.sort((a, b) -> Double.compare(b.contribution(), a.contribution()));
        return out;
    }
}
