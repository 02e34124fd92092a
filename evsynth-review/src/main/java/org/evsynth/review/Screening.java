package org.evsynth.review;

import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Screening at title and abstract and at full text: reviewers' decisions (one transaction each, or a whole CSV file
 * in one), each reviewer's queue and next record, and the blinded reads. Blinding is enforced here, where the
 * decisions are read: a reviewer sees another reviewer's decision on a record at a stage only once they have
 * decided it themselves.
 */
public final class Screening {

    private final Database db;
    private final Protocols protocols;
    private final PrioritisedScreening prioritised;

    Screening(Database db, Protocols protocols, PrioritisedScreening prioritised) {
        this.db = db;
        this.protocols = protocols;
        this.prioritised = prioritised;
    }

    /** Whether the stage's queue is in the model's order ({@code screening.order: priority} at title and abstract). */
    private boolean prioritised(Stage stage) {
        return stage == Stage.TITLE_ABSTRACT && db.read("reading protocol", protocols::current).order()
                == ScreeningOrder.PRIORITY;
    }

    /**
     * A reviewer's decision on a record at a stage.
     *
     * @param reason the exclusion reason: at full text required, from the protocol's list
     * @param note   the reviewer's note, or null
     */
    public record Decide(long record, Stage stage, Decision decision, String reason, String note) {

        public Decide {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(decision, "decision");
            reason = blankToNull(reason);
            note = blankToNull(note);
        }
    }

    /**
     * A record as a reviewer may see it: its fields and the decisions blinding lets them see.
     *
     * @param decisions the viewer's own decisions, and other reviewers' at the stages the viewer has decided
     */
    public record RecordView(ReviewRecord record, List<ScreeningDecision> decisions) {

        public RecordView {
            decisions = List.copyOf(decisions);
        }
    }

    /**
     * What a decisions import did.
     *
     * @param recorded  decisions recorded
     * @param unchanged rows equal to the reviewer's current decision, skipped
     */
    public record DecisionImport(int recorded, int unchanged) {
    }

    /**
     * Records the actor's decision.
     *
     * @throws RefusedException when the record is not at the stage, or is settled by others; the message says its
     *                          state
     * @throws InvalidInputException when a full-text exclusion has no reason from the protocol's list
     */
    public ScreeningDecision decide(Actor reviewer, Decide command) {
        return db.write(reviewer, "decision on record " + command.record(),
                tx -> DecisionWriter.record(tx, protocols.current(tx), command));
    }

    /** Takes back the reviewer's decision on a record at a stage (undo). */
    public ScreeningDecision withdraw(Actor reviewer, long record, Stage stage) {
        return decide(reviewer, new Decide(record, stage, Decision.WITHDRAWN, null, null));
    }

    /**
     * The next record awaiting the reviewer at the stage, in the protocol's queue order; empty when none is left. In
     * priority order it is noted as served by the model's ranking ({@link PrioritisedScreening#next}).
     */
    public Optional<ReviewRecord> next(Actor reviewer, Stage stage) {
        if (prioritised(stage)) {
            return prioritised.next(reviewer).map(PrioritisedRecord::record);
        }
        return db.read("reading the next record", tx -> {
            Optional<Long> id = QueueCursors.next(tx, stage, reviewer);
            return id.isEmpty() ? Optional.empty() : Optional.of(RecordReads.get(tx, id.get()));
        });
    }

    /**
     * The next record awaiting the reviewer at the stage after the given one in queue order (a skip), or, when none
     * is left after it, the first from the start of the queue, so that skipped records come round again; with
     * {@code after} null, the first. In priority order the queue is the reviewer's current model order (their own
     * ranking, so blinding holds): the record after the skipped one is the next-best, noted as served by that
     * ranking, and the skipped one comes round again at the end or after the next decision re-ranks the records.
     */
    public Optional<ReviewRecord> next(Actor reviewer, Stage stage, Long after) {
        if (after == null) {
            return next(reviewer, stage);
        }
        if (prioritised(stage)) {
            List<Long> queue = prioritised.queue(reviewer);
            if (queue.isEmpty()) {
                return Optional.empty();
            }
            int at = queue.indexOf(after);
            long id = at >= 0 && at + 1 < queue.size() ? queue.get(at + 1) : queue.get(0);
            return Optional.of(prioritised.serve(reviewer, id).record());
        }
        return db.read("reading the next record", tx -> {
            Optional<Long> id = QueueCursors.nextAfter(tx, stage, reviewer, after);
            if (id.isEmpty()) {
                id = QueueCursors.next(tx, stage, reviewer);
            }
            return id.isEmpty() ? Optional.empty() : Optional.of(RecordReads.get(tx, id.get()));
        });
    }

    /** How far the reviewer is at the stage: their decisions there, and the records still in their queue. */
    public ScreeningProgress progress(Actor reviewer, Stage stage) {
        return db.read("reading progress", tx -> new ScreeningProgress((int) QueueCursors.decided(tx, stage,
                reviewer), QueueCursors.remaining(tx, stage, reviewer)));
    }

