package org.evsynth.app.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.evsynth.review.ScreeningProgress;

/**
 * The title-and-abstract screening page: one record, the viewer's own decision and labels, the decisions blinding
 * lets them see, and their progress.
 *
 * @param chrome    the layout
 * @param record    the record shown, or null when nothing is left in the viewer's queue
 * @param mine      the viewer's current decision on it (include, exclude, maybe), or null
 * @param myNote    the note of that decision, or empty
 * @param others    other reviewers' decisions on it, only once the viewer has decided it (the service's blinding)
 * @param labels    the viewer's labels on it
 * @param allLabels every label the viewer uses, to choose from
 * @param progress  the viewer's decisions and queue at the stage
 * @param after     the record the viewer skipped past (the queue goes on after it), or null
 * @param last      the record the viewer decided last (which undo takes back), or null
 * @param revisit   whether the record was asked for (from a search or an undo) rather than next in the queue
 * @param why       in priority order, why the record comes now (model version, decisions, score, words, or the
 *                  random order); null in import or random order, or for a record not at title and abstract
 * @param keyPaper  whether a reviewer marked the record as a key paper (known relevant: it trains every model as an
 *                  include); the page offers to mark it when it is not, in priority order
 * @param stopping  in priority order and for the owner, the stopping rule's state; null otherwise
 */
public record ScreeningView(Chrome chrome, RecordCard record, String mine, String myNote, List<DecisionLine> others,
        List<String> labels, List<String> allLabels, ScreeningProgress progress, Long after, Long last,
        boolean revisit, String why, boolean keyPaper, Stopping stopping) {

    /**
     * The stopping rule's state, worded (Callaghan &amp; Müller-Hansen 2020's hypergeometric test).
     *
     * @param recall the point estimate of the recall reached
     * @param bound  the recall shown with the rule's confidence (its uncertainty)
     * @param target the target recall and confidence
     * @param test   the test's p-value and threshold
     * @param counts records screened, relevant found and the random sample
     * @param stop   whether the rule says stop (the stop button is offered)
     */
    public record Stopping(String recall, String bound, String target, String test, String counts, boolean stop) {
    }

    public ScreeningView {
        others = List.copyOf(others);
        labels = List.copyOf(labels);
        allLabels = List.copyOf(allLabels);
    }

    /** Whether the viewer's queue is empty. */
    public boolean done() {
        return record == null;
    }

    /** Where "skip" goes: the next record after this one (the queue wraps round). */
    public String skipHref() {
        return "/screening?after=" + record.id() + (last == null ? "" : "&last=" + last);
    }

    /** The search for the records with a label. */
    public static String labelHref(String label) {
        return "/screening/search?label=" + URLEncoder.encode(label, StandardCharsets.UTF_8);
    }

    /** Whether the viewer decided the record this way, for the buttons' pressed state. */
    public String pressed(String decision) {
        return decision.equals(mine) ? "true" : "false";
    }
}
