package org.evsynth.review;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where the review stands ({@link ReviewStatus}): the PRISMA 2020 counts, what is pending per stage and reviewer,
 * and the reviewers' agreement, each a few aggregate queries over the derived screening tables, so that the
 * dashboard stays quick at 100,000 records.
 */
public final class Progress {

    private final Database db;

    Progress(Database db) {
        this.db = db;
    }

    /** The counts, the pending work and the agreement, from one snapshot. */
    public ReviewStatus status() {
        return db.read("counting", tx -> {
            Map<String, Integer> perSource = new HashMap<>();
            Set<String> registers = new HashSet<>();
            tx.sql("SELECT s.source, s.source_kind, count(r.id) AS n FROM search s JOIN record r ON r.search_id = "
                    + "s.id WHERE NOT EXISTS (SELECT 1 FROM search_withdrawal w WHERE w.search_id = s.id) "
                    + "GROUP BY s.source, s.source_kind").each(rs -> {
                        if (SourceKind.of(rs.getString("source_kind")) == SourceKind.REGISTER) {
                            registers.add(rs.getString("source"));
                        }
                        perSource.merge(rs.getString("source"), rs.getInt("n"), Integer::sum);
                    });
            int total = perSource.values().stream().mapToInt(Integer::intValue).sum();
            int duplicates = (int) tx.sql("SELECT count(*) FROM duplicate_of").count();
            Map<String, Integer> ta = states(tx, Stage.TITLE_ABSTRACT);
            Map<String, Integer> ft = states(tx, Stage.FULL_TEXT);
            // records a stop by the stopping rule left unscreened: excluded in stage_record, but by no person
            int automation = (int) tx.sql("SELECT count(*) FROM stage_record WHERE stage = 'title-abstract' AND "
                    + "state = 'excluded' AND reason = :reason").bind("reason", ScreeningStops.REASON).count();
            Map<String, Integer> excludedFullText = new HashMap<>();
            tx.sql("SELECT reason, count(*) AS n FROM stage_record WHERE stage = 'full-text' AND state = 'excluded' "
                    + "GROUP BY reason").each(rs -> excludedFullText.merge(rs.getString("reason") == null
                    ? "no reason given" : rs.getString("reason"), rs.getInt("n"), Integer::sum));
            Set<Long> studies = new HashSet<>(tx.sql("SELECT s.record_id, l.study_id FROM stage_record s LEFT JOIN "
                    + "study_report l ON l.record_id = s.record_id WHERE s.stage = 'full-text' AND s.state = "
                    + "'included'").list(rs -> {
                        long study = rs.getLong("study_id");
                        // an included report linked to no study stands for a study of its own (negative key)
                        return rs.wasNull() ? -rs.getLong("record_id") : study;
                    }));
            Map<Stage, StagePending> pending = new EnumMap<>(Stage.class);
            Map<Stage, List<Agreement>> agreement = new EnumMap<>(Stage.class);
            List<String> reviewers = tx.sql("SELECT DISTINCT reviewer FROM screening_decision")
                    .list(rs -> rs.getString("reviewer"));
            for (Stage stage : Stage.values()) {
                pending.put(stage, pending(tx, stage, reviewers));
                agreement.put(stage, agreement(tx, stage));
            }
            return new ReviewStatus(perSource, registers, total, duplicates, count(ta, "included", "excluded")
                    - automation, count(ta, "excluded") - automation, automation, count(ta, "included"),
                    count(ft, "not-retrieved"), count(ft, "included", "excluded"), excludedFullText, studies.size(), count(ft, "included"),
                    pending, agreement);
        });
    }

    private static Map<String, Integer> states(Tx tx, Stage stage) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        tx.sql("SELECT state, count(*) AS n FROM stage_record WHERE stage = :stage GROUP BY state")
                .bind("stage", stage.id()).each(rs -> out.put(rs.getString("state"), rs.getInt("n")));
        return out;
    }

    private static int count(Map<String, Integer> states, String... names) {
        int n = 0;
        for (String name : names) {
            n += states.getOrDefault(name, 0);
        }
        return n;
    }

    private static StagePending pending(Tx tx, Stage stage, List<String> reviewers) throws SQLException {
        Map<String, Integer> states = states(tx, stage);
        int undecided = count(states, "pending", "conflict");
        Map<String, Integer> decidedOpen = new HashMap<>();
        tx.sql("SELECT c.reviewer, count(*) AS n FROM current_decision c JOIN stage_record s ON s.record_id = "
                + "c.record_id AND s.stage = c.stage WHERE c.stage = :stage AND s.is_open = 1 GROUP BY c.reviewer")
                .bind("stage", stage.id()).each(rs -> decidedOpen.put(rs.getString("reviewer"), rs.getInt("n")));
        Map<String, Integer> decided = new HashMap<>();
        tx.sql("SELECT c.reviewer, count(*) AS n FROM current_decision c JOIN stage_record s ON s.record_id = "
                + "c.record_id AND s.stage = c.stage WHERE c.stage = :stage GROUP BY c.reviewer")
                .bind("stage", stage.id()).each(rs -> decided.put(rs.getString("reviewer"), rs.getInt("n")));
        Map<String, Integer> perReviewer = new HashMap<>();
        for (String r : reviewers) {
            perReviewer.put(r, undecided - decidedOpen.getOrDefault(r, 0));
            decided.putIfAbsent(r, 0);
        }
        return new StagePending(undecided, count(states, "conflict"), perReviewer, decided);
    }

    private static List<Agreement> agreement(Tx tx, Stage stage) throws SQLException {
        Map<String, AgreementTable> tables = new TreeMap<>();
        tx.sql("SELECT a.reviewer AS ra, a.decision AS da, b.reviewer AS rb, b.decision AS db FROM current_decision a "
                + "JOIN current_decision b ON b.record_id = a.record_id AND b.stage = a.stage AND a.reviewer < "
                + "b.reviewer JOIN stage_record s ON s.record_id = a.record_id AND s.stage = a.stage "
                + "WHERE a.stage = :stage").bind("stage", stage.id()).each(rs -> {
                    String first = rs.getString("ra");
                    String second = rs.getString("rb");
                    tables.computeIfAbsent(first + "\u0000" + second, k -> new AgreementTable(first, second))
                            .add(Decision.of(rs.getString("da")), Decision.of(rs.getString("db")));
                });
        List<Agreement> out = new ArrayList<>();
        tables.values().forEach(t -> out.add(t.agreement()));
        return out;
    }
}
