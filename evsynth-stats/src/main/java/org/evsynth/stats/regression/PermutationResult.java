package org.evsynth.stats.regression;

import java.util.List;

/**
 * A permutation test of a meta-regression (Higgins & Thompson 2004; Viechtbauer et al. 2015): the rows of the
 * model matrix are shuffled against the effects, the model refitted, and each p-value is the share of
 * permutations whose statistic is at least as extreme: (1 + b)/(1 + n) for n random permutations, the observed
 * data counted as one (Phipson & Smyth 2010), or b/k! when all k! orderings are enumerated.
 *
 * @param iterations permutations drawn, or k! for the exact test
 * @param seed the random seed, so the test can be repeated exactly (unused by the exact test)
 * @param exact whether every ordering was enumerated
 * @param qmP permutation p-value of the omnibus test
 * @param coefficientP permutation p-value of each coefficient's statistic, in coefficient order
 */
public record PermutationResult(int iterations, long seed, boolean exact, double qmP, List<Double> coefficientP) {

    /** Copies the list. */
    public PermutationResult {
        coefficientP = List.copyOf(coefficientP);
    }
}
