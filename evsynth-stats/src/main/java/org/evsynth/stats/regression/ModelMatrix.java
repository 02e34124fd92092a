package org.evsynth.stats.regression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The model matrix of a meta-regression: an intercept, numeric moderators as they are, and categorical
 * moderators in treatment coding with the first level in sorted order as the reference (R's default, so
 * coefficients read as in metafor). Columns are named `intercept`, the moderator's name, or `name:level`.
 *
 * @param rows one row per study
 * @param names the column names
 * @param moderators for each column, the moderator it comes from (null for the intercept)
 * @param levels for each categorical moderator, its levels in sorted order (the first is the reference)
 */
public record ModelMatrix(double[][] rows, List<String> names, List<String> moderators,
                          Map<String, List<String>> levels) {

    /** Copies the lists. */
    public ModelMatrix {
        names = List.copyOf(names);
        moderators = Collections.unmodifiableList(new ArrayList<>(moderators));
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
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

    /** The moderators, in the order they were added. */
    public List<String> moderatorNames() {
        Set<String> distinct = new LinkedHashSet<>();
        moderators.stream().filter(m -> m != null).forEach(distinct::add);
        return List.copyOf(distinct);
    }

    /**
     * The row of the model matrix for new moderator values, numbers for numeric moderators and level names for
     * categorical ones, as metafor's {@code predict(newmods = ...)} needs it.
     *
     * @param values one value per moderator of the model, by name
     * @throws IllegalArgumentException for a moderator missing or not in the model, a value that is not a number,
     *                                  or a level the moderator does not have
     */
    public double[] row(Map<String, String> values) {
        List<String> known = moderatorNames();
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "'%s' is not a moderator of the model; its moderators are %s", name, String.join(", ", known)));
            }
        }
        for (String name : known) {
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "no value given for moderator '%s'", name));
            }
            List<String> moderatorLevels = levels.get(name);
            if (moderatorLevels != null && !moderatorLevels.contains(value.trim())) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "'%s' is not a level of moderator '%s'; its levels are %s", value, name,
                        String.join(", ", moderatorLevels)));
            }
        }
        double[] row = new double[p()];
        for (int j = 0; j < row.length; j++) {
            String moderator = moderators.get(j);
            if (moderator == null) {
                row[j] = 1;
            } else if (levels.containsKey(moderator)) {
                row[j] = names.get(j).equals(moderator + ":" + values.get(moderator).trim()) ? 1 : 0;
            } else {
                row[j] = number(moderator, values.get(moderator));
            }
        }
        return row;
    }

    private static double number(String moderator, String text) {
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "the value '%s' given for numeric moderator '%s' is not a number", text, moderator));
    }

    /** The same model without the moderators not named: the reduced model of a likelihood-ratio test. */
    public ModelMatrix keeping(List<String> kept) {
        List<String> known = moderatorNames();
        for (String name : kept) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "'%s' is not a moderator of the full model; its moderators are %s", name,
                        String.join(", ", known)));
            }
        }
        List<Integer> columns = new ArrayList<>();
        for (int j = 0; j < p(); j++) {
            if (moderators.get(j) == null || kept.contains(moderators.get(j))) {
                columns.add(j);
            }
        }
        double[][] reduced = new double[k()][columns.size()];
        for (int i = 0; i < k(); i++) {
            for (int c = 0; c < columns.size(); c++) {
                reduced[i][c] = rows[i][columns.get(c)];
            }
        }
        Map<String, List<String>> keptLevels = new LinkedHashMap<>(levels);
        keptLevels.keySet().retainAll(kept);
        return new ModelMatrix(reduced, columns.stream().map(names::get).toList(),
                columns.stream().map(moderators::get).toList(), keptLevels);
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
        private final Map<String, List<String>> levels = new LinkedHashMap<>();

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
            TreeSet<String> sorted = new TreeSet<>(List.of(values));
            if (sorted.size() < 2) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "moderator '%s' has only one level ('%s'), so it cannot explain any heterogeneity",
                        name, sorted.isEmpty() ? "" : sorted.first()));
            }
            for (String level : sorted.tailSet(sorted.first(), false)) {
                double[] column = new double[k];
                for (int i = 0; i < k; i++) {
                    column[i] = values[i].equals(level) ? 1 : 0;
                }
                add(name + ":" + level, name, column);
            }
            levels.put(name, List.copyOf(sorted));
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
            return new ModelMatrix(rows, names, moderators, levels);
        }
    }
}
