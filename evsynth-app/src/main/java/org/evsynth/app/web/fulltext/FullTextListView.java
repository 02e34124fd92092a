package org.evsynth.app.web.fulltext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evsynth.app.web.pages.Chrome;
import org.evsynth.review.FullTextReport;
import org.evsynth.review.ScreeningDecision;

/**
 * The reports sought for retrieval, with a filter.
 *
 * @param chrome  the layout
 * @param rows    the reports the filter keeps
 * @param filters each filter's word, label and count, the chosen one marked
 */
public record FullTextListView(Chrome chrome, List<Row> rows, List<Filter> filters) {

    /** One report of the list. */
    public record Row(RecordSummary record, FullTextStatus status, int files, String mine, Long study) {
    }

    /** A filter of the list. */
    public record Filter(String id, String label, int count, boolean chosen) {
    }

    /** The filters, in the order offered. */
    static final Map<String, String> FILTERS = filterNames();

    private static Map<String, String> filterNames() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("all", "All");
        f.put("todo", "To decide");
        f.put("conflict", "Conflicts");
        f.put("not-retrieved", "Not retrieved");
        f.put("included", "Included");
        f.put("excluded", "Excluded");
        return f;
    }

    static FullTextListView of(Chrome chrome, List<FullTextReport> reports, String viewer, String filter) {
        String chosen = FILTERS.containsKey(filter) ? filter : "all";
        List<Row> all = new ArrayList<>();
        for (FullTextReport r : reports) {
            ScreeningDecision mine = r.decisionOf(viewer);
            all.add(new Row(RecordSummary.of(r.record()), FullTextStatus.of(r), r.attachments().size(),
                    mine == null ? "" : mine.decision().id() + (mine.reason() == null ? "" : ": " + mine.reason()),
                    r.study()));
        }
        List<Filter> filters = new ArrayList<>();
        FILTERS.forEach((id, label) -> filters.add(new Filter(id, label, (int) all.stream()
                .filter(row -> keeps(id, row)).count(), id.equals(chosen))));
        return new FullTextListView(chrome, all.stream().filter(row -> keeps(chosen, row)).toList(), filters);
    }

    private static boolean keeps(String filter, Row row) {
        return switch (filter) {
            case "all" -> true;
            case "todo" -> row.mine().isEmpty() && row.status().kind().equals("pending");
            default -> row.status().kind().equals(filter);
        };
    }
}
