package org.evsynth.review;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The team's recall curve at title and abstract so far: the records screened, in the order they were screened, and
 * whether each counted as an include, as the dashboard and the report draw it against screening in random order
 * (ASReview LAB's progress chart). Read-only.
 *
 * <p>What counts, so that the curve follows the labels the model trains on and keeps dual screening blinded:
 * <ul>
 * <li>single screening: every record with a decision, placed at its first decision and labelled by its latest
 * (include or maybe count as includes, as the model trains on maybe);</li>
 * <li>dual screening: only records whose outcome is final (the reviewers agreed, or a conflict was settled), placed
 * at the last vote that completed them. A record one reviewer has decided, or one in conflict, is not on the curve:
 * it may still be open to someone, and the curve must not tell them how it was voted. A final record is closed to
 * everyone, so nothing on the curve is about a record anyone can still decide.</li>
 * </ul>
 * Records marked ineligible by automation when screening stopped are not screened and not on the curve.
 */
public final class ScreeningCurve {

    private final Database db;
    private final Protocols protocols;

    ScreeningCurve(Database db, Protocols protocols) {
        this.db = db;
        this.protocols = protocols;
    }

    /**
     * The curve so far.
     *
     * @param order     the protocol's screening order (the dashboard draws the curve in priority order only)
     * @param mode      single or dual screening (what counts as screened, above)
     * @param records   records at title and abstract, screened or not (the curve's x-axis runs to this)
     * @param includes  for each record screened, in the order screened, whether it counted as an include
     * @param awaiting  in dual screening, records both reviewers decided that are not final yet (conflicts), left
     *                  off the curve until settled; 0 in single screening
     * @param stoppedAt records on the curve screened by the time the team stopped by the stopping rule (the last
     *                  stop), or -1 when it did not stop
     * @param keyPapers the records marked as key papers, by id
     */
    public record Curve(ScreeningOrder order, ScreeningMode mode, int records, List<Boolean> includes, int awaiting,
            int stoppedAt, List<Long> keyPapers) {

        public Curve {
            includes = List.copyOf(includes);
            keyPapers = List.copyOf(keyPapers);
        }

        /** Records screened. */
        public int screened() {
            return includes.size();
        }

        /** Includes found. */
        public int found() {
            return (int) includes.stream().filter(i -> i).count();
        }

        /** For each include found, the records screened when it was found (1-based), increasing. */
        public int[] foundAt() {
            int[] at = new int[found()];
            for (int i = 0, n = 0; i < includes.size(); i++) {
                if (includes.get(i)) {
                    at[n++] = i + 1;
                }
            }
            return at;
        }
    }

    /** One record on the curve: when it counts as screened, and its label. */
    private record Screened(long decisionId, Instant at, boolean include) {
    }

    /** The team's curve now. */
    public Curve read() {
        return db.read("reading the screening curve", tx -> {
            Protocol protocol = protocols.current(tx);
            List<Screened> screened = protocol.screeningMode() == ScreeningMode.DUAL ? settled(tx) : decided(tx);
            Optional<Instant> stop = tx.sql("SELECT stopped_at FROM screening_stop WHERE stage = 'title-abstract' "
                    + "ORDER BY id DESC").first(rs -> Instant.parse(rs.getString("stopped_at")));
            int stoppedAt = stop.map(at -> (int) screened.stream().filter(s -> !s.at().isAfter(at)).count())
                    .orElse(-1);
            int awaiting = protocol.screeningMode() == ScreeningMode.DUAL ? (int) tx.sql("SELECT count(*) FROM "
                    + "stage_record WHERE stage = 'title-abstract' AND state = 'conflict'").count() : 0;
            int records = (int) tx.sql("SELECT count(*) FROM stage_record WHERE stage = 'title-abstract'").count();
            List<Long> keyPapers = tx.sql("SELECT record_id FROM key_paper ORDER BY record_id")
                    .list(rs -> rs.getLong("record_id"));
            return new Curve(protocol.order(), protocol.screeningMode(), records,
                    screened.stream().map(Screened::include).toList(), awaiting, stoppedAt, keyPapers);
        });
    }

    /**
     * Single screening: each record with a current decision, placed at the first decision ever made on it (a changed
     * decision does not move it) and labelled by its latest.
     */
    private static List<Screened> decided(Tx tx) throws SQLException {
        Map<Long, Boolean> labels = new HashMap<>();
        tx.sql("SELECT c.record_id, c.decision FROM current_decision c JOIN stage_record s ON s.record_id = "
                + "c.record_id AND s.stage = c.stage WHERE c.stage = 'title-abstract' ORDER BY c.decision_id")
                .each(rs -> labels.put(rs.getLong("record_id"), !"exclude".equals(rs.getString("decision"))));
        Map<Long, Screened> byRecord = new LinkedHashMap<>();
        tx.sql("SELECT record_id, id, decided_at FROM screening_decision WHERE stage = 'title-abstract' AND decision "
                + "<> 'withdrawn' ORDER BY id").each(rs -> {
                    Boolean include = labels.get(rs.getLong("record_id"));
                    if (include != null) {
                        byRecord.putIfAbsent(rs.getLong("record_id"), new Screened(rs.getLong("id"),
                                Instant.parse(rs.getString("decided_at")), include));
                    }
                });
        return new ArrayList<>(byRecord.values());
    }

    /** Dual screening: each record with a final outcome, at the last current vote on it, labelled by the outcome. */
    private static List<Screened> settled(Tx tx) throws SQLException {
        Map<Long, Screened> byRecord = new LinkedHashMap<>();
        tx.sql("SELECT s.record_id, s.state, c.decision_id, c.decided_at FROM stage_record s JOIN current_decision c "
                + "ON c.record_id = s.record_id AND c.stage = s.stage WHERE s.stage = 'title-abstract' AND s.state IN "
                + "('included', 'excluded') ORDER BY c.decision_id").each(rs -> byRecord.put(rs.getLong("record_id"),
                        new Screened(rs.getLong("decision_id"), Instant.parse(rs.getString("decided_at")),
                                "included".equals(rs.getString("state")))));
        List<Screened> out = new ArrayList<>(byRecord.values());
        out.sort((a, b) -> Long.compare(a.decisionId(), b.decisionId()));
        return out;
    }
}
