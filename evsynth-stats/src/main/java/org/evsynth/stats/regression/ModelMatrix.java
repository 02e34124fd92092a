package org.evsynth.stats.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The model matrix of a meta-regression: an intercept, numeric moderators as they are, and categorical
 * moderators in treatment coding with the first level in sorted order as the reference (R's default, so
 * coefficients read as in metafor). Columns are named `intercept`, the moderator's name, or `name:level`.
 *
 * @param rows one row per study
 * @param names the column names
 * @param moderators for each column, the moderator it comes from (null for the intercept)
 */
public record ModelMatrix(double[][] rows, List<String> names, List<String> moderators) {

    /** Copies the lists. */
    public ModelMatrix {
        names = List.copyOf(names);
        moderators = java.util.Collections.unmodifiableList(new ArrayList<>(moderators));
    }

    /** Number of studies. */
    public int k() {
        return rows.length;
    }

    /** Number of coefficients. */
    public int p() {
        return names.size();
    }

    /** Whether the first column is an intercept. */
    public boolean hasIntercept() {
        return !names.isEmpty() && names.get(0).equals("intercept");
    }

    /** Starts a model matrix with an intercept for k studies. */
    public static Builder withIntercept(int k) {
        Builder builder = new Builder(k);
        double[] ones = new double[k];
        java.util.Arrays.fill(ones, 1);
        builder.add("intercept", null, ones);
        return builder;
    }

    /** Builds a model matrix column by column. */
    public static final class Builder {
        private final int k;
        private final List<double[]> columns = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final List<String> moderators = new ArrayList<>();

        private Builder(int k) {
            this.k = k;
        }

        private void add(String name, String moderator, double[] column) {
            columns.add(column);
            names.add(name);
            moderators.add(moderator);
        }

        /** A numeric moderator. */
        public Builder numeric(String name, double[] values) {
            if (values.length != k) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "moderator '%s' has %d values for %d studies", name, values.length, k));
            }
            add(name, name, values.clone());
            return this;
        }

        /**
         * A categorical moderator: one indicator column per level except the first in sorted order.
         *
         * @throws IllegalArgumentException if it has a single level, which cannot explain anything
         */
        public Builder categorical(String name, String[] values) {
            TreeSet<String> levels = new TreeSet<>(List.of(values));
            if (levels.size() < 2) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "moderator '%s' has only one level ('%s'), so it cannot explain any heterogeneity",
                        name, levels.isEmpty() ? "" : levels.first()));
            }
            for (String level : levels.tailSet(levels.first(), false)) {
                double[] column = new double[k];
                for (int i = 0; i < k; i++) {
                    column[i] = values[i].equals(level) ? 1 : 0;
                }
                add(name + ":" + level, name, column);
            }
            return this;
        }

        /** The matrix. */
        public ModelMatrix build() {
            double[][] rows = new double[k][columns.size()];
            for (int j = 0; j < columns.size(); j++) {
                for (int i = 0; i < k; i++) {
                    rows[i][j] = columns.get(j)[i];
                }
            }
            return new ModelMatrix(rows, names, moderators);
        }
    }
}
