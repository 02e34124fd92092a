package org.evsynth.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Studies, their reports, extracted data and risk-of-bias judgements. */
final class Studies {

    /** The shapes of outcome data per arm the meta-analysis engine takes. */
    private static final List<Set<String>> ARM_SHAPES = List.of(Set.of("events", "total"),
            Set.of("mean", "sd", "n"), Set.of("estimate", "lower", "upper"));

    private Studies() {
    }

    static long create(Connection c, String label, String actor, Instant at) throws SQLException {
        long id = Ids.next(c, "study");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO study (id, label, created_by, created_at) "
                + "VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, label);
            ps.setString(3, actor);
            ps.setString(4, at.toString());
            ps.executeUpdate();
        }
        AuditLog.append(c, at, actor, "create-study", "study", id, null, Json.object("label", label));
        return id;
    }

    /** Links a report to a study, moving it from any study it was linked to before. */
    static void link(Connection c, String review, long studyId, long recordId, String actor, Instant at)
            throws SQLException {
        requireStudy(c, review, studyId);
        if (!RecordQueries.exists(c, recordId)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "review %s has no record %d", review,
                    recordId));
        }
        Long before = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT study_id FROM study_report WHERE record_id = ?")) {
            ps.setLong(1, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    before = rs.getLong(1);
                }
            }
        }
        String sql = before == null
                ? "INSERT INTO study_report (study_id, linked_by, linked_at, record_id) VALUES (?, ?, ?, ?)"
                : "UPDATE study_report SET study_id = ?, linked_by = ?, linked_at = ? WHERE record_id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, studyId);
            ps.setString(2, actor);
            ps.setString(3, at.toString());
            ps.setLong(4, recordId);
            ps.executeUpdate();
        }
        AuditLog.append(c, at, actor, "link-report", "record", recordId,
                before == null ? null : Json.object("study", before), Json.object("study", studyId));
    }

    static List<Study> list(Connection c) throws SQLException {
        Map<Long, String> labels = new LinkedHashMap<>();
        Map<Long, List<Long>> reports = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, label FROM study ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                labels.put(rs.getLong(1), rs.getString(2));
                reports.put(rs.getLong(1), new ArrayList<>());
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT study_id, record_id FROM study_report "
                + "ORDER BY record_id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reports.get(rs.getLong(1)).add(rs.getLong(2));
            }
        }
        List<Study> out = new ArrayList<>();
        labels.forEach((id, label) -> out.add(new Study(id, label, reports.get(id))));
        return out;
    }

    /**
     * Stores extracted data: study characteristics (outcome and arm null) or one arm's outcome data, which must
     * have exactly one of the engine's shapes: events/total, mean/sd/n, or estimate/lower/upper.
     */
    static long extract(Connection c, String review, long studyId, String outcome, String arm,
            Map<String, Object> data, String actor, Instant at) throws SQLException {
        requireStudy(c, review, studyId);
        boolean characteristics = outcome == null;
        if (!characteristics && ARM_SHAPES.stream().noneMatch(s -> s.equals(data.keySet()))) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "review %s: outcome '%s' arm '%s' of "
                    + "study %d has fields %s; expected one of %s", review, outcome, arm, studyId,
                    data.keySet(), ARM_SHAPES));
        }
        long id = Ids.next(c, "extraction");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO extraction (id, study_id, kind, outcome, arm, "
                + "data, extractor, extracted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setLong(2, studyId);
            ps.setString(3, characteristics ? "characteristics" : "outcome");
            ps.setString(4, outcome);
            ps.setString(5, arm);
            ps.setString(6, Json.write(data));
            ps.setString(7, actor);
            ps.setString(8, at.toString());
            ps.executeUpdate();
        }
        AuditLog.append(c, at, actor, "extract", "study", studyId, null, Json.object("extraction", id,
                "outcome", outcome, "arm", arm, "data", data));
        return id;
    }

    /** The newest extracted data per (outcome, arm) of a study; characteristics under key "characteristics". */
    static Map<String, Map<String, Object>> extraction(Connection c, long studyId) throws SQLException {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, outcome, arm, data FROM extraction "
                + "WHERE study_id = ? ORDER BY id")) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = "characteristics".equals(rs.getString(1)) ? "characteristics"
                            : rs.getString(2) + "/" + rs.getString(3);
                    out.put(key, Json.map(rs.getString(4)));
                }
            }
        }
        return out;
    }

    static long riskOfBias(Connection c, String review, long studyId, RiskOfBias rob, String actor, Instant at)
            throws SQLException {
        requireStudy(c, review, studyId);
        long id = Ids.next(c, "rob");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO risk_of_bias (id, study_id, tool, outcome, "
                + "domain, judgement, support, assessor, assessed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setLong(2, studyId);
            ps.setString(3, rob.tool());
            ps.setString(4, rob.outcome());
            ps.setString(5, rob.domain());
            ps.setString(6, rob.judgement());
            ps.setString(7, rob.support());
            ps.setString(8, actor);
            ps.setString(9, at.toString());
            ps.executeUpdate();
        }
        AuditLog.append(c, at, actor, "risk-of-bias", "study", studyId, null, Json.object("assessment", id,
                "tool", rob.tool(), "outcome", rob.outcome(), "domain", rob.domain(), "judgement", rob.judgement(),
                "support", rob.support()));
        return id;
    }

    /** The newest judgement per (tool, outcome, domain) of a study, in the order first judged. */
    static List<RiskOfBias> risksOfBias(Connection c, long studyId) throws SQLException {
        Map<String, RiskOfBias> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT tool, outcome, domain, judgement, support "
                + "FROM risk_of_bias WHERE study_id = ? ORDER BY id")) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    RiskOfBias r = new RiskOfBias(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5));
                    out.put(r.tool() + "\u0000" + r.outcome() + "\u0000" + r.domain(), r);
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static void requireStudy(Connection c, String review, long studyId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM study WHERE id = ?")) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT, "review %s has no study %d",
                            review, studyId));
                }
            }
        }
    }
}
