package org.evsynth.app.cli.review;

import java.util.Locale;
import java.util.stream.Collectors;

import org.evsynth.records.screening.StoppingState;
import org.evsynth.review.PrioritisedRecord;

/**
 * The screener's line on why a record comes now in priority order: the model version and the record's score and
 * weighted words, or that the order is random (before an include and an exclude, or the stopping rule's sample),
 * and the recall the stopping rule shows so far. Record text passes {@link TerminalText#clean}.
 */
final class PriorityLine {

    private PriorityLine() {
    }

    static String of(PrioritisedRecord r) {
        String why = switch (r.ordering()) {
            case RANDOM_START -> r.keyPaper() ? "key paper" : "random order (no include and exclude to learn from yet)";
            case RANDOM_SAMPLE -> "random sample of the rest, for the stopping rule";
            case MODEL -> String.format(Locale.ROOT, "model v%d on %d decisions: score %.2f%s; words: %s",
                    r.model().version(), r.model().trainedOn(), r.score(), Double.isNaN(r.probability()) ? ""
                            : String.format(Locale.ROOT, " (p %.2f)", r.probability()),
                    r.terms().isEmpty() ? "none" : r.terms().stream().limit(5)
                            .map(t -> TerminalText.clean(t.term())).collect(Collectors.joining(", ")));
        };
        StoppingState s = r.stopping();
        String stop = s == null ? "" : String.format(Locale.ROOT, "  |  recall >= %.0f%% (%.0f%% conf.)%s",
                100 * s.recallLowerBound(), 100 * s.settings().confidence(), s.stop() ? ", the rule says stop" : "");
        return why + stop;
    }
}
