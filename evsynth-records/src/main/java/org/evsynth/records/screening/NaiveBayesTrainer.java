package org.evsynth.records.screening;

/**
 * Multinomial naive Bayes on TF-IDF vectors (McCallum &amp; Nigam 1998; scikit-learn's {@code MultinomialNB}),
 * ASReview LAB 1's default classifier, as a {@link LinearModel}. With additive smoothing alpha, the probability of
 * feature j in class c is theta_cj = (x_cj + alpha) / (x_c + alpha V), where x_cj sums feature j's values over the
 * class's training records, x_c sums x_cj over the V features; the log-odds of a record x is then
 * sum_j x_j (ln theta_1j - ln theta_0j) + ln(n_1 / n_0), linear in x. Training is one pass over the training rows'
 * nonzeros and one over the vocabulary, with no randomness, so it needs no seed. Class weights multiply each
 * record's contribution, as copies of it in the training set would.
 */
final class NaiveBayesTrainer {

    private NaiveBayesTrainer() {
    }

    /**
     * @param records  row numbers of the training records
     * @param includes for each, whether it is an include (both classes present: the caller checks)
     * @param alpha    the additive smoothing, greater than 0
     * @param classWeights the weight of an include and of an exclude
     */
    static LinearModel train(FeatureMatrix features, int[] records, boolean[] includes, double alpha,
                             double[] classWeights) {
        int vocabulary = features.features();
        double[] includeSums = new double[vocabulary];
        double[] excludeSums = new double[vocabulary];
        double includeTotal = 0;
        double excludeTotal = 0;
        double includeMass = 0;
        for (int i = 0; i < records.length; i++) {
            SparseVector row = features.row(records[i]);
            double[] sums = includes[i] ? includeSums : excludeSums;
            double weight = includes[i] ? classWeights[0] : classWeights[1];
            double total = 0;
            for (int k = 0; k < row.size(); k++) {
                sums[row.indices()[k]] += weight * row.values()[k];
                total += weight * row.values()[k];
            }
            if (includes[i]) {
                includeTotal += total;
                includeMass += weight;
            } else {
                excludeTotal += total;
            }
        }
        double includeNorm = Math.log(includeTotal + alpha * vocabulary);
        double excludeNorm = Math.log(excludeTotal + alpha * vocabulary);
        double[] weights = new double[vocabulary];
        for (int j = 0; j < vocabulary; j++) {
            weights[j] = Math.log(includeSums[j] + alpha) - includeNorm
                    - (Math.log(excludeSums[j] + alpha) - excludeNorm);
        }
        double excludeMass = 0;
        for (boolean include : includes) {
            excludeMass += include ? 0 : classWeights[1];
        }
        double logPriorOdds = Math.log(includeMass / excludeMass);
        return new LinearModel(weights, logPriorOdds);
    }
}
