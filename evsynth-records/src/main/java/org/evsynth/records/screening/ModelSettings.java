package org.evsynth.records.screening;

import java.util.Locale;

/**
 * The classifier and how it is trained, and optionally a second classifier blended with it. Immutable.
 *
 * <p>A blend adds the two models' scores, each standardised over the records being ranked (z-scores: minus its
 * mean, over its standard deviation), the companion's times {@code companionWeight}; a sum of two linear scores is
 * linear, so the blend is one {@link LinearModel} whose weights explain a ranking as a single model's do. Combining
 * a discriminative and a generative classifier is the oldest way to get a ranking that is robust where either
 * alone fails (Ng &amp; Jordan 2001: naive Bayes is better with few training records, logistic regression with
 * many); in the simulations on the Cohen et al. (2006) sets the blend was never far behind the better of the two
 * on any set, where each alone fell 15 points behind the other on some.
 *
 * @param classifier the classifier
 * @param cost       liblinear's C, the inverse of the regularisation strength; for {@link Classifier#NAIVE_BAYES}
 *                   the additive smoothing alpha (naive Bayes has no class weights or tolerance: those are ignored)
 * @param weighting  how the two classes are weighted
 * @param ratio      the include-to-exclude weight ratio of {@link ClassWeighting#ASREVIEW_RATIO}
 * @param tolerance  liblinear's stopping tolerance
 * @param companion  a classifier blended with this one, or null for none (a companion has no companion)
 * @param companionWeight the companion's standardised score's weight in the blend, positive with a companion
 */
public record ModelSettings(Classifier classifier, double cost, ClassWeighting weighting, double ratio,
                            double tolerance, ModelSettings companion, double companionWeight) {

    public ModelSettings {
        if (classifier == null || weighting == null) {
            throw new IllegalArgumentException("classifier and class weighting must be given");
        }
        if (!(cost > 0) || !(ratio > 0) || !(tolerance > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "C (%s), ratio (%s) and tolerance (%s) must be positive", cost, ratio, tolerance));
        }
        if (companion != null && (companion.companion() != null || !(companionWeight > 0))) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a blended classifier needs a positive weight (%s) and no companion of its own",
                    companionWeight));
        }
    }

    /** One classifier, not blended. */
    public ModelSettings(Classifier classifier, double cost, ClassWeighting weighting, double ratio,
                         double tolerance) {
        this(classifier, cost, weighting, ratio, tolerance, null, 0);
    }

    /**
     * evsynth's classifier: logistic regression (C = 1, balanced class weights, liblinear's tolerance 0.01)
     * blended with multinomial naive Bayes as ASReview LAB 1 trains it ({@link #asReviewNaiveBayes()}), whose
     * standardised score weighs twice the regression's. The weight was chosen among 0.5, 1 and 2 in simulations
     * on the Cohen et al. (2006) sets: 2 kept every set within 4 points of naive Bayes alone where it is strong
     * (small sets, many includes), at no cost elsewhere.
     */
    public static ModelSettings defaults() {
        return logisticRegression().blendedWith(asReviewNaiveBayes(), 2);
    }

    /** Logistic regression alone: C = 1, balanced class weights, liblinear's tolerance 0.01. */
    public static ModelSettings logisticRegression() {
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
        return new ModelSettings(value, cost, weighting, ratio, tolerance, companion, companionWeight);
    }

    public ModelSettings withCost(double value) {
        return new ModelSettings(classifier, value, weighting, ratio, tolerance, companion, companionWeight);
    }

    public ModelSettings withWeighting(ClassWeighting value, double newRatio) {
        return new ModelSettings(classifier, cost, value, newRatio, tolerance, companion, companionWeight);
    }

    /** This classifier blended with another, whose standardised score weighs {@code weight}. */
    public ModelSettings blendedWith(ModelSettings other, double weight) {
        return new ModelSettings(classifier, cost, weighting, ratio, tolerance, other, weight);
    }

    /** This classifier alone, without its companion. */
    public ModelSettings alone() {
        return new ModelSettings(classifier, cost, weighting, ratio, tolerance);
    }

    /**
     * Whether a record's score is a log-odds, so that a probability can be shown: a probabilistic classifier,
     * not blended (a sum of standardised scores is a ranking, not a log-odds).
     */
    public boolean probabilistic() {
        return classifier.probabilistic() && companion == null;
    }

    /** A canonical one-line description, for provenance. */
    public String describe() {
        if (companion != null) {
            return String.format(Locale.ROOT, "z(%s) + %s z(%s), z-scores over the records", alone().describe(),
                    companionWeight, companion.describe());
        }
        if (classifier == Classifier.NAIVE_BAYES) {
            return String.format(Locale.ROOT, "multinomial_naive_bayes(alpha=%s, weights=%s)", cost,
                    weighting.name().toLowerCase(Locale.ROOT));
        }
        return String.format(Locale.ROOT, "liblinear %s(C=%s, weights=%s%s, eps=%s)",
                classifier.name().toLowerCase(Locale.ROOT), cost, weighting.name().toLowerCase(Locale.ROOT),
                weighting == ClassWeighting.ASREVIEW_RATIO ? "(" + ratio + ")" : "", tolerance);
    }
}
