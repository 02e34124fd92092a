package org.evsynth.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.evsynth.records.BibRecord;
import org.evsynth.records.io.ImportResult;
import org.evsynth.records.io.IncompleteFileException;
import org.evsynth.records.io.ImportWarning;
import org.evsynth.records.io.RecordReaders;

/**
 * Searches and the records they brought: importing an exported file as one search, all or nothing, withdrawing a
 * search imported by mistake, and reading the records back.
 */
public final class Searches {

    private static final String WITHDRAWN_PREFIX = "withdrawn:";

    private final Database db;
    private final Protocols protocols;

    Searches(Database db, Protocols protocols) {
        this.db = db;
        this.protocols = protocols;
    }

    /**
     * An exported file to import as one search.
     *
     * @param fileName   the file's name, for the search and messages
     * @param content    the file's bytes; the format is detected from them
     * @param source     the database or register searched ("MEDLINE", "ClinicalTrials.gov", ...)
     * @param kind       database or register
     * @param searchedOn the date searched, or null
     * @param strategy   the strategy text as run, or null
     */
    public record Import(String fileName, byte[] content, String source, SourceKind kind, LocalDate searchedOn,
            String strategy) {

        public Import {
            if (source == null || source.isBlank()) {
                throw new InvalidInputException("source", "an import needs its source: the database or register "
                        + "searched");
            }
        }

        /** The file at the path. */
        public static Import of(Path file, String source, SourceKind kind, LocalDate searchedOn, String strategy) {
            try {
                return new Import(file.getFileName().toString(), Files.readAllBytes(file), source, kind, searchedOn,
                        strategy);
            } catch (IOException e) {
                throw new InvalidInputException("file", "cannot read " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** A search to withdraw, and why. */
    public record Withdraw(long search, String reason) {
    }

    /**
     * What a withdrawal did.
     *
     * @param records   the search's records, no longer in the review
     * @param decisions current screening decisions on them, no longer counted (kept in the log)
     */
    public record Withdrawal(long search, String fileName, int records, int decisions) {
    }

    /**
     * Imports the file as one search in one transaction: the search, every record, their place in the screening
     * queue and the audit entry, or nothing. The same file (by SHA-256) imported again adds nothing.
     *
     * @throws InvalidInputException naming the file and line when the file cannot be read whole (nothing is added)
     */
    public ImportSummary importFile(Actor actor, Import command) {
        String sha = sha256(command.content());
        Optional<Long> existing = db.read("looking up " + command.fileName(), tx -> searchWithSha(tx, sha));
        if (existing.isPresent()) {
            return new ImportSummary(existing.get(), command.fileName(), sha, 0, true, List.of(), null);
        }
        ImportResult result = readWhole(command);
        List<String> warnings = new ArrayList<>(result.warnings().stream().map(ImportWarning::toString).toList());
        StrategyHits.Outcome hits = StrategyHits.run(command.strategy(), result.records());
        if (hits.warning() != null) {
            warnings.add(hits.warning());
        }
        return db.write(actor, "import of " + command.fileName(), tx -> {
            Optional<Long> again = searchWithSha(tx, sha);
            if (again.isPresent()) {
                return new ImportSummary(again.get(), command.fileName(), sha, 0, true, List.of(), null);
            }
            List<BibRecord> records = result.records();
            long searchId = tx.nextId("search");
            long first = tx.allocate("record", Math.max(1, records.size()));
            insertSearch(tx, searchId, command, sha, hits.json(), records.size(), warnings.size());
            insertRecords(tx, searchId, first, records);
            ScreeningCache.addImported(tx, protocols.current(tx), first, records.size());
            tx.audit("import", "search", searchId).after(Json.object("source", command.source(), "searched_on",
                    command.searchedOn() == null ? null : command.searchedOn().toString(), "kind",
                    command.kind().id(), "file", command.fileName(), "sha256", sha, "records", records.size(),
                    "first_record", records.isEmpty() ? null : first,
                    "last_record", records.isEmpty() ? null : first + records.size() - 1)).write();
            return new ImportSummary(searchId, command.fileName(), sha, records.size(), false, warnings, hits.json());
        });
    }

    private static ImportResult readWhole(Import command) {
        try {
            return RecordReaders.read(command.fileName(), command.content());
        } catch (IncompleteFileException e) {
            // the records module's contract: a file that did not parse to its end yields nothing to import
            throw new InvalidInputException("file", String.format(Locale.ROOT, "cannot import %s: it does not read "
                    + "to its end (%s); nothing was added. Export the search again, or repair the file",
                    command.fileName(), e.getMessage()), e);
        } catch (IOException e) {
            throw new InvalidInputException("file", String.format(Locale.ROOT, "cannot import %s: %s; nothing was "
                    + "added", command.fileName(), e.getMessage()), e);
        }
    }

    private static Optional<Long> searchWithSha(Tx tx, String sha) throws SQLException {
        return tx.sql("SELECT id FROM search WHERE file_sha256 = :sha").bind("sha", sha).first(rs -> rs.getLong("id"));
    }

    private static void insertSearch(Tx tx, long id, Import c, String sha, String hits, int count, int warnings)
            throws SQLException {
        tx.sql("INSERT INTO search (id, source, searched_on, strategy, file_name, file_sha256, record_count, "
                + "warning_count, imported_at, imported_by, strategy_hits, source_kind) VALUES (:id, :source, "
                + ":searched_on, :strategy, :file_name, :sha, :count, :warnings, :at, :by, :hits, :kind)")
                .bind("id", id).bind("source", c.source()).bind("searched_on", c.searchedOn() == null ? null
                        : c.searchedOn().toString()).bind("strategy", c.strategy()).bind("file_name", c.fileName())
                .bind("sha", sha).bind("count", count).bind("warnings", warnings).bind("at", tx.at().toString())
                .bind("by", tx.actor().name()).bind("hits", hits).bind("kind", c.kind().id()).update();
    }

    private static void insertRecords(Tx tx, long searchId, long first, List<BibRecord> records)
            throws SQLException {
        try (Sql.Batch batch = tx.batch("INSERT INTO record (id, search_id, position, title, year, doi, pmid, "
                + "fields) VALUES (:id, :search, :position, :title, :year, :doi, :pmid, :fields)")) {
            for (int i = 0; i < records.size(); i++) {
                BibRecord r = records.get(i);
                Map<String, Object> row = new HashMap<>();
                row.put("id", first + i);
                row.put("search", searchId);
                row.put("position", i + 1);
                row.put("title", r.title());
                row.put("year", r.year());
                row.put("doi", r.doi());
                row.put("pmid", r.pmid());
                row.put("fields", Json.write(r));
                batch.add(row);
            }
        }
    }

    /**
     * Withdraws a search: its records leave every count, queue and duplicate group (their decisions stay in the log),
     * and the same file can be imported again. Refused while one of its records is a report of a study.
     */
    public Withdrawal withdraw(Actor actor, Withdraw command) {
        return db.write(actor, "withdrawal of search " + command.search(), tx -> {
            SearchInfo search = list(tx).stream().filter(s -> s.id() == command.search()).findFirst()
                    .orElseThrow(() -> new UnknownEntityException(tx.say("no search %d", command.search())));
            if (search.withdrawn()) {
                throw new RefusedException(tx.say("search %d (%s) was withdrawn already", search.id(),
                        search.fileName()));
            }
            Optional<long[]> linked = tx.sql("SELECT r.id, l.study_id FROM record r JOIN study_report l "
                    + "ON l.record_id = r.id WHERE r.search_id = :s ORDER BY r.id").bind("s", search.id())
                    .first(rs -> new long[] {rs.getLong("id"), rs.getLong("study_id")});
            if (linked.isPresent()) {
                throw new RefusedException(tx.say("withdrawing search %d refused: its record %d is a report of "
                        + "study %d; unlink it first (evsynth studies --unlink)", search.id(), linked.get()[0],
                        linked.get()[1]));
            }
            int decisions = (int) tx.sql("SELECT count(*) FROM current_decision c JOIN record r ON r.id = "
                    + "c.record_id WHERE r.search_id = :s").bind("s", search.id()).count();
            tx.sql("INSERT INTO search_withdrawal (search_id, reason, withdrawn_by, withdrawn_at) VALUES (:s, "
                    + ":reason, :by, :at)").bind("s", search.id()).bind("reason", command.reason())
                    .bind("by", tx.actor().name()).bind("at", tx.at().toString()).update();
            tx.sql("UPDATE search SET file_sha256 = :hidden WHERE id = :s").bind("s", search.id())
                    .bind("hidden", WITHDRAWN_PREFIX + search.id() + ":" + search.sha256()).update();
            Protocol protocol = protocols.current(tx);
            for (long id : tx.sql("SELECT id FROM record WHERE search_id = :s").bind("s", search.id())
                    .list(rs -> rs.getLong("id"))) {
                ScreeningCache.refresh(tx, protocol, id);
            }
            for (long id : DuplicateGroups.refresh(tx)) {
                ScreeningCache.refresh(tx, protocol, id);
            }
            tx.audit("withdraw-search", "search", search.id()).before(Json.object("records", search.recordCount(),
                    "sha256", search.sha256())).after(Json.object("withdrawn", true, "reason", command.reason(),
                    "decisions_set_aside", decisions)).write();
            return new Withdrawal(search.id(), search.fileName(), search.recordCount(), decisions);
        });
    }

    /** Every search, withdrawn ones included, by id. */
    public List<SearchInfo> list() {
        return db.read("listing searches", Searches::list);
    }

    private static List<SearchInfo> list(Tx tx) throws SQLException {
        return tx.sql("SELECT s.id, s.source, s.searched_on, s.strategy, s.file_name, s.file_sha256, s.record_count, "
                + "s.imported_at, s.imported_by, s.strategy_hits, s.source_kind, w.search_id AS withdrawn FROM search s "
                + "LEFT JOIN search_withdrawal w ON w.search_id = s.id ORDER BY s.id").list(Searches::search);
    }

    private static SearchInfo search(ResultSet rs) throws SQLException {
        String on = rs.getString("searched_on");
        String sha = rs.getString("file_sha256");
        if (sha.startsWith(WITHDRAWN_PREFIX)) {
            sha = sha.substring(sha.indexOf(':', WITHDRAWN_PREFIX.length()) + 1);
        }
        rs.getLong("withdrawn");
        boolean withdrawn = !rs.wasNull();
        return new SearchInfo(rs.getLong("id"), rs.getString("source"), on == null ? null : LocalDate.parse(on),
                rs.getString("strategy"), rs.getString("file_name"), sha, rs.getInt("record_count"),
                Instant.parse(rs.getString("imported_at")), rs.getString("imported_by"),
                rs.getString("strategy_hits"), SourceKind.of(rs.getString("source_kind")), withdrawn);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
