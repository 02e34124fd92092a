package org.evsynth.review;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Studies, the unit of analysis, and the reports (records) that describe them: created, relabelled, their reports
 * linked and unlinked, and withdrawn, each with its audit entry. A report excluded at any stage, not retrieved,
 * a duplicate or withdrawn cannot be linked.
 */
public final class Studies {

    private final Database db;

    Studies(Database db) {
        this.db = db;
    }

    /** A new study and the reports that describe it. */
    public record Create(String label, List<Long> reports) {

        public Create {
            label = requireLabel(label);
            reports = List.copyOf(reports);
        }
    }

    /** Reports to link to a study; a report linked to another study moves. */
    public record Link(long study, List<Long> reports) {

        public Link {
            reports = List.copyOf(reports);
        }
    }

    /** A study's new label. */
    public record Relabel(long study, String label) {

        public Relabel {
            label = requireLabel(label);
        }
    }

    private static String requireLabel(String label) {
        if (label == null || label.isBlank()) {
            throw new InvalidInputException("label", "a study needs a label, such as \"Moller 2024\"");
        }
        return label.strip();
    }

    /** Creates the study with its reports, all in one transaction. */
    public Study create(Actor actor, Create command) {
        return db.write(actor, "creating study '" + command.label() + "'", tx -> {
            refuseTakenLabel(tx, command.label());
            long id = tx.nextId("study");
            tx.sql("INSERT INTO study (id, label, created_by, created_at) VALUES (:id, :label, :by, :at)")
                    .bind("id", id).bind("label", command.label()).bind("by", tx.actor().name())
                    .bind("at", tx.at().toString()).update();
            tx.audit("create-study", "study", id).after(Json.object("label", command.label())).write();
            for (long record : command.reports()) {
                link(tx, id, record);
            }
            return get(tx, id);
        });
    }

    /** Links reports to the study. */
    public Study link(Actor actor, Link command) {
        return db.write(actor, "linking reports to study " + command.study(), tx -> {
            require(tx, command.study());
            for (long record : command.reports()) {
                link(tx, command.study(), record);
            }
            return get(tx, command.study());
        });
    }

    /** Unlinks a report from its study. */
    public void unlink(Actor actor, long record) {
        db.write(actor, "unlinking record " + record, tx -> {
            RecordReads.get(tx, record);
            long study = tx.sql("SELECT study_id FROM study_report WHERE record_id = :r").bind("r", record)
                    .first(rs -> rs.getLong("study_id")).orElseThrow(() -> new RefusedException(tx.say(
                            "unlinking record %d refused: it is a report of no study", record)));
            tx.sql("DELETE FROM study_report WHERE record_id = :r").bind("r", record).update();
            tx.audit("unlink-report", "record", record).before(Json.object("study", study))
                    .after(Json.object("study", null)).write();
            return null;
        });
    }

    /** Gives the study another label. */
    public Study relabel(Actor actor, Relabel command) {
        return db.write(actor, "relabelling study " + command.study(), tx -> {
            Study before = require(tx, command.study());
            refuseTakenLabel(tx, command.label());
            tx.sql("UPDATE study SET label = :label WHERE id = :id").bind("label", command.label())
                    .bind("id", command.study()).update();
            tx.audit("relabel-study", "study", command.study()).before(Json.object("label", before.label()))
                    .after(Json.object("label", command.label())).write();
            return get(tx, command.study());
        });
    }

    /**
     * Withdraws a study created by mistake: its reports are unlinked and its extraction and judgements no longer
     * read; its label is freed for another study. The audit entry keeps what it was.
     */
    public void withdraw(Actor actor, long study) {
        db.write(actor, "withdrawing study " + study, tx -> {
            Study before = require(tx, study);
            tx.sql("DELETE FROM study_report WHERE study_id = :id").bind("id", study).update();
            tx.sql("UPDATE study SET withdrawn_at = :at, label = :label WHERE id = :id").bind("at", tx.at().toString())
                    .bind("label", String.format(Locale.ROOT, "%s (withdrawn study %d)", before.label(), study))
                    .bind("id", study).update();
            tx.audit("withdraw-study", "study", study).before(Json.object("label", before.label(), "reports",
                    before.reports())).after(Json.object("withdrawn", true)).write();
            return null;
        });
    }

