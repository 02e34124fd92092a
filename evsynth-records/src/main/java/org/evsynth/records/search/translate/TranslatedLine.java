package org.evsynth.records.search.translate;

import java.util.List;

/**
 * One line of a translated strategy.
 *
 * @param number   1-based position
 * @param label    the line's label in the target ({@code #3} or {@code 3})
 * @param source   the line as written in the source strategy
 * @param text     the line in the target's syntax
 * @param comments why the translation is not exact, one sentence each; empty when it is
 */
public record TranslatedLine(int number, String label, String source, String text, List<String> comments) {

    public TranslatedLine {
        comments = List.copyOf(comments);
    }

    /** True when nothing in the line had to be approximated. */
    public boolean exact() {
        return comments.isEmpty();
    }
}
