package org.evsynth.review;

import java.util.Locale;

/**
 * Full texts sought for retrieval: whether the report of a record included at title and abstract was obtained, for
 * the PRISMA 2020 boxes 'reports sought for retrieval' and 'reports not retrieved'. A report not retrieved leaves
 * the full-text queue until it is recorded as retrieved.
 */
public final class FullText {

    private final Database db;
    private final Protocols protocols;

    FullText(Database db, Protocols protocols) {
        this.db = db;
        this.protocols = protocols;
    }

    /** Whether the full text of the record was obtained. */
    public record Retrieval(long record, boolean retrieved) {
    }

    /**
     * Records the retrieval.
     *
     * @throws RefusedException when the record is not included at title and abstract (only those are sought)
     */
    public Retrieval record(Actor actor, Retrieval command) {
        return db.write(actor, "retrieval of record " + command.record(), tx -> {
            String doing = String.format(Locale.ROOT, "recording the full text of record %d as %s", command.record(),
                    command.retrieved() ? "retrieved" : "not retrieved");
            RecordPlace place = RecordPlace.of(tx, command.record());
            place.requireInReview(doing);
            if (place.titleAbstract().status() != StageOutcome.Status.INCLUDED) {
                throw place.refused(doing, "is " + place.titleAbstract().describe() + " at title-abstract; only "
                        + "records included there are sought for retrieval");
            }
            long id = tx.nextId("retrieval");
            String status = command.retrieved() ? "retrieved" : "not-retrieved";
            tx.sql("INSERT INTO retrieval (id, record_id, status, recorded_by, recorded_at) VALUES (:id, :record, "
                    + ":status, :by, :at)").bind("id", id).bind("record", command.record()).bind("status", status)
                    .bind("by", tx.actor().name()).bind("at", tx.at().toString()).update();
            ScreeningCache.refresh(tx, protocols.current(tx), command.record());
            tx.audit("retrieval", "record", command.record()).stage(Stage.FULL_TEXT)
                    .before(Json.object("not_retrieved", place.notRetrieved())).after(Json.object("status", status))
                    .write();
            return command;
        });
    }
}