    /**
     * The records at the filter's stage that it selects, in queue order, each with the viewer's own decision and
     * labels and nothing of other reviewers' (blinding).
     */
    public List<FoundRecord> find(Actor viewer, RecordFilter filter) {
        return db.read("searching records", tx -> RecordFinder.find(tx, viewer, filter));
    }

    /** The records at the stage awaiting the reviewer's decision, in queue order. */
    public List<Long> queue(Actor reviewer, Stage stage) {
        if (prioritised(stage)) {
            return prioritised.queue(reviewer);
        }
        return db.read("reading the queue", tx -> tx.sql("SELECT s.record_id FROM stage_record s WHERE s.stage = "
                + ":stage AND s.is_open = 1 AND NOT EXISTS (SELECT 1 FROM current_decision c WHERE c.record_id = "
                + "s.record_id AND c.stage = :stage AND c.reviewer = :reviewer) ORDER BY s.queue_key, s.record_id")
                .bind("stage", stage.id()).bind("reviewer", reviewer.name()).list(rs -> rs.getLong("record_id")));
    }

    /** A record with the decisions the viewer may see. */
    public RecordView record(Actor viewer, long id) {
        return db.read("reading record " + id, tx -> new RecordView(RecordReads.get(tx, id),
                ScreeningCache.currentDecisions(tx, "WHERE record_id = :id AND stage IN (SELECT m.stage FROM "
                        + "current_decision m WHERE m.record_id = :id AND m.reviewer = :viewer)",
                        Map.of("id", id, "viewer", viewer.name()))));
    }

    /** The decisions the viewer may see at a stage: their own, and others' on the records they decided too. */
    public List<ScreeningDecision> decisionsVisibleTo(Actor viewer, Stage stage) {
        return db.read("reading decisions", tx -> tx.sql("SELECT c.record_id, c.stage, c.reviewer, c.decision_id, "
                + "c.decision, c.reason, c.note, c.decided_at FROM current_decision c WHERE c.stage = :stage AND "
                + "EXISTS (SELECT 1 FROM current_decision m WHERE m.record_id = c.record_id AND m.stage = c.stage AND "
                + "m.reviewer = :viewer) ORDER BY c.decision_id").bind("stage", stage.id())
                .bind("viewer", viewer.name()).list(ScreeningCache::decision));
    }

    /** Every reviewer's current decision, by record, stage and reviewer: for export by the owner, not blinded. */
    public List<ScreeningDecision> allDecisions() {
        return db.read("reading decisions", Screening::all);
    }

    private static List<ScreeningDecision> all(Tx tx) throws SQLException {
        return tx.sql("SELECT record_id, stage, reviewer, decision_id, decision, reason, note, decided_at FROM "
                + "current_decision ORDER BY record_id, CASE stage WHEN 'title-abstract' THEN 0 ELSE 1 END, reviewer")
                .list(ScreeningCache::decision);
    }

    /** A record's outcome at a stage (pending when it has not reached it). */
    public StageOutcome outcome(long record, Stage stage) {
        return db.read("reading outcome", tx -> {
            StageOutcome o = RecordPlace.of(tx, record).at(stage);
            return o == null ? StageOutcome.PENDING : o;
        });
    }

    /**
     * Imports decisions from CSV ({@code record,stage,reviewer,decision[,reason][,note]}) in one transaction: the
     * whole file is checked first, then each row is recorded as its reviewer's decision; a row equal to the
     * reviewer's current decision is skipped, so an exported file can be imported again.
     *
     * @throws InvalidInputException naming the file, line and column of the first bad row; nothing is recorded
     */
    public DecisionImport importDecisions(Actor importer, CsvSource csv) {
        List<DecisionsCsv.Row> rows = DecisionsCsv.read(csv);
        return db.write(importer, "decisions import from " + csv.name(), tx -> {
            Protocol protocol = protocols.current(tx);
            int recorded = 0;
            for (DecisionsCsv.Row row : rows) {
                Tx asReviewer = tx.as(row.reviewer());
                if (unchanged(asReviewer, row.decide())) {
                    continue;
                }
                try {
                    DecisionWriter.record(asReviewer, protocol, row.decide());
                } catch (ReviewException e) {
                    throw row.source().error(e);
                }
                recorded++;
            }
            tx.audit("import-decisions", "file", csv.name()).after(Json.object("rows", rows.size(), "recorded",
                    recorded)).write();
            return new DecisionImport(recorded, rows.size() - recorded);
        });
    }

    /** Whether the row asks for what is already so: the same current decision, or a withdrawal of none. */
    private static boolean unchanged(Tx tx, Decide d) throws SQLException {
        List<ScreeningDecision> current = ScreeningCache.currentDecisions(tx, "WHERE record_id = :id AND stage = "
                + ":stage AND reviewer = :reviewer", Map.of("id", d.record(), "stage", d.stage().id(), "reviewer",
                tx.actor().name()));
        if (d.decision() == Decision.WITHDRAWN) {
            return current.isEmpty();
        }
        return current.stream().anyMatch(c -> c.decision() == d.decision() && Objects.equals(c.reason(), d.reason())
                && Objects.equals(c.note(), d.note()));
    }

    /** Writes every current decision as CSV, by record, stage and reviewer. */
    public void exportDecisions(Writer out) throws IOException {
        DecisionsCsv.write(allDecisions(), out);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
