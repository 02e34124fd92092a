package org.evsynth.stats.meta;

import java.util.List;

/** The test for subgroup differences from the subgroups' pooled estimates and standard errors. */
final class SubgroupDifferences {

    private SubgroupDifferences() {
    }

    /**
     * Q = Σ w_g (θ_g - θ̄)², w_g = 1/SE_g², θ̄ = Σw_gθ_g/Σw_g, on G - 1 degrees of freedom. The SE is the one
     * behind each subgroup's reported CI (HKSJ-adjusted when that method is used). Null with fewer than
     * two subgroups.
     */
    static SubgroupTest test(List<Subgroup> subgroups) {
        int groups = subgroups.size();
        if (groups < 2) {
            return null;
        }
        double[] theta = new double[groups];
        double[] variance = new double[groups];
        for (int g = 0; g < groups; g++) {
            PooledEffect pooled = subgroups.get(g).result().pooled();
            theta[g] = pooled.theta();
            variance[g] = pooled.se() * pooled.se();
        }
        double q = WeightedSums.at(theta, variance, 0).q();
        return new SubgroupTest(q, groups - 1, Quantiles.chiSquaredP(q, groups - 1));
    }
}
