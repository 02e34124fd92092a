package org.evsynth.app.web.studies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evsynth.app.web.fulltext.RecordSummary;
import org.evsynth.app.web.pages.Chrome;
import org.evsynth.review.FullTextReport;
import org.evsynth.review.StageOutcome;
import org.evsynth.review.Study;

/**
 * The studies of the review with their reports, and the form that groups reports into a new study.
 *
 * @param chrome     the layout
 * @param studies    the studies, by id
 * @param candidates reports in no study yet that may join one: included first, then those still being assessed
 * @param mayWrite   whether the member may create studies
 * @param label      the label typed into the form (kept after a refusal)
 * @param chosen     the reports ticked in the form
 */
public record StudiesView(Chrome chrome, List<StudyRow> studies, List<Candidate> candidates, boolean mayWrite,
        String label, List<Long> chosen) {

    /** A study and its reports. */
    public record StudyRow(long id, String label, List<RecordSummary> reports) {
    }

    /** A report that may join a study, and where it stands at full text. */
    public record Candidate(RecordSummary record, String status) {
    }

    static StudiesView of(Chrome chrome, List<Study> studies, List<FullTextReport> reports, boolean mayWrite,
            String label, List<Long> chosen) {
        Map<Long, RecordSummary> byId = new HashMap<>();
        List<Candidate> included = new ArrayList<>();
        List<Candidate> assessing = new ArrayList<>();
        for (FullTextReport r : reports) {
            RecordSummary summary = RecordSummary.of(r.record());
            byId.put(r.id(), summary);
            if (r.study() != null || r.notRetrieved()) {
                continue;
            }
            StageOutcome.Status status = r.outcome().status();
            if (status == StageOutcome.Status.INCLUDED) {
                included.add(new Candidate(summary, "included"));
            } else if (status != StageOutcome.Status.EXCLUDED) {
                assessing.add(new Candidate(summary, status.id()));
            }
        }
        included.addAll(assessing);
        List<StudyRow> rows = studies.stream().map(s -> new StudyRow(s.id(), s.label(), s.reports().stream()
                .map(id -> byId.getOrDefault(id, new RecordSummary(id, "record " + id, "", "", "", "", null, null,
                        ""))).toList())).toList();
        return new StudiesView(chrome, rows, included, mayWrite, label, chosen);
    }

    /** Whether the report is ticked in the form. */
    public boolean isChosen(long record) {
        return chosen.contains(record);
    }
}
