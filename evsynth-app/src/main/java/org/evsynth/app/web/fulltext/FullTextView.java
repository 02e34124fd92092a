package org.evsynth.app.web.fulltext;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.evsynth.app.web.pages.Chrome;
import org.evsynth.review.Attachment;
import org.evsynth.review.FullTextReport;
import org.evsynth.review.ScreeningDecision;

/**
 * One report at full text: the record, its files, its retrieval, the decisions the member may see, and the
 * decision form with the protocol's exclusion reasons.
 *
 * @param chrome    the layout
 * @param record    the record's fields
 * @param status    where it stands
 * @param study     the study it is a report of, or null
 * @param files     its full texts
 * @param decisions the decisions blinding lets the member see (theirs first)
 * @param mine      the member's own decision's word (include, exclude), or ""
 * @param reason    the reason chosen in the form (theirs, or what they sent)
 * @param note      the note in the form
 * @param reasons   the protocol's exclusion reasons
 * @param mayWrite  whether the member may decide, retrieve and attach
 * @param limitMb   the largest file taken, in MB
 * @param field     the form field a refusal concerns, or null
 */
public record FullTextView(Chrome chrome, RecordSummary record, FullTextStatus status, Long study, List<FileRow> files,
        List<DecisionRow> decisions, String mine, String reason, String note, List<String> reasons, boolean mayWrite,
        long limitMb, String field) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** A full text. */
    public record FileRow(long id, String name, String size, String by, String at) {
    }

    /** A decision the member may see. */
    public record DecisionRow(String reviewer, String decision, String reason, String note, String at,
            boolean mine) {
    }

    /** What the form holds: the member's own decision, or what they sent when it was refused. */
    record Form(String decision, String reason, String note, String field) {

        static Form of(FullTextReport r, String viewer) {
            ScreeningDecision d = r.decisionOf(viewer);
            return d == null ? new Form("", "", "", null) : new Form(d.decision().id(), nz(d.reason()), nz(d.note()),
                    null);
        }
    }

    static FullTextView of(Chrome chrome, FullTextReport r, String viewer, List<String> reasons, boolean mayWrite,
            long limitBytes, Form form) {
        List<FileRow> files = r.attachments().stream().map(FullTextView::file).toList();
        List<DecisionRow> decisions = r.decisions().stream().sorted((a, b) -> Boolean.compare(
                !a.reviewer().equals(viewer), !b.reviewer().equals(viewer))).map(d -> new DecisionRow(d.reviewer(),
                d.decision().id(), nz(d.reason()), nz(d.note()), WHEN.format(d.at()), d.reviewer().equals(viewer)))
                .toList();
        return new FullTextView(chrome, RecordSummary.of(r.record()), FullTextStatus.of(r), r.study(), files,
                decisions, form.decision(), form.reason(), form.note(), reasons, mayWrite,
                limitBytes / (1024 * 1024), form.field());
    }

    private static FileRow file(Attachment a) {
        String size = a.size() < 1024 * 1024 ? String.format(Locale.ROOT, "%d KB", Math.max(1, a.size() / 1024))
                : String.format(Locale.ROOT, "%.1f MB", a.size() / (1024.0 * 1024.0));
        return new FileRow(a.id(), a.fileName(), size, a.attachedBy(), WHEN.format(a.attachedAt()));
    }

    /** Whether the report can be decided (its full text was not recorded as not retrieved). */
    public boolean decidable() {
        return !status.kind().equals("not-retrieved");
    }

    /** Whether the form field is the one a refusal concerns (marked invalid). */
    public boolean invalid(String name) {
        return name.equals(field);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
