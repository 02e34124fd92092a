package org.evsynth.records.screening;

import de.bwaldvogel.liblinear.SolverType;

/**
 * The linear classifiers that can rank records: those of liblinear (Fan et al. 2008), and multinomial naive Bayes
 * for the comparison with ASReview LAB 1.
 */
public enum Classifier {
    /**
     * L2-regularised logistic regression, solved in the primal by a trust-region Newton method (Lin, Weng &amp;
     * Keerthi 2008). Its decision value is the log-odds of relevance, so a reviewer can be shown a probability.
     * Every model is trained from zero: starting from the previous model would be faster but would make a
     * ranking depend on the history of calls, not only on the decisions.
     */
    LOGISTIC_REGRESSION(SolverType.L2R_LR, "L2-regularised logistic regression", true),
    /**
     * The same model solved in the dual by coordinate descent (Yu, Huang &amp; Lin 2011): its work per pass is the
     * training rows' nonzeros, where the primal Newton method's conjugate-gradient steps also sweep every
     * feature of the vocabulary (at 100,000 records, 570,000 of them, most absent from the training rows).
     */
    LOGISTIC_REGRESSION_DUAL(SolverType.L2R_LR_DUAL, "L2-regularised logistic regression (dual solver)", true),
    /**
     * L2-regularised L2-loss (squared hinge) linear support vector machine, solved in the dual by coordinate
     * descent (Hsieh et al. 2008): scikit-learn's {@code LinearSVC}, ASReview LAB 2's default classifier.
     */
    LINEAR_SVM(SolverType.L2R_L2LOSS_SVC_DUAL, "L2-regularised L2-loss linear SVM", false),
    /**
     * Multinomial naive Bayes ({@link NaiveBayesTrainer}), ASReview LAB 1's default classifier; its
     * {@link ModelSettings#cost()} is the additive smoothing alpha. Its decision value is a log-odds, but a naive
     * Bayes model's probabilities are notoriously overconfident, so none is shown.
     */
    NAIVE_BAYES(null, "multinomial naive Bayes", false);

    private final SolverType solver;
    private final String description;

    private final boolean probabilistic;

    Classifier(SolverType solver, String description, boolean probabilistic) {
        this.solver = solver;
        this.description = description;
        this.probabilistic = probabilistic;
    }

    /** Whether the decision value is a log-odds, so that a probability can be shown. */
    public boolean probabilistic() {
        return probabilistic;
    }

    /** liblinear's solver; null for {@link #NAIVE_BAYES}, which liblinear does not train. */
    SolverType solver() {
        return solver;
    }

    /** What the classifier is, in words. */
    public String description() {
        return description;
    }
}
