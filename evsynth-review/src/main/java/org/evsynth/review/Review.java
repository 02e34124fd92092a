package org.evsynth.review;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A systematic review as data: protocol, searches, records, deduplication and screening decisions, studies,
 * extracted data and risk of bias, with an append-only audit log. Stored in embedded SQLite (one file in the
 * review folder) or on a PostgreSQL server, with the same schema.
 *
 * <p>Every change is one transaction that also appends its audit entry; an import is all-or-nothing. Counts
 * such as {@link #status()} are derived from the decisions each time, never stored. Thread-safe; several
 * {@code Review} objects (or processes) may work on one review at once.
 */
public final class Review implements AutoCloseable {

    /** The protocol's file name in a review folder. */
    public static final String PROTOCOL_FILE = "review.yaml";
    /** The SQLite database's file name in a review folder. */
    public static final String DATABASE_FILE = "review.db";

    private final Database db;
    private final Clock clock;
    private volatile Protocol protocol;

    private Review(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Creates a review folder: {@code review.yaml}, a protocol skeleton to fill in, and {@code review.db}.
     *
     * @throws ReviewException when the folder already holds a review
     */
    public static Review create(Path dir, String title) {
        Path yaml = dir.resolve(PROTOCOL_FILE);
        if (Files.exists(yaml) || Files.exists(dir.resolve(DATABASE_FILE))) {
            throw new ReviewException(String.format(Locale.ROOT, "%s already holds a review", dir));
        }
        String text = Protocol.skeleton(title);
        try {
            Files.createDirectories(dir);
            Files.writeString(yaml, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReviewException(String.format(Locale.ROOT, "cannot create review in %s: %s", dir,
                    e.getMessage()), e);
        }
        return initialise(Database.sqlite(dir.resolve(DATABASE_FILE)), title, text, Clock.systemUTC());
    }

    /** Creates a review in an empty PostgreSQL database, with the protocol skeleton. */
    public static Review create(String jdbcUrl, String user, String password, String title) {
        return initialise(Database.postgres(jdbcUrl, user, password), title, Protocol.skeleton(title),
                Clock.systemUTC());
    }

    /**
     * Opens a review folder. When {@code review.yaml} was edited since it was last stored, the edited text is
     * stored as a new protocol version.
     *
     * @throws ReviewException when the folder holds no review
     */
    public static Review open(Path dir) {
        Path file = dir.resolve(DATABASE_FILE);
        if (!Files.isRegularFile(file)) {
            throw new ReviewException(String.format(Locale.ROOT, "%s holds no review (no %s); create one first",
                    dir, DATABASE_FILE));
        }
        Review review = opened(Database.sqlite(file), Clock.systemUTC());
        Path yaml = dir.resolve(PROTOCOL_FILE);
        if (Files.isRegularFile(yaml)) {
            try {
                review.updateProtocol(Files.readString(yaml, StandardCharsets.UTF_8), PROTOCOL_FILE);
            } catch (IOException e) {
                review.close();
                throw new ReviewException(String.format(Locale.ROOT, "cannot read %s: %s", yaml, e.getMessage()), e);
            }
        }
        return review;
    }

    /** Opens a review on a PostgreSQL server, e.g. {@code jdbc:postgresql://host:5432/review}. */
    public static Review open(String jdbcUrl, String user, String password) {
        return opened(Database.postgres(jdbcUrl, user, password), Clock.systemUTC());
    }

    private static Review initialise(Database db, String title, String yaml, Clock clock) {
        try {
            Migrations.migrate(db, clock);
            Instant at = clock.instant();
            db.transact("creating review '" + title + "'", c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO review (id, title, created_at) "
                        + "VALUES (1, ?, ?)")) {
                    ps.setString(1, title);
                    ps.setString(2, at.toString());
                    ps.executeUpdate();
                }
                ProtocolStore.save(c, yaml, "evsynth", at);
                return null;
            });
            return new Review(db, clock);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static Review opened(Database db, Clock clock) {
        try {
            Migrations.migrate(db, clock);
            boolean exists = db.read("reading review", c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM review");
                     ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            });
            if (!exists) {
                throw new ReviewException(String.format(Locale.ROOT, "%s holds no review; create one first",
                        db.name()));
            }
            return new Review(db, clock);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The same review with another clock for the times recorded; shares the connections, close either. */
    public Review withClock(Clock newClock) {
        return new Review(db, newClock);
    }

    private Instant now() {
        return clock.instant();
    }

    /** The review's database file or JDBC URL. */
    public String location() {
        return db.name();
    }

    public String title() {
        return db.read("reading title", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT title FROM review");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    // ---- protocol

    /** The newest protocol. */
    public Protocol protocol() {
        return db.read("reading protocol", this::protocol);
    }

    private Protocol protocol(Connection c) throws SQLException {
        String yaml = ProtocolStore.latest(c);
        Protocol cached = protocol;
        if (cached != null && cached.yaml().equals(yaml)) {
            return cached;
        }
        Protocol parsed = Protocol.parse(yaml);
        protocol = parsed;
        return parsed;
    }

    /** Stores the protocol text as a new version when it differs from the newest; returns whether it did. */
    public boolean updateProtocol(String yaml, String actor) {
        return db.transact("saving protocol", c -> ProtocolStore.save(c, yaml, actor, now()));
    }

    // ---- searches and records

    /**
     * Imports an exported file as one search, all or nothing; the format is detected from the content. The same
     * file (by SHA-256) imported again adds nothing.
     *
     * @param source     the database or register searched ("MEDLINE", "Embase", "CENTRAL", ...)
     * @param searchedOn the date searched, or null
     * @param strategy   the strategy text, or null
     */
    public ImportSummary importSearch(Path file, String source, LocalDate searchedOn, String strategy,
            String actor) {
        return importSearch(file, source, false, searchedOn, strategy, actor);
    }

    /**
     * Imports a search whose source is a trial register (ClinicalTrials.gov, ICTRP, ...) when {@code register} is
     * true, a bibliographic database otherwise: PRISMA 2020 counts the two apart.
     */
    public ImportSummary importSearch(Path file, String source, boolean register, LocalDate searchedOn,
            String strategy, String actor) {
        return SearchImport.run(db, file, source, register, searchedOn, strategy, actor, now());
    }

    public List<SearchInfo> searches() {
        return db.read("listing searches", c -> {
            List<SearchInfo> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, source, searched_on, strategy, file_name, "
                    + "file_sha256, record_count, imported_at, imported_by, strategy_hits FROM search ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String on = rs.getString(3);
                    out.add(new SearchInfo(rs.getLong(1), rs.getString(2), on == null ? null : LocalDate.parse(on),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                            Instant.parse(rs.getString(8)), rs.getString(9), rs.getString(10)));
                }
            }
            return out;
        });
    }

    /** Every record, by id. */
    public List<ReviewRecord> records() {
        return db.read("listing records", RecordQueries::all);
    }

    /** @throws ReviewException when there is no such record */
    public ReviewRecord record(long id) {
        ReviewRecord r = db.read("reading record " + id, c -> RecordQueries.get(c, id));
        if (r == null) {
            throw new ReviewException(String.format(Locale.ROOT, "review %s has no record %d", db.name(), id));
        }
        return r;
    }

    /** Every record's place in the review (duplicate group, outcomes, study, decisions), by id, from one reading. */
    public List<RecordStatus> recordStatuses() {
        return db.read("listing record statuses", c -> state(c).statuses());
    }

    // ---- deduplication

    /** Applies stage one of deduplication to every record and queues the uncertain pairs. */
    public DedupRun deduplicate(String actor) {
        return DedupStore.applyStageOne(db, actor, now());
    }

    /** Pairs awaiting a person's decision, best score first. */
    public List<QueuedPair> reviewQueue() {
        return db.read("listing deduplication queue", DedupStore::openPairs);
    }

    /** Resolves a queued pair: the same publication (merged) or different publications. */
    public void resolvePair(long pairId, boolean same, String actor) {
        DedupStore.resolve(db, pairId, same, actor, now());
    }

    /** Cancels a deduplication decision (a merge or a pair's resolution) by recording an undo. */
    public void undoDeduplication(long decisionId, String actor) {
        DedupStore.undo(db, decisionId, actor, now());
    }

    /** Whether the record was merged into an earlier record's group. */
    public boolean isDuplicate(long recordId) {
        return db.read("reading duplicate groups", c -> DedupStore.groups(c).isDuplicate(recordId));
    }

    // ---- screening

    /**
     * Records a reviewer's decision. A full-text exclusion needs a reason from the protocol's list.
     *
     * @throws IllegalArgumentException naming the review and record when the record is unknown or the reason
     *                                  is missing or not on the list
     */
    public ScreeningDecision decide(long recordId, Stage stage, String reviewer, Decision decision, String reason,
            String note) {
        return db.transact("decision on record " + recordId, c -> Screening.insert(c, db.name(), protocol(c),
                recordId, stage, reviewer, decision, reason, note, now()));
    }

    /** Takes back the reviewer's decision on a record at a stage. */
    public ScreeningDecision withdraw(long recordId, Stage stage, String reviewer) {
        return decide(recordId, stage, reviewer, Decision.WITHDRAWN, null, null);
    }

    /** A third person settles a conflict (or decides a pending record) at a stage: include or exclude. */
    public void resolveConflict(long recordId, Stage stage, String resolver, Decision decision, String reason,
            String note) {
        if (decision != Decision.INCLUDE && decision != Decision.EXCLUDE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "review %s: a conflict on record %d is resolved by include or exclude, not %s", db.name(),
                    recordId, decision.id()));
        }
        db.transact("resolving record " + recordId, c -> {
            Screening.resolve(c, db.name(), protocol(c), recordId, stage, resolver, decision == Decision.INCLUDE,
                    reason, note, now());
            return null;
        });
    }

    /** Records whether the full text of a record sought for retrieval was obtained. */
    public void recordRetrieval(long recordId, boolean retrieved, String actor) {
        db.transact("retrieval of record " + recordId, c -> {
            Screening.retrieval(c, db.name(), recordId, retrieved, actor, now());
            return null;
        });
    }

    /** Records at the stage awaiting this reviewer's decision, by id. */
    public List<Long> queue(Stage stage, String reviewer) {
        return db.read("reading queue", c -> state(c).queue(stage, reviewer));
    }

    /**
     * The decisions a reviewer may see at a stage (blinding): their own, and another reviewer's only on records
     * the viewer has decided too.
     */
    public List<ScreeningDecision> decisionsVisibleTo(String viewer, Stage stage) {
        return db.read("reading decisions", c -> {
            ScreeningState s = ScreeningState.load(c, protocol(c).screeningMode());
            List<ScreeningDecision> out = new ArrayList<>();
            for (long record : s.decided(stage)) {
                if (s.decisionOf(stage, record, viewer) != null) {
                    out.addAll(s.decisions(stage, record));
                }
            }
            out.sort((x, y) -> Long.compare(x.id(), y.id()));
            return out;
        });
    }

    /** Every reviewer's current decision at every stage, by record, stage and reviewer: for export, not screening. */
    public List<ScreeningDecision> allDecisions() {
        return db.read("reading decisions", c -> {
            ScreeningState s = ScreeningState.load(c, protocol(c).screeningMode());
            List<ScreeningDecision> out = new ArrayList<>();
            for (Stage stage : Stage.values()) {
                for (long record : s.decided(stage)) {
                    out.addAll(s.decisions(stage, record));
                }
            }
            out.sort((x, y) -> x.recordId() != y.recordId() ? Long.compare(x.recordId(), y.recordId())
                    : x.stage() != y.stage() ? x.stage().compareTo(y.stage()) : x.reviewer().compareTo(y.reviewer()));
            return out;
        });
    }

    /** A record's outcome at a stage. */
    public Outcome outcome(long recordId, Stage stage) {
        return db.read("reading outcome", c -> state(c).screening().outcome(stage, recordId));
    }

    /** Records whose reviewers disagree, awaiting a third person, by stage then record. */
    public List<Conflict> conflicts() {
        return db.read("listing conflicts", c -> state(c).conflicts());
    }

    /**
     * Imports decisions from CSV ({@code record,stage,reviewer,decision,reason,note}) in one transaction; a row
     * equal to the reviewer's current decision is skipped, so an exported file can be imported again.
     *
     * @return the number of decisions recorded
     * @throws IllegalArgumentException naming the line of the first bad row; nothing is recorded then
     */
    public int importDecisions(String name, Reader csv) throws IOException {
        List<DecisionsCsv.Row> rows = DecisionsCsv.read(name, csv);
        return db.transact("decisions import from " + name, c -> {
            Protocol p = protocol(c);
            int added = 0;
            for (DecisionsCsv.Row row : rows) {
                ScreeningDecision current = Screening.current(c, row.record(), row.stage(), row.reviewer());
                if (current != null && current.decision() == row.decision()
                        && java.util.Objects.equals(current.reason(), row.reason())
                        && java.util.Objects.equals(current.note(), row.note())) {
                    continue;
                }
                try {
                    Screening.insert(c, db.name(), p, row.record(), row.stage(), row.reviewer(), row.decision(),
                            row.reason(), row.note(), now());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT, "%s line %d: %s", name,
                            row.line(), e.getMessage()), e);
                }
                added++;
            }
            return added;
        });
    }

    /** Writes every current decision as CSV, by record, stage and reviewer. */
    public void exportDecisions(Writer out) throws IOException {
        DecisionsCsv.write(allDecisions(), out);
    }

    // ---- status

    /** The PRISMA 2020 counts and what is pending, derived from the data. */
    public PrismaCounts status() {
        return db.read("counting", c -> state(c).counts());
    }

    private ReviewState state(Connection c) throws SQLException {
        return ReviewState.load(c, protocol(c).screeningMode());
    }

    // ---- studies

    public long createStudy(String label, String actor) {
        return db.transact("creating study '" + label + "'", c -> Studies.create(c, label, actor, now()));
    }

    /** Links a report (record) to a study; a record belongs to at most one study. */
    public void linkReport(long studyId, long recordId, String actor) {
        db.transact("linking record " + recordId + " to study " + studyId, c -> {
            Studies.link(c, db.name(), studyId, recordId, actor, now());
            return null;
        });
    }

    public List<Study> studies() {
        return db.read("listing studies", Studies::list);
    }

    /** Stores a study's characteristics (design, country, setting, n, follow-up, ...). */
    public long extractCharacteristics(long studyId, Map<String, Object> data, String actor) {
        return db.transact("extraction for study " + studyId,
                c -> Studies.extract(c, db.name(), studyId, null, null, data, actor, now()));
    }

    /**
     * Stores one arm's data for an outcome, in one of the engine's shapes: {@code events, total}, or
     * {@code mean, sd, n}, or {@code estimate, lower, upper}.
     */
    public long extractOutcome(long studyId, String outcome, String arm, Map<String, Object> data, String actor) {
        return db.transact("extraction for study " + studyId,
                c -> Studies.extract(c, db.name(), studyId, outcome, arm, data, actor, now()));
    }

    /** The newest data per "outcome/arm" of a study, and its "characteristics". */
    public Map<String, Map<String, Object>> extraction(long studyId) {
        return db.read("reading extraction", c -> Studies.extraction(c, studyId));
    }

    public long assessRiskOfBias(long studyId, RiskOfBias judgement, String actor) {
        return db.transact("risk of bias for study " + studyId,
                c -> Studies.riskOfBias(c, db.name(), studyId, judgement, actor, now()));
    }

    public List<RiskOfBias> risksOfBias(long studyId) {
        return db.read("reading risk of bias", c -> Studies.risksOfBias(c, studyId));
    }

    // ---- audit

    /** The audit log, oldest first. */
    public List<AuditEntry> auditLog() {
        return db.read("reading audit log", AuditLog::read);
    }

    @Override
    public void close() {
        db.close();
    }
}
