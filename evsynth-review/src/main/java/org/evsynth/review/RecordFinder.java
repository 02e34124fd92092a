package org.evsynth.review;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evsynth.records.Author;
import org.evsynth.records.BibRecord;

/**
 * Finds the records a {@link RecordFilter} selects, in queue order. Each word narrows the rows in SQL first (a
 * case-insensitive LIKE over the stored record, portable to SQLite and PostgreSQL, which needs no index of its own and
 * stays in step with every import and withdrawal), then the record's own fields are checked, so a word found only in
 * the stored form's keys ("title", "family") finds nothing.
 */
final class RecordFinder {

    private static final String SELECT = "SELECT r.id, r.search_id, r.position, r.fields, c.decision_id, "
            + "c.record_id AS decided_record, c.stage AS decided_stage, c.reviewer, c.decision, c.reason, c.note, "
            + "c.decided_at FROM stage_record s JOIN record r ON r.id = s.record_id LEFT JOIN current_decision c "
            + "ON c.record_id = s.record_id AND c.stage = s.stage AND c.reviewer = :viewer WHERE s.stage = :stage";

    private RecordFinder() {
    }

    static List<FoundRecord> find(Tx tx, Actor viewer, RecordFilter f) throws SQLException {
        StringBuilder where = new StringBuilder(SELECT);
        Map<String, Object> values = new HashMap<>();
        // SQLite's LIKE ignores the case of ASCII letters only, and has no ILIKE; PostgreSQL's ILIKE ignores any case.
        // Either is several times quicker than lower() over the whole stored record.
        boolean sqlite = "SQLite".equals(tx.connection().getMetaData().getDatabaseProductName());
        for (int i = 0; i < f.words().size(); i++) {
            String word = f.words().get(i);
            if (!sqlite || word.chars().allMatch(ch -> ch < 128)) {
                where.append(sqlite ? " AND r.fields LIKE :w" : " AND r.fields ILIKE :w").append(i)
                        .append(" ESCAPE '!'");
                values.put("w" + i, "%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
        }
        switch (f.mine()) {
            case ANY -> { }
            case UNDECIDED -> where.append(" AND c.decision IS NULL");
            default -> {
                where.append(" AND c.decision = :mine");
                values.put("mine", f.mine().name().toLowerCase(Locale.ROOT));
            }
        }
        if (f.label() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM record_label l WHERE l.record_id = s.record_id AND l.reviewer = "
                    + ":viewer AND l.label = :label)");
            values.put("label", f.label());
        }
        Sql sql = tx.sql(where.append(" ORDER BY s.queue_key, s.record_id").toString()).bind("viewer", viewer.name())
                .bind("stage", f.stage().id());
        values.forEach(sql::bind);
        List<FoundRecord> out = new ArrayList<>();
        sql.until(rs -> {
            BibRecord record = Json.record(rs.getString("fields"));
            if (holdsAll(record, f.words())) {
                rs.getLong("decision_id");
                ScreeningDecision mine = rs.wasNull() ? null : new ScreeningDecision(rs.getLong("decision_id"),
                        rs.getLong("decided_record"), Stage.of(rs.getString("decided_stage")),
                        rs.getString("reviewer"), Decision.of(rs.getString("decision")), rs.getString("reason"),
                        rs.getString("note"), java.time.Instant.parse(rs.getString("decided_at")));
                out.add(new FoundRecord(new ReviewRecord(rs.getLong("id"), rs.getLong("search_id"),
                        rs.getInt("position"), record), mine, List.of()));
            }
            return out.size() < f.limit();
        });
        List<FoundRecord> labelled = new ArrayList<>(out.size());
        for (FoundRecord found : out) {
            labelled.add(new FoundRecord(found.record(), found.mine(), tx.sql("SELECT label FROM record_label WHERE "
                    + "record_id = :record AND reviewer = :viewer ORDER BY label").bind("record", found.record().id())
                    .bind("viewer", viewer.name()).list(rs -> rs.getString("label"))));
        }
        return labelled;
    }

    private static boolean holdsAll(BibRecord r, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        StringBuilder text = new StringBuilder();
        for (String s : new String[] {r.title(), r.abstractText(), r.journal(), r.doi(), r.pmid()}) {
            if (s != null) {
                text.append(s).append('\n');
            }
        }
        for (Author a : r.authors()) {
            text.append(a.display()).append('\n');
        }
        r.keywords().forEach(k -> text.append(k).append('\n'));
        r.meshHeadings().forEach(k -> text.append(k).append('\n'));
        String haystack = text.toString().toLowerCase(Locale.ROOT);
        return words.stream().allMatch(haystack::contains);
    }
}
