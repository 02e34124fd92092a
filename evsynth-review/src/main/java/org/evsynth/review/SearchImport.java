package org.evsynth.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.evsynth.records.BibRecord;
import org.evsynth.records.io.ImportResult;
import org.evsynth.records.io.ImportWarning;
import org.evsynth.records.io.RecordReaders;

/**
 * Imports one exported file as one search, in one transaction: the search row, every record and the audit
 * entry are committed together or not at all. A file already imported (same SHA-256) adds nothing.
 */
final class SearchImport {

    private static final int BATCH = 1_000;

    private SearchImport() {
    }

    static ImportSummary run(Database db, Path file, String source, boolean register, LocalDate searchedOn,
            String strategy, String actor, Instant at) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReviewException(String.format(Locale.ROOT, "review %s: cannot read search file %s: %s",
                    db.name(), file, e.getMessage()), e);
        }
        String sha = sha256(content);
        String fileName = file.getFileName().toString();
        Long existing = db.transact("looking up " + fileName, c -> searchWithSha(c, sha));
        if (existing != null) {
            return new ImportSummary(existing, fileName, sha, 0, true, List.of());
        }
        ImportResult result;
        try {
            result = RecordReaders.read(fileName, content);
        } catch (IOException e) {
            throw new ReviewException(String.format(Locale.ROOT, "review %s: cannot import %s: %s",
                    db.name(), file, e.getMessage()), e);
        }
        List<String> warnings = new java.util.ArrayList<>(result.warnings().stream().map(ImportWarning::toString).toList());
        StrategyHits.Outcome hits = StrategyHits.run(strategy, result.records());
        if (hits.warning() != null) {
            warnings.add(hits.warning());
        }
        return db.transact("import of " + fileName, c -> {
            Long again = searchWithSha(c, sha);
            if (again != null) {
                return new ImportSummary(again, fileName, sha, 0, true, List.of());
            }
            List<BibRecord> records = result.records();
            long searchId = Ids.next(c, "search");
            long first = Ids.allocate(c, "record", Math.max(1, records.size()));
            insertSearch(c, searchId, source, register, searchedOn, strategy, hits.json(), fileName, sha,
                    records.size(), warnings.size(), actor, at);
            insertRecords(c, searchId, first, records);
            AuditLog.append(c, at, actor, "import", "search", searchId, null, Json.object("source", source,
                    "searched_on", searchedOn == null ? null : searchedOn.toString(), "kind", register ? "register" : "database", "file", fileName,
                    "sha256", sha, "records", records.size(), "first_record", records.isEmpty() ? null : first,
                    "last_record", records.isEmpty() ? null : first + records.size() - 1));
            return new ImportSummary(searchId, fileName, sha, records.size(), false, warnings);
        });
    }

    private static Long searchWithSha(Connection c, String sha) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM search WHERE file_sha256 = ?")) {
            ps.setString(1, sha);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static void insertSearch(Connection c, long id, String source, boolean register, LocalDate searchedOn,
            String strategy, String strategyHits, String fileName, String sha, int count, int warnings, String actor,
            Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO search (id, source, searched_on, strategy, "
                + "file_name, file_sha256, record_count, warning_count, imported_at, imported_by, strategy_hits, "
                + "source_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, source);
            ps.setString(3, searchedOn == null ? null : searchedOn.toString());
            ps.setString(4, strategy);
            ps.setString(5, fileName);
            ps.setString(6, sha);
            ps.setInt(7, count);
            ps.setInt(8, warnings);
            ps.setString(9, at.toString());
            ps.setString(10, actor);
            ps.setString(11, strategyHits);
            ps.setString(12, register ? "register" : "database");
            ps.executeUpdate();
        }
    }

    private static void insertRecords(Connection c, long searchId, long first, List<BibRecord> records)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO record (id, search_id, position, title, year, "
                + "doi, pmid, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < records.size(); i++) {
                BibRecord r = records.get(i);
                ps.setLong(1, first + i);
                ps.setLong(2, searchId);
                ps.setInt(3, i + 1);
                ps.setString(4, r.title());
                if (r.year() == null) {
                    ps.setNull(5, Types.INTEGER);
                } else {
                    ps.setInt(5, r.year());
                }
                ps.setString(6, r.doi());
                ps.setString(7, r.pmid());
                ps.setString(8, Json.write(r));
                ps.addBatch();
                if ((i + 1) % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
