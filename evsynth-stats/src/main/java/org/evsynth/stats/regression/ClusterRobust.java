package org.evsynth.stats.regression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.PooledEffect;
import org.evsynth.stats.meta.Pooling;
import org.evsynth.stats.meta.StudyResult;

/**
 * Cluster-robust (sandwich) standard errors for a meta-analysis or meta-regression whose studies come in clusters
 * (several effects from one study, schools in one district), as metafor's {@code robust(x, cluster, adjust = TRUE)}
 * (Hedges, Tipton & Johnson 2010; Cameron & Miller 2015): with the model's weights W, residuals e = y - Xβ̂ and
 * B = (X'WX)⁻¹, Var(β̂) = n/(n - p) · B [Σ_c X_c'W_c e_c e_c' W_c X_c] B over the n clusters (the CR1 small-sample
 * adjustment), and t and F tests on n - p degrees of freedom.
 *
 * <p>The weights are the model's own, 1/(vᵢ + τ²) or the user's; the Hartung-Knapp factor plays no part (metafor
 * 3.8 multiplies its bread by it when the model was fitted with {@code test = "knha"}; the sandwich is the same
 * whatever interval the model was fitted for, so here it is not).
 */
public final class ClusterRobust {

    private ClusterRobust() {
    }

    /**
     * The pooled effect of an inverse-variance analysis with its cluster-robust SE, t test on n - 1 degrees of
     * freedom and CI (natural scale, as the pooled estimate).
     *
     * @param clusters the cluster of each pooled study, in the order of {@code result.studies()}
     * @throws IllegalArgumentException for Mantel-Haenszel or Peto pooling, a single study, a list of the wrong
     *                                  length or with an empty label, or fewer than 2 clusters
     */
    public static PooledEffect of(MetaAnalysisResult result, List<String> clusters) {
        if (result.pooling() != Pooling.IV) {
            throw new IllegalArgumentException("cluster-robust standard errors are for inverse-variance models, not "
                    + result.pooling());
        }
        int k = result.k();
        if (k < 2) {
            throw new IllegalArgumentException("cluster-robust standard errors need at least 2 studies, got " + k);
        }
        double[] w = result.studies().stream().mapToDouble(StudyResult::weight).toArray();
        List<String> labels = result.studies().stream().map(StudyResult::study).toList();
        double theta = result.pooled().theta();
        ClusterRobustResult robust = sandwich(Matrices.interceptOnly(k), result.studyThetas(), w,
                new double[] {theta}, List.of("intercept"), checked(clusters, labels), result.level());
        Coefficient c = robust.coefficients().get(0);
        return new PooledEffect(theta, c.se(), result.natural().toNatural(theta),
                result.natural().toNatural(c.ciLower()), result.natural().toNatural(c.ciUpper()), c.statistic(),
                c.pValue(), robust.df());
    }

    /** A meta-regression's coefficients with cluster-robust errors; clusters in the order of the fitted effects. */
    static ClusterRobustResult of(RegressionFit fit, List<String> clusters) {
        List<String> labels = new ArrayList<>(fit.k());
        for (int i = 0; i < fit.k(); i++) {
            labels.add("study " + (i + 1));
        }
        return sandwich(fit.x().rows(), fit.y(), fit.weights(), fit.beta(), fit.x().names(), checked(clusters, labels),
                fit.level());
    }

    private static List<String> checked(List<String> clusters, List<String> studies) {
        if (clusters.size() != studies.size()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%d cluster labels for %d studies: give one per study", clusters.size(), studies.size()));
        }
        for (int i = 0; i < clusters.size(); i++) {
            if (clusters.get(i) == null || clusters.get(i).isBlank()) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "the cluster of '%s' is empty; every study needs one", studies.get(i)));
            }
        }
        return clusters;
    }

    private static ClusterRobustResult sandwich(double[][] rows, double[] y, double[] w, double[] beta,
                                                List<String> names, List<String> clusters, double level) {
        int p = beta.length;
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (int i = 0; i < y.length; i++) {
            double residual = y[i];
            for (int j = 0; j < p; j++) {
                residual -= rows[i][j] * beta[j];
            }
            double[] score = scores.computeIfAbsent(clusters.get(i), c -> new double[p]);
            for (int j = 0; j < p; j++) {
                score[j] += w[i] * residual * rows[i][j];
            }
        }
        int n = scores.size();
        if (n <= p) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the number of clusters (%d) must be larger than the number of coefficients (%d)", n, p));
        }
        double[][] meat = new double[p][p];
        for (double[] g : scores.values()) {
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    meat[a][b] += g[a] * g[b];
                }
            }
        }
        double[][] bread = Matrices.inverse(Matrices.weightedCrossProduct(rows, w));
        double[][] covariance = Matrices.sandwich(bread, meat);
        double adjust = n / (double) (n - p);
        int df = n - p;
        double critical = TDistribution.of(df).inverseCumulativeProbability((1 + level) / 2);
        List<Coefficient> coefficients = new ArrayList<>(p);
        for (int j = 0; j < p; j++) {
            covariance[j][j] *= adjust;
            double se = Math.sqrt(covariance[j][j]);
            double t = beta[j] / se;
            coefficients.add(new Coefficient(names.get(j), beta[j], se, t,
                    2 * TDistribution.of(df).survivalProbability(Math.abs(t)), beta[j] - critical * se,
                    beta[j] + critical * se));
        }
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                if (a != b) {
                    covariance[a][b] *= adjust;
                }
            }
        }
        return withOmnibus(n, df, coefficients, covariance, beta, names);
    }

    /** The F test of the moderators, b'C⁻¹b/m on (m, n - p) degrees of freedom (metafor's robust QM). */
    private static ClusterRobustResult withOmnibus(int n, int df, List<Coefficient> coefficients,
                                                   double[][] covariance, double[] beta, List<String> names) {
        int from = !names.isEmpty() && names.get(0).equals("intercept") ? 1 : 0;
        int m = beta.length - from;
        if (m == 0) {
            return new ClusterRobustResult(n, df, coefficients, Double.NaN, 0, df, Double.NaN);
        }
        int[] moderators = new int[m];
        for (int j = 0; j < m; j++) {
            moderators[j] = from + j;
        }
        double qm = SubsetTest.waldStatistic(beta, covariance, 1, moderators) / m;
        double p = Double.isNaN(qm) ? Double.NaN : FDistribution.of(m, df).survivalProbability(qm);
        return new ClusterRobustResult(n, df, coefficients, qm, m, df, p);
    }
}
