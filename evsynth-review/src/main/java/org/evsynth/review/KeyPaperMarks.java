package org.evsynth.review;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.evsynth.records.Normalize;

/**
 * The key papers' rows, and finding the record a reviewer means by a record id, a DOI or a PubMed id. Every write
 * runs in the caller's transaction with its audit entry.
 */
final class KeyPaperMarks {

    private static final String AT_TITLE_ABSTRACT = "EXISTS (SELECT 1 FROM stage_record s WHERE s.record_id = r.id "
            + "AND s.stage = 'title-abstract')";

    private KeyPaperMarks() {
    }

    /** A change to one record's mark: whether it changed anything. */
    @FunctionalInterface
    interface Change {
        boolean apply(Tx tx, long recordId) throws SQLException;
    }

    /** Applies the change to each record in turn; returns those it changed. */
    static List<Long> each(Tx tx, List<Long> recordIds, Change change) throws SQLException {
        List<Long> changed = new ArrayList<>();
        for (long id : recordIds) {
            if (change.apply(tx, id)) {
                changed.add(id);
            }
        }
        return changed;
    }

    /** Marks the record; false when it was a key paper already. */
    static boolean mark(Tx tx, long recordId) throws SQLException {
        requireAtTitleAbstract(tx, recordId);
        if (tx.sql("SELECT 1 FROM key_paper WHERE record_id = :id").bind("id", recordId).exists()) {
            return false;
        }
        tx.sql("INSERT INTO key_paper (record_id, marked_by, marked_at) VALUES (:id, :by, :at)")
                .bind("id", recordId).bind("by", tx.actor().name()).bind("at", tx.at().toString()).update();
        tx.audit("key-paper", "record", recordId).stage(Stage.TITLE_ABSTRACT)
                .after(Json.object("key_paper", true)).write();
        return true;
    }

    /** Takes the mark back; false when the record was no key paper. The audit entry keeps who had marked it. */
    static boolean unmark(Tx tx, long recordId) throws SQLException {
        requireAtTitleAbstract(tx, recordId);
        List<KeyPaper> marked = tx.sql("SELECT record_id, marked_by, marked_at FROM key_paper WHERE record_id = :id")
                .bind("id", recordId).list(KeyPaperMarks::row);
        if (marked.isEmpty()) {
            return false;
        }
        tx.sql("DELETE FROM key_paper WHERE record_id = :id").bind("id", recordId).update();
        tx.audit("unmark-key-paper", "record", recordId).stage(Stage.TITLE_ABSTRACT)
                .before(Json.object("key_paper", true, "marked_by", marked.get(0).markedBy(), "marked_at",
                        marked.get(0).markedAt().toString()))
                .after(Json.object("key_paper", false)).write();
        return true;
    }

    static List<KeyPaper> all(Tx tx) throws SQLException {
        return tx.sql("SELECT record_id, marked_by, marked_at FROM key_paper ORDER BY marked_at, record_id")
                .list(KeyPaperMarks::row);
    }

    private static KeyPaper row(java.sql.ResultSet rs) throws SQLException {
        return new KeyPaper(rs.getLong("record_id"), rs.getString("marked_by"),
                Instant.parse(rs.getString("marked_at")));
    }

    private static void requireAtTitleAbstract(Tx tx, long recordId) throws SQLException {
        if (!tx.sql("SELECT 1 FROM stage_record WHERE record_id = :id AND stage = 'title-abstract'")
                .bind("id", recordId).exists()) {
            throw new UnknownEntityException(tx.say("record %d is not screened at title and abstract (a "
                    + "duplicate, from a withdrawn search, or no such record)", recordId));
        }
    }

    /**
     * The record screened at title and abstract that a reference names: a record id ({@code 12}), a DOI
     * ({@code 10.1056/NEJMoa2312572}, {@code doi:...} or a doi.org link, compared case-insensitively as DOIs are)
     * or a PubMed id ({@code pmid:38587239}).
     *
     * @throws InvalidInputException  when the reference is none of these forms
     * @throws UnknownEntityException when no record at title and abstract carries it, or several do (not yet
     *                                deduplicated); the message names the reference and the records
     */
    static long find(Tx tx, String reference) throws SQLException {
        String ref = reference == null ? "" : reference.strip();
        if (ref.matches("\\d{1,18}")) {
            long id = Long.parseLong(ref);
            requireAtTitleAbstract(tx, id);
            return id;
        }
        String lower = ref.toLowerCase(Locale.ROOT);
        if (lower.startsWith("pmid:")) {
            String pmid = ref.substring(5).strip();
            if (!pmid.matches("\\d{1,12}")) {
                throw new InvalidInputException("reference", tx.say("'%s' is not a PubMed id (pmid: then digits)",
                        ref));
            }
            return only(tx, "PMID " + pmid, tx.sql("SELECT r.id FROM record r WHERE r.pmid = :v AND "
                    + AT_TITLE_ABSTRACT + " ORDER BY r.id").bind("v", pmid).list(rs -> rs.getLong("id")));
        }
        String doi = Normalize.doi(ref);
        if (doi == null) {
            throw new InvalidInputException("reference", tx.say("'%s' is neither a record id, a DOI (10.prefix/"
                    + "suffix) nor a PubMed id (pmid:NUMBER)", ref));
        }
        return only(tx, "DOI " + doi, tx.sql("SELECT r.id FROM record r WHERE lower(r.doi) = :v AND "
                + AT_TITLE_ABSTRACT + " ORDER BY r.id").bind("v", doi).list(rs -> rs.getLong("id")));
    }

    private static long only(Tx tx, String what, List<Long> ids) {
        if (ids.size() == 1) {
            return ids.get(0);
        }
        throw new UnknownEntityException(ids.isEmpty()
                ? tx.say("no record screened at title and abstract has %s (evsynth records DIR lists the records "
                        + "with their ids)", what)
                : tx.say("%s is on records %s, not yet found to be duplicates: name one by its id, or run evsynth "
                        + "dedup first", what, ids));
    }
}
