package org.evsynth.records.screening;

import java.util.Locale;

/**
 * The classifier and how it is trained. Immutable.
 *
 * @param classifier the classifier
 * @param cost       liblinear's C, the inverse of the regularisation strength; for {@link Classifier#NAIVE_BAYES}
 *                   the additive smoothing alpha (naive Bayes has no class weights or tolerance: those are ignored)
 * @param weighting  how the two classes are weighted
 * @param ratio      the include-to-exclude weight ratio of {@link ClassWeighting#ASREVIEW_RATIO}
 * @param tolerance  liblinear's stopping tolerance
 */
public record ModelSettings(Classifier classifier, double cost, ClassWeighting weighting, double ratio,
                            double tolerance) {

    public ModelSettings {
        if (classifier == null || weighting == null) {
            throw new IllegalArgumentException("classifier and class weighting must be given");
        }
        if (!(cost > 0) || !(ratio > 0) || !(tolerance > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "C (%s), ratio (%s) and tolerance (%s) must be positive", cost, ratio, tolerance));
        }
    }

    /** evsynth's classifier: logistic regression, C = 1, balanced class weights, liblinear's tolerance 0.01. */
    public static ModelSettings defaults() {
        return new ModelSettings(Classifier.LOGISTIC_REGRESSION, 1.0, ClassWeighting.BALANCED, 1.0, 0.01);
    }

    /**
     * ASReview LAB 2's ELAS u4 classifier: {@code LinearSVC(C=0.11, loss="squared_hinge")} with
     * {@code Balanced(ratio=9.8)} sample weights and scikit-learn's tolerance 1e-4.
     */
    public static ModelSettings asReviewElasU4() {
        return new ModelSettings(Classifier.LINEAR_SVM, 0.11, ClassWeighting.ASREVIEW_RATIO, 9.8, 1e-4);
    }

    /**
     * ASReview LAB 1's default classifier: scikit-learn's {@code MultinomialNB(alpha=3.822)} (asreview 1.x,
     * {@code asreview/models/classifiers/nb.py}) with its "double" balance, in expectation.
     */
    public static ModelSettings asReviewNaiveBayes() {
        return new ModelSettings(Classifier.NAIVE_BAYES, 3.822, ClassWeighting.DOUBLE_BALANCE, 1.0, 0.01);
    }

    public ModelSettings withClassifier(Classifier value) {
        return new ModelSettings(value, cost, weighting, ratio, tolerance);
    }

    public ModelSettings withCost(double value) {
        return new ModelSettings(classifier, value, weighting, ratio, tolerance);
    }

    public ModelSettings withWeighting(ClassWeighting value, double newRatio) {
        return new ModelSettings(classifier, cost, value, newRatio, tolerance);
    }

    /** A canonical one-line description, for provenance. */
    public String describe() {
        if (classifier == Classifier.NAIVE_BAYES) {
            return String.format(Locale.ROOT, "multinomial_naive_bayes(alpha=%s, weights=%s)", cost,
                    weighting.name().toLowerCase(Locale.ROOT));
        }
        return String.format(Locale.ROOT, "liblinear %s(C=%s, weights=%s%s, eps=%s)",
                classifier.name().toLowerCase(Locale.ROOT), cost, weighting.name().toLowerCase(Locale.ROOT),
                weighting == ClassWeighting.ASREVIEW_RATIO ? "(" + ratio + ")" : "", tolerance);
    }
}
