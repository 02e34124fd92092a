package org.evsynth.stats.regression;

/**
 * The few dense linear-algebra steps a meta-regression needs, on p × p matrices where p (the number of
 * coefficients) is small: weighted cross-products and the inverse of a symmetric positive-definite matrix by
 * Cholesky decomposition.
 */
final class Matrices {

    private Matrices() {
    }

    /** The k × 1 model matrix of an intercept-only model. */
    static double[][] interceptOnly(int k) {
        double[][] ones = new double[k][1];
        for (double[] row : ones) {
            row[0] = 1;
        }
        return ones;
    }

    /** X'X. */
    static double[][] crossProduct(double[][] x) {
        double[] ones = new double[x.length];
        java.util.Arrays.fill(ones, 1);
        return weightedCrossProduct(x, ones);
    }

    /** X'diag(w)X. */
    static double[][] weightedCrossProduct(double[][] x, double[] w) {
        int p = x[0].length;
        double[][] result = new double[p][p];
        for (int i = 0; i < x.length; i++) {
            double[] row = x[i];
            for (int a = 0; a < p; a++) {
                double wa = w[i] * row[a];
                for (int b = 0; b <= a; b++) {
                    result[a][b] += wa * row[b];
                }
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < a; b++) {
                result[b][a] = result[a][b];
            }
        }
        return result;
    }

    /** X'diag(w)y. */
    static double[] weightedCrossProduct(double[][] x, double[] w, double[] y) {
        int p = x[0].length;
        double[] result = new double[p];
        for (int i = 0; i < x.length; i++) {
            for (int a = 0; a < p; a++) {
                result[a] += w[i] * x[i][a] * y[i];
            }
        }
        return result;
    }

    /**
     * The inverse of a symmetric positive-definite matrix.
     *
     * @return the inverse, or null when the matrix is singular to working precision; {@link #singularColumn}
     *         then names the first column that depends on the ones before it
     */
    static double[][] inverse(double[][] a) {
        double[][] l = cholesky(a);
        if (l == null) {
            return null;
        }
        int p = a.length;
        double[][] inverse = new double[p][p];
        for (int column = 0; column < p; column++) {
            double[] e = new double[p];
            e[column] = 1;
            double[] z = new double[p];
            for (int i = 0; i < p; i++) {
                double sum = e[i];
                for (int j = 0; j < i; j++) {
                    sum -= l[i][j] * z[j];
                }
                z[i] = sum / l[i][i];
            }
            for (int i = p - 1; i >= 0; i--) {
                double sum = z[i];
                for (int j = i + 1; j < p; j++) {
                    sum -= l[j][i] * inverse[j][column];
                }
                inverse[i][column] = sum / l[i][i];
            }
        }
        return inverse;
    }

    /** The index of the first column whose Cholesky pivot vanishes (it depends on earlier columns), or -1. */
    static int singularColumn(double[][] a) {
        int[] failed = {-1};
        decompose(a, failed);
        return failed[0];
    }

    private static double[][] cholesky(double[][] a) {
        return decompose(a, new int[1]);
    }

    /** Cholesky factor L (A = LL'), or null with failed[0] set to the column whose pivot vanished. */
    private static double[][] decompose(double[][] a, int[] failed) {
        int p = a.length;
        double[][] l = new double[p][p];
        for (int j = 0; j < p; j++) {
            double diagonal = a[j][j];
            for (int k = 0; k < j; k++) {
                diagonal -= l[j][k] * l[j][k];
            }
            if (!(diagonal > 1e-10 * Math.max(a[j][j], Double.MIN_NORMAL))) {
                failed[0] = j;
                return null;
            }
            l[j][j] = Math.sqrt(diagonal);
            for (int i = j + 1; i < p; i++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                l[i][j] = sum / l[j][j];
            }
        }
        return l;
    }

    /** log det A of a symmetric positive-definite matrix, from its Cholesky factor; NaN if it is singular. */
    static double logDeterminant(double[][] a) {
        double[][] l = cholesky(a);
        if (l == null) {
            return Double.NaN;
        }
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += 2 * Math.log(l[j][j]);
        }
        return sum;
    }

    /** A·B·A for p × p matrices (a sandwich with a symmetric bread A). */
    static double[][] sandwich(double[][] a, double[][] b) {
        int p = a.length;
        double[][] ab = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                for (int m = 0; m < p; m++) {
                    ab[i][j] += a[i][m] * b[m][j];
                }
            }
        }
        double[][] result = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                for (int m = 0; m < p; m++) {
                    result[i][j] += ab[i][m] * a[m][j];
                }
            }
        }
        return result;
    }

    /** A·b for a p × p matrix and a vector. */
    static double[] times(double[][] a, double[] b) {
        double[] result = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                result[i] += a[i][j] * b[j];
            }
        }
        return result;
    }

    /** trace(A·B) for p × p matrices. */
    static double traceOfProduct(double[][] a, double[][] b) {
        double trace = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                trace += a[i][j] * b[j][i];
            }
        }
        return trace;
    }
}
