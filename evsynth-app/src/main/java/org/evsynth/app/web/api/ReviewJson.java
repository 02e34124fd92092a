package org.evsynth.app.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.evsynth.records.Author;
import org.evsynth.records.BibRecord;
import org.evsynth.review.Conflict;
import org.evsynth.review.Resolution;
import org.evsynth.review.ReviewRecord;
import org.evsynth.review.ScreeningDecision;

/** The review's records, decisions and conflicts as the JSON API shows them (keys in snake_case). */
final class ReviewJson {

    private ReviewJson() {
    }

    /** A record: {@code {"id", "title", "abstract", "authors", "journal", "year", "doi"}}. */
    @JsonPropertyOrder({"id", "title", "abstract", "authors", "journal", "year", "doi"})
    record RecordJson(long id, String title, @JsonProperty("abstract") String abstractText, List<String> authors,
            String journal, Integer year, String doi) {

        static RecordJson of(ReviewRecord r) {
            BibRecord b = r.record();
            return new RecordJson(r.id(), b.title(), b.abstractText(), b.authors().stream().map(Author::display)
                    .toList(), b.journal(), b.year(), b.doi());
        }
    }

    /** A screening decision as stored. */
    record DecisionJson(long id, long record, String stage, String reviewer, String decision, String reason,
            String note, String decidedAt) {

        static DecisionJson of(ScreeningDecision d) {
            return new DecisionJson(d.id(), d.recordId(), d.stage().id(), d.reviewer(), d.decision().id(), d.reason(),
                    d.note(), d.at().toString());
        }
    }

    /** A conflict: the record, its stage and title, and every reviewer's decision. */
    record ConflictJson(long record, String stage, String title, List<DecisionJson> decisions) {

        static ConflictJson of(Conflict c, String title) {
            return new ConflictJson(c.recordId(), c.stage().id(), title, c.decisions().stream()
                    .map(DecisionJson::of).toList());
        }
    }

    /** A conflict's settlement. */
    record ResolutionJson(long id, long record, String stage, String resolver, String decision, String reason,
            String note, String resolvedAt) {

        static ResolutionJson of(Resolution r) {
            return new ResolutionJson(r.id(), r.record(), r.stage().id(), r.resolver(), r.decision().id(),
                    r.reason(), r.note(), r.at().toString());
        }
    }
}
