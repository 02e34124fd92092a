package org.evsynth.review;

import java.util.List;
import java.util.Locale;

/**
 * A reviewer's own labels on records ("pediatric", "ask Carol"), put on and taken off while screening, to find the
 * records again. Labels are private to their reviewer: no read here returns another reviewer's labels, so a label
 * cannot carry one reviewer's leaning to another under blinding. Each change is one transaction with its audit entry.
 */
public final class Labels {

    private static final int LONGEST = 40;

    private final Database db;

    Labels(Database db) {
        this.db = db;
    }

    /**
     * A label to put on a record ({@code on}) or take off it.
     *
     * @param label at most 40 characters, not blank, no control characters; stored stripped
     */
    public record Change(long record, String label, boolean on) {

        public Change {
            if (label == null || label.isBlank()) {
                throw new InvalidInputException("label", "a label needs some text");
            }
            label = label.strip();
            if (label.length() > LONGEST || label.codePoints().anyMatch(Character::isISOControl)) {
                throw new InvalidInputException("label", String.format(Locale.ROOT, "a label has at most %d "
                        + "characters and no control characters (this one has %d)", LONGEST, label.length()));
            }
        }
    }

    /**
     * Puts the label on the record or takes it off, for the actor; putting on a label already there, or taking off
     * one that is not, changes nothing and writes no audit entry.
     *
     * @return the actor's labels on the record afterwards, in alphabetical order
     * @throws UnknownEntityException when there is no such record
     * @throws RefusedException       when the record is no longer screened (withdrawn, or a duplicate)
     */
    public List<String> change(Actor actor, Change command) {
        return db.write(actor, "labelling record " + command.record(), tx -> {
            RecordPlace.of(tx, command.record()).requireInReview(String.format(Locale.ROOT, "labelling record %d",
                    command.record()));
            boolean present = tx.sql("SELECT 1 FROM record_label WHERE record_id = :record AND reviewer = :reviewer "
                    + "AND label = :label").bind("record", command.record()).bind("reviewer", actor.name())
                    .bind("label", command.label()).exists();
            if (present != command.on()) {
                Sql change = command.on()
                        ? tx.sql("INSERT INTO record_label (record_id, reviewer, label, added_at) VALUES (:record, "
                                + ":reviewer, :label, :at)").bind("at", tx.at().toString())
                        : tx.sql("DELETE FROM record_label WHERE record_id = :record AND reviewer = :reviewer AND "
                                + "label = :label");
                change.bind("record", command.record()).bind("reviewer", actor.name()).bind("label", command.label())
                        .update();
                tx.audit(command.on() ? "label" : "unlabel", "record", command.record())
                        .after(Json.object("label", command.label())).write();
            }
            return of(tx, actor, command.record());
        });
    }

    /** The viewer's own labels on the record, in alphabetical order. */
    public List<String> of(Actor viewer, long record) {
        return db.read("reading labels", tx -> of(tx, viewer, record));
    }

    /** Every label the viewer uses, in alphabetical order. */
    public List<String> used(Actor viewer) {
        return db.read("reading labels", tx -> tx.sql("SELECT DISTINCT label FROM record_label WHERE reviewer = "
                + ":reviewer ORDER BY label").bind("reviewer", viewer.name()).list(rs -> rs.getString("label")));
    }

    private static List<String> of(Tx tx, Actor viewer, long record) throws java.sql.SQLException {
        return tx.sql("SELECT label FROM record_label WHERE record_id = :record AND reviewer = :reviewer ORDER BY "
                + "label").bind("record", record).bind("reviewer", viewer.name()).list(rs -> rs.getString("label"));
    }
}
