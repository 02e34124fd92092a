package org.evsynth.app.web.pages;

import java.util.List;

/**
 * The records a reviewer's search found at title and abstract, with their own decision and labels on each.
 *
 * @param chrome   the layout
 * @param query    the words searched for, as typed
 * @param mine     the decision filter's word (any, undecided, include, exclude, maybe)
 * @param label    the label filter, or empty
 * @param labels   every label the viewer uses
 * @param found    the records found, in queue order
 * @param limit    the most records listed; when found has as many, there may be more
 */
public record ScreeningSearchView(Chrome chrome, String query, String mine, String label, List<String> labels,
        List<Found> found, int limit) {

    /** A record found. */
    public record Found(long id, MarkedText title, String authors, String source, String mine, List<String> labels) {
    }

    public static final List<String> FILTERS = List.of("any", "undecided", "include", "exclude", "maybe");

    public ScreeningSearchView {
        labels = List.copyOf(labels);
        found = List.copyOf(found);
    }

    /** Whether the list may have been cut at the limit. */
    public boolean more() {
        return found.size() >= limit;
    }
}
