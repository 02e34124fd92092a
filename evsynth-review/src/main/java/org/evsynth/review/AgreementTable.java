package org.evsynth.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The decisions of two reviewers on the records both decided, counted into a table, and Cohen's kappa from it:
 * kappa = (p_o − p_e) / (1 − p_e), with p_o the proportion of records they agreed on and p_e the agreement expected
 * by chance from each reviewer's own proportions of include, exclude and maybe (Cohen 1960).
 */
final class AgreementTable {

    private static final List<Decision> WORDS = List.of(Decision.INCLUDE, Decision.EXCLUDE, Decision.MAYBE);

    private final String first;
    private final String second;
    private final int[][] counts = new int[WORDS.size()][WORDS.size()];

    AgreementTable(String first, String second) {
        this.first = first;
        this.second = second;
    }

    void add(Decision ofFirst, Decision ofSecond) {
        counts[WORDS.indexOf(ofFirst)][WORDS.indexOf(ofSecond)]++;
    }

    Agreement agreement() {
        int n = 0;
        int agreed = 0;
        double[] rows = new double[WORDS.size()];
        double[] columns = new double[WORDS.size()];
        Map<String, Integer> table = new HashMap<>();
        for (int i = 0; i < WORDS.size(); i++) {
            for (int j = 0; j < WORDS.size(); j++) {
                int c = counts[i][j];
                n += c;
                rows[i] += c;
                columns[j] += c;
                if (i == j) {
                    agreed += c;
                }
                if (c > 0) {
                    table.put(WORDS.get(i).id() + "/" + WORDS.get(j).id(), c);
                }
            }
        }
        double observed = (double) agreed / n;
        double expected = 0;
        for (int k = 0; k < WORDS.size(); k++) {
            expected += (rows[k] / n) * (columns[k] / n);
        }
        double kappa = expected >= 1 ? Double.NaN : (observed - expected) / (1 - expected);
        return new Agreement(first, second, n, agreed, 100.0 * observed, kappa, table);
    }
}
