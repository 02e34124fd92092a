package org.evsynth.app.web.pages;

import java.util.List;

/**
 * The conflicts at a stage, for the owner and the protocol's arbiters: each record with every reviewer's decision,
 * reason and note, to settle one by one or several at once.
 *
 * @param chrome  the layout
 * @param stage   the stage shown (title-abstract or full-text)
 * @param counts  conflicts waiting at each stage, for the stage switch
 * @param rows    the conflicts at the stage, by record
 * @param reasons the protocol's exclusion reasons (a full-text exclusion needs one)
 * @param settled the settlements just made, which undo takes back (empty when none)
 */
public record ConflictsView(Chrome chrome, String stage, List<StageCount> counts, List<Row> rows,
        List<String> reasons, List<Long> settled) {

    /** A stage and the conflicts waiting at it. */
    public record StageCount(String id, String name, int conflicts) {
    }

    /** A record in conflict. */
    public record Row(long record, String title, List<DecisionLine> decisions) {
    }

    public ConflictsView {
        counts = List.copyOf(counts);
        rows = List.copyOf(rows);
        reasons = List.copyOf(reasons);
        settled = List.copyOf(settled);
    }

    /** Whether a settlement to exclude needs a reason here. */
    public boolean fullText() {
        return "full-text".equals(stage);
    }
}
