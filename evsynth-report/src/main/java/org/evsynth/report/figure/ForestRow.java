package org.evsynth.report.figure;

import java.util.List;

/**
 * One row of a forest plot before layout: what each column says and what the panel draws.
 *
 * @param kind what the row is
 * @param label the text in the first column (a note row's text runs across the table)
 * @param study the study's label for risk-of-bias lookups, or null
 * @param cells the per-group data columns, empty strings where blank
 * @param weight the weight column's text
 * @param effect the effect column's text
 * @param estimate the mark's centre, natural scale (NaN for none)
 * @param lower its lower limit
 * @param upper its upper limit
 * @param weightPercent the weight that sizes a study's square
 */
record ForestRow(Kind kind, String label, String study, List<String> cells, String weight, String effect,
                 double estimate, double lower, double upper, double weightPercent) {

    /** What a row is, which decides its font and its mark. */
    enum Kind { HEADING, STUDY, EXCLUDED, TOTAL, EVENTS, PREDICTION, NOTE, BLANK }

    ForestRow {
        cells = List.copyOf(cells);
    }

    static ForestRow text(Kind kind, String label) {
        return new ForestRow(kind, label, null, List.of(), "", "", Double.NaN, Double.NaN, Double.NaN, 0);
    }
}
