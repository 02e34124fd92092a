package org.evsynth.app.web.pages;

import java.util.List;
import org.evsynth.review.EligibilityTerms;

/**
 * A record's text cut into plain pieces and the protocol's words ({@link EligibilityTerms}). The template prints
 * each piece escaped, inside a {@code mark} element when it is a word of the criteria: the text is escaped first
 * and marked after, and no HTML is ever built from it.
 *
 * @param spans the pieces, which make up the text exactly
 */
public record MarkedText(List<EligibilityTerms.Span> spans) {

    public MarkedText {
        spans = List.copyOf(spans);
    }

    /** The text with nothing marked. */
    public static MarkedText plain(String text) {
        return new MarkedText(text == null || text.isEmpty() ? List.of()
                : List.of(new EligibilityTerms.Span(text, EligibilityTerms.Kind.PLAIN)));
    }

    /** The text with the protocol's words marked. */
    public static MarkedText of(String text, EligibilityTerms terms) {
        return new MarkedText(terms.spans(text));
    }

    public boolean isEmpty() {
        return spans.isEmpty();
    }

    /** Whether the piece is a word of the inclusion criteria (for the template). */
    public static boolean include(EligibilityTerms.Span s) {
        return s.kind() == EligibilityTerms.Kind.INCLUDE;
    }

    /** Whether the piece is a word of the exclusion criteria (for the template). */
    public static boolean exclude(EligibilityTerms.Span s) {
        return s.kind() == EligibilityTerms.Kind.EXCLUDE;
    }
}
