package org.evsynth.review;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Where one record stands, read in the transaction that is about to change it, and the refusals that follow from
 * it: each says the record's state, so that a person (or the web app's 409) knows why.
 *
 * @param withdrawnSearch the search it came in when that search was withdrawn, else null
 * @param duplicateOf     the record kept in its duplicate group, or null
 * @param titleAbstract   its outcome at title and abstract, null when it is not screened (duplicate, withdrawn)
 * @param fullText        its outcome at full text, null when it has not reached that stage
 * @param notRetrieved    whether its full text was sought but not retrieved
 */
record RecordPlace(long id, Long withdrawnSearch, Long duplicateOf, StageOutcome titleAbstract,
        StageOutcome fullText, boolean notRetrieved) {

    /** @throws UnknownEntityException when the review has no such record */
    static RecordPlace of(Tx tx, long id) throws SQLException {
        return tx.sql("SELECT r.id, w.search_id AS withdrawn_search, d.kept_id, ta.state AS ta_state, "
                + "ta.reason AS ta_reason, ft.state AS ft_state, ft.reason AS ft_reason FROM record r "
                + "LEFT JOIN search_withdrawal w ON w.search_id = r.search_id "
                + "LEFT JOIN duplicate_of d ON d.record_id = r.id "
                + "LEFT JOIN stage_record ta ON ta.record_id = r.id AND ta.stage = 'title-abstract' "
                + "LEFT JOIN stage_record ft ON ft.record_id = r.id AND ft.stage = 'full-text' WHERE r.id = :id")
                .bind("id", id).first(rs -> {
                    String ft = rs.getString("ft_state");
                    boolean notRetrieved = "not-retrieved".equals(ft);
                    return new RecordPlace(id, (Long) nullable(rs.getLong("withdrawn_search"), rs.wasNull()),
                            (Long) nullable(rs.getLong("kept_id"), rs.wasNull()),
                            outcome(rs.getString("ta_state"), rs.getString("ta_reason")),
                            notRetrieved ? null : outcome(ft, rs.getString("ft_reason")), notRetrieved);
                })
                .orElseThrow(() -> new UnknownEntityException(String.format(Locale.ROOT, "review %s has no record %d",
                        tx.review(), id)));
    }

    private static Object nullable(long value, boolean wasNull) {
        return wasNull ? null : value;
    }

    private static StageOutcome outcome(String state, String reason) {
        return state == null ? null : new StageOutcome(StageOutcome.Status.of(state), reason);
    }

    /** Its outcome at the stage, or null when it is not at the stage. */
    StageOutcome at(Stage stage) {
        return stage == Stage.TITLE_ABSTRACT ? titleAbstract : fullText;
    }

    /** Refuses unless the record is screened at the stage, saying where it stands instead. */
    void requireAt(Stage stage, String doing) {
        requireInReview(doing);
        if (stage == Stage.FULL_TEXT && fullText == null) {
            throw refused(doing, notRetrieved ? "its full text was not retrieved (evsynth retrieval --retrieved "
                    + "if it was found since)" : "it is " + titleAbstract.describe() + " at title-abstract; only "
                    + "records included there are assessed in full text");
        }
    }

    /** Refuses a record that is withdrawn or a duplicate. */
    void requireInReview(String doing) {
        if (withdrawnSearch != null) {
            throw refused(doing, "it came with search " + withdrawnSearch + ", which was withdrawn");
        }
        if (duplicateOf != null) {
            throw refused(doing, "it is a duplicate of record " + duplicateOf + "; that record is the one screened");
        }
    }

    /** One line for messages: "included at title-abstract, excluded (wrong population) at full-text". */
    String describe() {
        if (withdrawnSearch != null) {
            return "withdrawn with search " + withdrawnSearch;
        }
        if (duplicateOf != null) {
            return "a duplicate of record " + duplicateOf;
        }
        String ta = titleAbstract.describe() + " at title-abstract";
        if (notRetrieved) {
            return ta + ", full text not retrieved";
        }
        return fullText == null ? ta : ta + ", " + fullText.describe() + " at full-text";
    }

    RefusedException refused(String doing, String why) {
        return new RefusedException(String.format(Locale.ROOT, "%s refused: record %d %s", doing, id,
                why.startsWith("it ") ? why.substring(3) : why));
    }
}
