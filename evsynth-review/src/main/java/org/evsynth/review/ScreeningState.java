package org.evsynth.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A snapshot of every screening decision, conflict resolution and retrieval, read in one transaction, and the
 * rules that turn them into a record's {@link Outcome} at each stage.
 *
 * <p>Single screening: the latest include or exclude by anyone decides; maybe leaves the record pending. Dual
 * screening: two or more reviewers whose current decisions are all include, or all exclude, decide; any other
 * mix once two have decided is a conflict. A conflict resolution (latest wins) overrides the reviewers.
 */
final class ScreeningState {

    private final ScreeningMode mode;
    private final Map<Stage, Map<Long, Map<String, ScreeningDecision>>> current = new EnumMap<>(Stage.class);
    private final Map<Stage, Map<Long, Outcome>> resolutions = new EnumMap<>(Stage.class);
    private final Set<Long> notRetrieved = new HashSet<>();
    private final Set<String> reviewers = new TreeSet<>();

    private ScreeningState(ScreeningMode mode) {
        this.mode = mode;
        for (Stage s : Stage.values()) {
            current.put(s, new HashMap<>());
            resolutions.put(s, new HashMap<>());
        }
    }

    static ScreeningState load(Connection c, ScreeningMode mode) throws SQLException {
        ScreeningState state = new ScreeningState(mode);
        try (PreparedStatement ps = c.prepareStatement("SELECT id, record_id, stage, reviewer, decision, reason, "
                + "note, decided_at FROM screening_decision ORDER BY id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ScreeningDecision d = new ScreeningDecision(rs.getLong(1), rs.getLong(2), Stage.of(rs.getString(3)),
                        rs.getString(4), Decision.of(rs.getString(5)), rs.getString(6), rs.getString(7),
                        Instant.parse(rs.getString(8)));
                state.reviewers.add(d.reviewer());
                Map<String, ScreeningDecision> byReviewer = state.current.get(d.stage())
                        .computeIfAbsent(d.recordId(), k -> new LinkedHashMap<>());
                byReviewer.remove(d.reviewer());
                if (d.decision() != Decision.WITHDRAWN) {
                    byReviewer.put(d.reviewer(), d);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT record_id, stage, decision, reason "
                + "FROM conflict_resolution ORDER BY id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Outcome o = new Outcome("include".equals(rs.getString(3)) ? Outcome.Status.INCLUDED
                        : Outcome.Status.EXCLUDED, rs.getString(4));
                state.resolutions.get(Stage.of(rs.getString(2))).put(rs.getLong(1), o);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT record_id, status FROM retrieval ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if ("not-retrieved".equals(rs.getString(2))) {
                    state.notRetrieved.add(rs.getLong(1));
                } else {
                    state.notRetrieved.remove(rs.getLong(1));
                }
            }
        }
        return state;
    }

    /** Everyone who has recorded a decision, sorted. */
    Set<String> reviewers() {
        return reviewers;
    }

    boolean notRetrieved(long record) {
        return notRetrieved.contains(record);
    }

    /** The reviewers' current decisions on a record at a stage, in the order they were made. */
    List<ScreeningDecision> decisions(Stage stage, long record) {
        Map<String, ScreeningDecision> m = current.get(stage).get(record);
        if (m == null) {
            return List.of();
        }
        List<ScreeningDecision> out = new ArrayList<>(m.values());
        out.sort((x, y) -> Long.compare(x.id(), y.id()));
        return out;
    }

    /** Records with any current decision at the stage. */
    Set<Long> decided(Stage stage) {
        return current.get(stage).keySet();
    }

    ScreeningDecision decisionOf(Stage stage, long record, String reviewer) {
        Map<String, ScreeningDecision> m = current.get(stage).get(record);
        return m == null ? null : m.get(reviewer);
    }

    Outcome outcome(Stage stage, long record) {
        Outcome resolved = resolutions.get(stage).get(record);
        if (resolved != null) {
            return resolved;
        }
        List<ScreeningDecision> ds = decisions(stage, record);
        if (ds.isEmpty()) {
            return Outcome.PENDING;
        }
        if (mode == ScreeningMode.SINGLE) {
            ScreeningDecision last = ds.get(ds.size() - 1);
            return of(last);
        }
        if (ds.size() < 2) {
            return Outcome.PENDING;
        }
        Decision first = ds.get(0).decision();
        boolean agree = first != Decision.MAYBE && ds.stream().allMatch(d -> d.decision() == first);
        return agree ? of(ds.get(0)) : Outcome.CONFLICT;
    }

    private static Outcome of(ScreeningDecision d) {
        return switch (d.decision()) {
            case INCLUDE -> new Outcome(Outcome.Status.INCLUDED, null);
            case EXCLUDE -> new Outcome(Outcome.Status.EXCLUDED, d.reason());
            default -> Outcome.PENDING;
        };
    }
}