    /** The studies not withdrawn, by id, with their reports. */
    public List<Study> list() {
        return db.read("listing studies", tx -> {
            Map<Long, String> labels = new LinkedHashMap<>();
            Map<Long, List<Long>> reports = new LinkedHashMap<>();
            tx.sql("SELECT id, label FROM study WHERE withdrawn_at IS NULL ORDER BY id").each(rs -> {
                reports.put(rs.getLong("id"), new ArrayList<>());
                labels.put(rs.getLong("id"), rs.getString("label"));
            });
            tx.sql("SELECT study_id, record_id FROM study_report ORDER BY record_id").each(rs -> {
                List<Long> of = reports.get(rs.getLong("study_id"));
                if (of != null) {
                    of.add(rs.getLong("record_id"));
                }
            });
            List<Study> out = new ArrayList<>();
            labels.forEach((id, label) -> out.add(new Study(id, label, reports.get(id))));
            return out;
        });
    }

    private static void link(Tx tx, long study, long record) throws SQLException {
        String doing = String.format(Locale.ROOT, "linking record %d to study %d", record, study);
        RecordPlace place = RecordPlace.of(tx, record);
        place.requireInReview(doing);
        for (Stage stage : Stage.values()) {
            StageOutcome o = place.at(stage);
            if (o != null && o.status() == StageOutcome.Status.EXCLUDED) {
                throw place.refused(doing, "is " + o.describe() + " at " + stage.id() + "; only reports not "
                        + "excluded belong to a study");
            }
        }
        if (place.notRetrieved()) {
            throw place.refused(doing, "has no full text (not retrieved)");
        }
        Optional<Long> before = tx.sql("SELECT study_id FROM study_report WHERE record_id = :r").bind("r", record)
                .first(rs -> rs.getLong("study_id"));
        tx.sql(before.isEmpty()
                ? "INSERT INTO study_report (study_id, linked_by, linked_at, record_id) VALUES (:s, :by, :at, :r)"
                : "UPDATE study_report SET study_id = :s, linked_by = :by, linked_at = :at WHERE record_id = :r")
                .bind("s", study).bind("by", tx.actor().name()).bind("at", tx.at().toString()).bind("r", record)
                .update();
        tx.audit("link-report", "record", record).before(before.map(s -> Json.object("study", s)).orElse(null))
                .after(Json.object("study", study)).write();
    }

    private static void refuseTakenLabel(Tx tx, String label) throws SQLException {
        Optional<Long> taken = tx.sql("SELECT id FROM study WHERE label = :label").bind("label", label)
                .first(rs -> rs.getLong("id"));
        if (taken.isPresent()) {
            throw new RefusedException(tx.say("study %d is labelled '%s' already; choose another label",
                    taken.get(), label));
        }
    }

    /** The study, which must exist and not be withdrawn. */
    static Study require(Tx tx, long id) throws SQLException {
        Optional<String> withdrawn = tx.sql("SELECT withdrawn_at FROM study WHERE id = :id").bind("id", id)
                .first(rs -> String.valueOf(rs.getString("withdrawn_at")));
        if (withdrawn.isEmpty()) {
            throw new UnknownEntityException(tx.say("no study %d", id));
        }
        if (!"null".equals(withdrawn.get())) {
            throw new RefusedException(tx.say("study %d was withdrawn", id));
        }
        return get(tx, id);
    }

    private static Study get(Tx tx, long id) throws SQLException {
        String label = tx.sql("SELECT label FROM study WHERE id = :id").bind("id", id).first(rs ->
                rs.getString("label")).orElseThrow();
        return new Study(id, label, tx.sql("SELECT record_id FROM study_report WHERE study_id = :id ORDER BY "
                + "record_id").bind("id", id).list(rs -> rs.getLong("record_id")));
    }
}
