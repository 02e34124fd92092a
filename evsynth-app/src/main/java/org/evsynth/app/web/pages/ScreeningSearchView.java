package org.evsynth.app.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * @param prioritised whether the queue is in priority order (key papers are marked from the list then)
 */
public record ScreeningSearchView(Chrome chrome, String query, String mine, String label, List<String> labels,
        List<Found> found, int limit, boolean prioritised) {

    /** A record found; {@code keyPaper} when a reviewer marked it as one. */
    public record Found(long id, MarkedText title, String authors, String source, String mine, List<String> labels,
            boolean keyPaper) {
    }

    public static final List<String> FILTERS = List.of("any", "undecided", "include", "exclude", "maybe");

    public ScreeningSearchView {
        labels = List.copyOf(labels);
        found = List.copyOf(found);
    }

    /** The search page for these words and filters (each may be null), its values URL-encoded. */
    public static String href(String query, String mine, String label) {
        return "/screening/search?q=" + encode(query) + "&mine=" + encode(mine) + "&label=" + encode(label);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** Whether the list may have been cut at the limit. */
    public boolean more() {
        return found.size() >= limit;
    }
}
