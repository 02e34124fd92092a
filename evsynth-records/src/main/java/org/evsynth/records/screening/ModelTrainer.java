package org.evsynth.records.screening;

import java.util.Random;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;

/**
 * Trains a {@link LinearModel} with liblinear on labelled rows of a feature matrix. An intercept is learnt as
 * liblinear does, through a constant feature of value 1 (so it is regularised too, like scikit-learn's
 * {@code intercept_scaling=1}). liblinear's dual solvers visit the training records in a random order: the seed
 * makes that order, and so the model, the same on every run.
 */
final class ModelTrainer {

    static {
        Linear.disableDebugOutput();
    }

    private ModelTrainer() {
    }

    /**
     * Trains on the given records.
     *
     * @param records  row numbers of the training records
     * @param includes for each, whether it is an include
     * @param seed     seeds liblinear's random order
     * @throws IllegalArgumentException when the training set lacks an include or an exclude
     */
    static LinearModel train(FeatureMatrix features, int[] records, boolean[] includes, ModelSettings settings,
                             long seed) {
        return train(new LiblinearRows(features), records, includes, settings, seed);
    }

    /** As {@link #train(FeatureMatrix, int[], boolean[], ModelSettings, long)}, reusing rows already built. */
    static LinearModel train(LiblinearRows rows, int[] records, boolean[] includes, ModelSettings settings,
                             long seed) {
        FeatureMatrix features = rows.features();
        int positives = 0;
        for (boolean b : includes) {
            positives += b ? 1 : 0;
        }
        int negatives = records.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("training needs an include and an exclude; got " + positives
                    + " includes and " + negatives + " excludes");
        }
        if (settings.companion() != null) {
            LinearModel first = train(rows, records, includes, settings.alone(), seed);
            LinearModel second = train(rows, records, includes, settings.companion(), seed);
            return ScoreBlend.standardisedSum(features, first, second, settings.companionWeight());
        }
        if (settings.classifier() == Classifier.NAIVE_BAYES) {
            return NaiveBayesTrainer.train(features, records, includes, settings.cost(),
                    settings.weighting().weights(positives, negatives, settings.ratio()));
        }
        Problem problem = problem(rows, records, includes);
        Parameter parameter = new Parameter(settings.classifier().solver(), settings.cost(), settings.tolerance());
        double[] w = settings.weighting().weights(positives, negatives, settings.ratio());
        parameter.setWeights(w, new int[] {1, -1});
        parameter.setRandom(new Random(seed));
        Model model = Linear.train(problem, parameter);
        // liblinear's weights favour its first label, the first record's: includes come first (see problem)
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] raw = model.getFeatureWeights();
        double[] weights = new double[features.features()];
        for (int j = 0; j < weights.length; j++) {
            weights[j] = sign * raw[j];
        }
        return new LinearModel(weights, sign * raw[features.features()]);
    }

    private static Problem problem(LiblinearRows rows, int[] records, boolean[] includes) {
        Problem problem = new Problem();
        problem.l = records.length;
        problem.n = rows.dimension();
        problem.bias = 1;
        problem.y = new double[records.length];
        problem.x = new Feature[records.length][];
        int[] order = includesFirst(includes);
        for (int i = 0; i < records.length; i++) {
            int from = order[i];
            problem.x[i] = rows.row(records[from]);
            problem.y[i] = includes[from] ? 1 : -1;
        }
        return problem;
    }

    /** The training records' indexes, includes first, each group in decision order. */
    private static int[] includesFirst(boolean[] includes) {
        int[] order = new int[includes.length];
        int k = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < includes.length; i++) {
                if (includes[i] == (pass == 0)) {
                    order[k++] = i;
                }
            }
        }
        return order;
    }
}
