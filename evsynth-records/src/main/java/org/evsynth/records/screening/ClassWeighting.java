package org.evsynth.records.screening;

/**
 * How includes and excludes are weighted in training. Includes are rare (often 1 to 5% of records), and an
 * unweighted classifier learns to call everything an exclude.
 */
public enum ClassWeighting {
    /**
     * scikit-learn's {@code class_weight="balanced"}: each class weighs n / (2 n_c), so both classes carry the
     * same total weight whatever their sizes (King &amp; Zeng 2001).
     */
    BALANCED,
    /**
     * ASReview LAB 2's {@code Balanced(ratio)} sample weights: includes weigh 1 and excludes n_include / (ratio
     * n_exclude), then all are scaled to sum to n; the includes carry {@code ratio} times the excludes' weight.
     */
    ASREVIEW_RATIO;

    /**
     * The weights of an include and of an exclude.
     *
     * @param includes the number of includes in the training set
     * @param excludes the number of excludes
     * @param ratio    the ratio for {@link #ASREVIEW_RATIO}; ignored otherwise
     */
    double[] weights(int includes, int excludes, double ratio) {
        double n = includes + excludes;
        return switch (this) {
            case BALANCED -> new double[] {n / (2.0 * includes), n / (2.0 * excludes)};
            case ASREVIEW_RATIO -> {
                double include = 1;
                double exclude = includes / (ratio * excludes);
                double scale = n / (includes * include + excludes * exclude);
                yield new double[] {include * scale, exclude * scale};
            }
        };
    }
}
