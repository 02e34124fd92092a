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
    ASREVIEW_RATIO,
    /**
     * ASReview LAB 1's "double" balance ({@code asreview/models/balance/double.py}), in expectation: ASReview draws
     * a training set of n records holding n_1' = n w_1 n_1 / (w_1 n_1 + w_0 n_0) includes (at least 1, at most
     * n - 2), with w_1 = a (n_1 / n_0)^-alpha and w_0 = 1 - (1 - b)(1 + ln n)^-beta (a = 2.155, alpha = 0.94,
     * b = 0.789, beta = 1), copying records and drawing the remainder at random; here each include weighs
     * n_1' / n_1 and each exclude (n - n_1') / n_0, the expected number of copies, so training needs no
     * random draw.
     */
    DOUBLE_BALANCE;

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
            case DOUBLE_BALANCE -> {
                double oneWeight = 2.155 * Math.pow((double) includes / excludes, -0.94);
                double zeroWeight = 1 - (1 - 0.789) / (1 + Math.log(n));
                double includesDrawn = oneWeight * includes * n / (oneWeight * includes + zeroWeight * excludes);
                includesDrawn = Math.max(1, Math.min(n - 2, includesDrawn));
                yield new double[] {includesDrawn / includes, (n - includesDrawn) / excludes};
            }
        };
    }
}
