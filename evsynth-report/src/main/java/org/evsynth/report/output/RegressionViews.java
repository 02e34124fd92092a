package org.evsynth.report.output;

import java.util.List;

import org.evsynth.stats.regression.ClusterRobustResult;
import org.evsynth.stats.regression.LinearCombination;
import org.evsynth.stats.regression.ModelComparison;
import org.evsynth.stats.regression.Prediction;
import org.evsynth.stats.regression.SubsetTest;

/**
 * The views of a meta-regression a user asked for, each a function of the fit (metafor's anova, predict and robust
 * on an rma object); null or empty when not asked for.
 *
 * @param subsetTest the test of a set of coefficients, or null
 * @param lincombs linear combinations of the coefficients, in the order asked
 * @param predictions predicted effects at moderator values, in the order asked
 * @param comparison the likelihood-ratio test against a reduced model, or null
 * @param robust cluster-robust inference, or null
 */
public record RegressionViews(SubsetTest subsetTest, List<LinearCombination> lincombs, List<Prediction> predictions,
                              ModelComparison comparison, ClusterRobustResult robust) {

    /** Copies the lists. */
    public RegressionViews {
        lincombs = List.copyOf(lincombs);
        predictions = List.copyOf(predictions);
    }

    /** No views. */
    public static RegressionViews none() {
        return new RegressionViews(null, List.of(), List.of(), null, null);
    }
}
