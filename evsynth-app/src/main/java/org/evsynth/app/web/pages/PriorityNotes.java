package org.evsynth.app.web.pages;

import java.util.Locale;
import java.util.stream.Collectors;
import org.evsynth.records.screening.StoppingState;
import org.evsynth.review.Actor;
import org.evsynth.review.PrioritisedRecord;
import org.evsynth.review.PrioritisedScreening;
import org.evsynth.review.Review;
import org.evsynth.review.ScreeningOrder;
import org.evsynth.review.UnknownEntityException;

/**
 * The screening page's words on prioritised screening ({@code screening.order: priority}): why the record shown
 * comes now, and for the owner where the stopping rule stands. Both are the review's
 * ({@link PrioritisedScreening#serve}, {@link PrioritisedScreening#stoppingState}), computed on the viewer's own
 * ranking, so in dual screening nothing here depends on another reviewer's decisions; this class only words them.
 */
final class PriorityNotes {

    /** The words shown of a record's explanation, as the command line's screener shows. */
    private static final int WORDS = 5;

    private PriorityNotes() {
    }

    /** Whether the review's title-and-abstract queue is in the model's order. */
    static boolean prioritised(Review review) {
        return review.protocol().order() == ScreeningOrder.PRIORITY;
    }

    /**
     * Why a record comes now, worded, and whether it is a key paper.
     *
     * @param text     the explanation
     * @param keyPaper whether a reviewer marked it as a key paper
     */
    record Why(String text, boolean keyPaper) {
    }

    /**
     * Why the record comes now for the viewer. A record awaiting them is noted as served by their current ranking
     * (so the audit entry of their decision names the model version); one they decided already is only explained.
     * Null for a record not screened at title and abstract (a duplicate, or from a withdrawn search).
     */
    static Why why(Review review, Actor viewer, long recordId, boolean decided) {
        PrioritisedScreening prioritised = review.prioritised();
        try {
            PrioritisedRecord r = decided ? prioritised.explain(viewer, recordId) : prioritised.serve(viewer, recordId);
            return new Why(of(r), r.keyPaper());
        } catch (UnknownEntityException notScreened) {
            return null;
        }
    }

    static String of(PrioritisedRecord r) {
        return switch (r.ordering()) {
            case RANDOM_START -> r.keyPaper() ? "A key paper: key papers come first"
                    : "Random order until there is an include and an exclude";
            case RANDOM_SAMPLE -> "Random order of the remaining records: the stopping rule's sample";
            case MODEL -> String.format(Locale.ROOT, "Ranked by model v%d on %d decisions: score %.2f%s; words: %s",
                    r.model().version(), r.model().trainedOn(), r.score(), Double.isNaN(r.probability()) ? ""
                            : String.format(Locale.ROOT, " (probability %.2f)", r.probability()),
                    r.terms().isEmpty() ? "none" : r.terms().stream().limit(WORDS).map(t -> t.term())
                            .collect(Collectors.joining(", "))) + (r.keyPaper() ? " (a key paper)" : "");
        };
    }

    /** The stopping rule's state on the viewer's ranking, worded for the owner's panel. */
    static ScreeningView.Stopping stopping(Review review, Actor viewer) {
        StoppingState s = review.prioritised().stoppingState(viewer);
        String recall = Double.isNaN(s.recallEstimate()) ? "not estimated yet (no relevant record found)"
                : String.format(Locale.ROOT, "%.1f%%", 100 * s.recallEstimate());
        String bound = String.format(Locale.ROOT, "at least %.1f%% with %s confidence", 100 * s.recallLowerBound(),
                percent(s.settings().confidence()));
        String target = String.format(Locale.ROOT, "%s recall with %s confidence",
                percent(s.settings().targetRecall()), percent(s.settings().confidence()));
        String test = String.format(Locale.ROOT, "p = %.4f for recall below the target (stop when below %.2f)",
                s.pValue(), s.settings().alpha());
        String counts = String.format(Locale.ROOT, "%d of %d records screened, %d relevant found; %s", s.screened(),
                s.records(), s.relevantFound(), s.sampling() ? String.format(Locale.ROOT, "random sample since "
                        + "record %d: %d screened, %d relevant", s.sampleStart(), s.sampleSize(), s.sampleRelevant())
                        : "random sampling has not started");
        return new ScreeningView.Stopping(recall, bound, target, test, counts, s.stop());
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
