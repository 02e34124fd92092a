package org.evsynth.review;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Records whose reviewers disagree, for the person who settles them (the arbiter or the review's owner: the list
 * shows every reviewer's decision), and their settlement, one by one, several at once, or from a CSV file, each
 * batch in one transaction.
 */
public final class Conflicts {

    private static final List<String> REQUIRED = List.of("record", "stage", "decision");
    private static final List<String> OPTIONAL = List.of("reason", "note");

    private final Database db;
    private final Protocols protocols;

    Conflicts(Database db, Protocols protocols) {
        this.db = db;
        this.protocols = protocols;
    }

    /** Settles a record's conflict at a stage: include or exclude, with the reason at full text. */
    public record Resolve(long record, Stage stage, Decision decision, String reason, String note) {

        public Resolve {
            Objects.requireNonNull(stage, "stage");
            if (decision != Decision.INCLUDE && decision != Decision.EXCLUDE) {
                throw new InvalidInputException("decision", String.format(Locale.ROOT, "a conflict on record %d is "
                        + "resolved by include or exclude, not %s", record, decision == null ? "nothing"
                        : decision.id()));
            }
            reason = Screening.blankToNull(reason);
            note = Screening.blankToNull(note);
        }
    }

    /** The conflicts at the stage (both stages when null), by stage then record, with every reviewer's decision. */
    public List<Conflict> list(Stage stage) {
        return db.read("listing conflicts", tx -> {
            List<Conflict> out = new ArrayList<>();
            for (Stage s : stage == null ? List.of(Stage.values()) : List.of(stage)) {
                Map<Long, List<ScreeningDecision>> byRecord = new LinkedHashMap<>();
                for (ScreeningDecision d : tx.sql("SELECT c.record_id, c.stage, c.reviewer, c.decision_id, "
                        + "c.decision, c.reason, c.note, c.decided_at FROM current_decision c WHERE c.stage = :stage "
                        + "AND c.record_id IN (SELECT s.record_id FROM stage_record s WHERE s.stage = :stage AND "
                        + "s.state = 'conflict') ORDER BY c.record_id, c.decision_id").bind("stage", s.id())
                        .list(ScreeningCache::decision)) {
                    byRecord.computeIfAbsent(d.recordId(), k -> new ArrayList<>()).add(d);
                }
                byRecord.forEach((record, decisions) -> out.add(new Conflict(record, s, decisions)));
            }
            return out;
        });
    }

    /**
     * Settles one conflict.
     *
     * @throws RefusedException when the record's reviewers do not disagree at the stage (they agree, or one has yet
     *                          to decide); the message says their decisions
     */
    public Resolution resolve(Actor resolver, Resolve command) {
        return resolveAll(resolver, List.of(command)).get(0);
    }

    /** Settles several conflicts in one transaction: all of them, or none when one is refused. */
    public List<Resolution> resolveAll(Actor resolver, List<Resolve> commands) {
        return db.write(resolver, "resolving " + commands.size() + " conflicts", tx -> {
            Protocol protocol = protocols.current(tx);
            List<Resolution> out = new ArrayList<>();
            for (Resolve c : commands) {
                out.add(write(tx, protocol, c));
            }
            return out;
        });
    }

    /**
     * Settles the conflicts listed in a CSV file ({@code record,stage,decision[,reason][,note]}), all or nothing.
     *
     * @throws InvalidInputException naming the file, line and column of the first bad or refused row
     */
    public List<Resolution> importResolutions(Actor resolver, CsvSource csv) {
        List<CsvTable.Row> rows = CsvTable.read(csv, REQUIRED, OPTIONAL).rows();
        List<Resolve> commands = new ArrayList<>();
        for (CsvTable.Row r : rows) {
            Decision d;
            try {
                d = Decision.of(r.required("decision"));
                commands.add(new Resolve(r.number("record"), DecisionsCsv.stage(r), d, r.get("reason"), r.get("note")));
            } catch (IllegalArgumentException e) {
                throw r.error("decision", e.getMessage());
            }
        }
        return db.write(resolver, "conflicts import from " + csv.name(), tx -> {
            Protocol protocol = protocols.current(tx);
            List<Resolution> out = new ArrayList<>();
            for (int i = 0; i < commands.size(); i++) {
                try {
                    out.add(write(tx, protocol, commands.get(i)));
                } catch (ReviewException e) {
                    throw rows.get(i).error(e);
                }
            }
            return out;
        });
    }

    private static Resolution write(Tx tx, Protocol protocol, Resolve c) throws SQLException {
        String doing = String.format(Locale.ROOT, "resolving record %d at %s", c.record(), c.stage().id());
        RecordPlace place = RecordPlace.of(tx, c.record());
        place.requireAt(c.stage(), doing);
        requireConflict(tx, protocol, place, c, doing);
        DecisionWriter.checkReason(tx, protocol, new Screening.Decide(c.record(), c.stage(),
                c.decision(), c.reason(), c.note()));
        long id = tx.nextId("resolution");
        tx.sql("INSERT INTO conflict_resolution (id, record_id, stage, resolver, decision, reason, note, resolved_at) "
                + "VALUES (:id, :record, :stage, :resolver, :decision, :reason, :note, :at)").bind("id", id)
                .bind("record", c.record()).bind("stage", c.stage().id()).bind("resolver", tx.actor().name())
                .bind("decision", c.decision().id()).bind("reason", c.reason()).bind("note", c.note())
                .bind("at", tx.at().toString()).update();
        ScreeningCache.refresh(tx, protocol, c.record());
        tx.audit("resolve-conflict", "record", c.record()).stage(c.stage()).before(Json.object("state",
                place.at(c.stage()).describe())).after(Json.object("resolution", id, "stage", c.stage().id(),
                "decision", c.decision().id(), "reason", c.reason(), "note", c.note())).write();
        return new Resolution(id, c.record(), c.stage(), tx.actor().name(), c.decision(), c.reason(), c.note(),
                tx.at());
    }

    /**
     * A resolution settles disagreement: the reviewers' current decisions must conflict (under single screening, a
     * record left at maybe may be settled too).
     */
    private static void requireConflict(Tx tx, Protocol protocol, RecordPlace place, Resolve c, String doing)
            throws SQLException {
        List<ScreeningDecision> current = ScreeningCache.currentDecisions(tx, "WHERE record_id = :id AND stage = "
                + ":stage", Map.of("id", c.record(), "stage", c.stage().id()));
        StageOutcome reviewers = OutcomeRule.reviewers(protocol.screeningMode(), current);
        boolean maybe = protocol.screeningMode() == ScreeningMode.SINGLE && !current.isEmpty()
                && current.get(current.size() - 1).decision() == Decision.MAYBE;
        if (reviewers.status() == StageOutcome.Status.CONFLICT || maybe) {
            return;
        }
        String decisions = current.isEmpty() ? "no decisions" : current.stream().map(d -> d.reviewer() + ": "
                + d.decision().id() + (d.reason() == null ? "" : " (" + d.reason() + ")"))
                .collect(Collectors.joining(", "));
        throw place.refused(doing, reviewers.isFinal()
                ? String.format(Locale.ROOT, "is not in conflict: its reviewers agree (%s), so it is %s", decisions,
                        reviewers.describe())
                : String.format(Locale.ROOT, "is not in conflict: it has %s at %s and awaits %s", decisions,
                        c.stage().id(), current.isEmpty() ? "its reviewers" : "a second reviewer"));
    }
}
