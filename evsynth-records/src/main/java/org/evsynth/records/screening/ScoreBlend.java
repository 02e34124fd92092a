package org.evsynth.records.screening;

/**
 * The sum of two linear models' scores, each standardised over the records being ranked: z_a(x) + w z_b(x), with
 * z(x) = (score(x) - mean) / sd over every record of the matrix, labelled or not. Standardising puts a logistic
 * regression's log-odds and a naive Bayes model's (much wider) log-likelihood ratio on one scale, so that the
 * weight says how much each counts. A sum of linear functions is linear: the blend is one {@link LinearModel}.
 */
final class ScoreBlend {

    private ScoreBlend() {
    }

    static LinearModel standardisedSum(FeatureMatrix features, LinearModel a, LinearModel b, double weightOfB) {
        Moments ma = Moments.of(features, a);
        Moments mb = Moments.of(features, b);
        double[] weights = new double[a.weights().length];
        for (int j = 0; j < weights.length; j++) {
            weights[j] = a.weights()[j] / ma.sd() + weightOfB * b.weights()[j] / mb.sd();
        }
        double bias = (a.bias() - ma.mean()) / ma.sd() + weightOfB * (b.bias() - mb.mean()) / mb.sd();
        return new LinearModel(weights, bias);
    }

    /** The mean and standard deviation of a model's scores over the records; sd 1 when every score is equal. */
    private record Moments(double mean, double sd) {

        static Moments of(FeatureMatrix features, LinearModel model) {
            int n = features.size();
            double mean = 0;
            double squares = 0;
            // Welford's update: no cancellation when the scores are large and close together
            for (int r = 0; r < n; r++) {
                double score = model.score(features.row(r));
                double delta = score - mean;
                mean += delta / (r + 1);
                squares += delta * (score - mean);
            }
            double sd = n > 1 ? Math.sqrt(squares / n) : 0;
            return new Moments(mean, sd > 0 ? sd : 1);
        }
    }
}
