package org.evsynth.records.screening;

import de.bwaldvogel.liblinear.SolverType;

/** The linear classifiers of liblinear (Fan et al. 2008) that can rank records. */
public enum Classifier {
    /**
     * L2-regularised logistic regression, solved in the primal by a trust-region Newton method (Lin, Weng &amp;
     * Keerthi 2008). Its decision value is the log-odds of relevance, so a reviewer can be shown a probability.
     * Every model is trained from zero: starting from the previous model would be faster but would make a
     * ranking depend on the history of calls, not only on the decisions.
     */
    LOGISTIC_REGRESSION(SolverType.L2R_LR, "L2-regularised logistic regression"),
    /**
     * L2-regularised L2-loss (squared hinge) linear support vector machine, solved in the dual by coordinate
     * descent (Hsieh et al. 2008): scikit-learn's {@code LinearSVC}, ASReview LAB 2's default classifier.
     */
    LINEAR_SVM(SolverType.L2R_L2LOSS_SVC_DUAL, "L2-regularised L2-loss linear SVM");

    private final SolverType solver;
    private final String description;

    Classifier(SolverType solver, String description) {
        this.solver = solver;
        this.description = description;
    }

    SolverType solver() {
        return solver;
    }

    /** What the classifier is, in words. */
    public String description() {
        return description;
    }
}
