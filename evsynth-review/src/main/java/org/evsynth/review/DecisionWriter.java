package org.evsynth.review;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Records one screening decision in the caller's transaction after checking it against the record's state: the
 * record must be at the stage, a full-text exclusion needs a reason from the protocol's list, a settled record takes
 * decisions only from the reviewers who settled it (anyone else goes through a conflict resolution), and only a
 * decision that exists can be withdrawn.
 */
final class DecisionWriter {

    private DecisionWriter() {
    }

    /** Records the decision as the transaction's actor; returns it as stored. */
    static ScreeningDecision record(Tx tx, Protocol protocol, Screening.Decide c) throws SQLException {
        String doing = String.format(Locale.ROOT, "%s's decision on record %d at %s", tx.actor().name(), c.record(),
                c.stage().id());
        tx.lockRecord(c.record());
        RecordPlace place = RecordPlace.of(tx, c.record());
        place.requireAt(c.stage(), doing);
        checkReason(tx, protocol, c);
        List<ScreeningDecision> current = ScreeningCache.currentDecisions(tx,
                "WHERE record_id = :id AND stage = :stage", Map.of("id", c.record(), "stage", c.stage().id()));
        ScreeningDecision mine = current.stream().filter(d -> d.reviewer().equals(tx.actor().name())).findFirst()
                .orElse(null);
        if (c.decision() == Decision.WITHDRAWN && mine == null) {
            throw place.refused(doing, "has no decision of " + tx.actor().name() + " to withdraw");
        }
        StageOutcome outcome = place.at(c.stage());
        if (mine == null && current.isEmpty() && ScreeningStops.REASON.equals(outcome.reason())) {
            throw place.refused(doing, markedByAutomation(tx, c.record()));
        }
        if (mine == null && outcome.isFinal()) {
            // the outcome is not named: it would tell this reviewer, who has not voted, the others' votes (blinding)
            throw place.refused(doing, String.format(Locale.ROOT, "is already settled at %s (%s); a third person "
                    + "changes that with evsynth conflicts --resolve", c.stage().id(), current.isEmpty()
                    ? "by a conflict resolution" : "by " + current.stream().map(ScreeningDecision::reviewer)
                    .collect(Collectors.joining(" and "))));
        }
        long id = tx.nextId("decision");
        tx.sql("INSERT INTO screening_decision (id, record_id, stage, reviewer, decision, reason, note, decided_at) "
                + "VALUES (:id, :record, :stage, :reviewer, :decision, :reason, :note, :at)").bind("id", id)
                .bind("record", c.record()).bind("stage", c.stage().id()).bind("reviewer", tx.actor().name())
                .bind("decision", c.decision().id()).bind("reason", c.reason()).bind("note", c.note())
                .bind("at", tx.at().toString()).update();
        ScreeningDecision saved = new ScreeningDecision(id, c.record(), c.stage(), tx.actor().name(), c.decision(),
                c.reason(), c.note(), tx.at());
        ScreeningCache.setCurrent(tx, saved);
        ScreeningCache.refresh(tx, protocol, c.record());
        if (c.decision() == Decision.WITHDRAWN) {
            QueueCursors.withdrawn(tx, c.stage(), c.record());
        }
        QueueCursors.advance(tx, c.stage(), tx.actor());
        Map<String, Object> after = view(saved);
        Map<String, Object> rankedBy = ServedRankings.rankedBy(tx, c.record(), c.stage());
        if (rankedBy != null) {
            after.put("ranked_by", rankedBy);
        }
        tx.audit("screen", "record", c.record()).stage(c.stage()).before(mine == null ? null : view(mine))
                .after(after).write();
        return saved;
    }

    /** What happened to a record a stop by the stopping rule marked, and what the reviewer can do about it. */
    private static String markedByAutomation(Tx tx, long record) throws SQLException {
        String by = tx.sql("SELECT excluded_by, excluded_at FROM automation_exclusion WHERE record_id = :id")
                .bind("id", record).first(rs -> rs.getString("excluded_by") + " on "
                        + rs.getString("excluded_at").substring(0, 10)).orElse("the team");
        return String.format(Locale.ROOT, "was marked ineligible by automation: nobody had screened it when "
                + "title-and-abstract screening stopped by the stopping rule (stopped by %s), and PRISMA counts it "
                + "among the records marked as ineligible by automation tools, not as screened; it takes no "
                + "screening decision. "
                + "evsynth stopping DIR shows the stop (its rule, target and p-value); if you think the record "
                + "relevant, tell the review's owner", by);
    }

    /** A full-text exclusion needs a reason from the protocol's list (PRISMA 2020 item 16a). */
    static void checkReason(Tx tx, Protocol protocol, Screening.Decide c) {
        if (c.stage() != Stage.FULL_TEXT || c.decision() != Decision.EXCLUDE) {
            return;
        }
        if (c.reason() == null || !protocol.exclusionReasons().contains(c.reason())) {
            throw new InvalidInputException("reason", tx.say("full-text exclusion of record %d needs a reason from "
                    + "the protocol's list %s, not '%s'", c.record(), protocol.exclusionReasons(), c.reason()));
        }
    }

    static Map<String, Object> view(ScreeningDecision d) {
        return Json.object("decision_id", d.id(), "stage", d.stage().id(), "reviewer", d.reviewer(),
                "decision", d.decision().id(), "reason", d.reason(), "note", d.note());
    }
}
