package org.evsynth.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A systematic review, opened: protocol, searches, records, deduplication and screening decisions, studies, extracted
 * data and risk of bias, with an append-only audit log, in embedded SQLite (one file in the review folder) or on a
 * PostgreSQL server, with the same schema. The work is done by the services it hands out, one per use case, each
 * operation taking a typed command and the person acting, running in one transaction with its audit entry, and
 * refusing what the review's state forbids; the command line and the team web app call the same operations.
 *
 * <p>Thread-safe; several {@code Review} objects (or processes) may work on one review at once.
 */
public final class Review implements AutoCloseable {

    /** The protocol's file name in a review folder. */
    public static final String PROTOCOL_FILE = "review.yaml";
    /** The SQLite database's file name in a review folder. */
    public static final String DATABASE_FILE = "review.db";

    private final Database db;
    private final Protocols protocols;
    private final ScreenerPool screeners;

    private Review(Database db, Protocols protocols) {
        this(db, protocols, new ScreenerPool());
    }

    private Review(Database db, Protocols protocols, ScreenerPool screeners) {
        this.db = db;
        this.protocols = protocols;
        this.screeners = screeners;
    }

    /**
     * Creates a review folder: {@code review.yaml}, a protocol skeleton to fill in, and {@code review.db}.
     *
     * @throws RefusedException when the folder already holds a review
     */
    public static Review create(Path dir, String title, Actor creator) {
        return ReviewFiles.create(dir, title, creator);
    }

    /** Creates a review in an empty PostgreSQL database, with the protocol skeleton. */
    public static Review create(ServerAddress server, String title, Actor creator) {
        return ReviewFiles.create(server, title, creator);
    }

    /**
     * Opens a review folder after checking its database file ({@code PRAGMA quick_check}). When {@code review.yaml}
     * was edited since it was last stored, the edited text is stored as a new protocol version.
     *
     * @throws UnknownEntityException when the folder holds no review (nothing is created then)
     * @throws DamagedReviewException when review.db is damaged
     */
    public static Review open(Path dir) {
        Review review = ReviewFiles.open(dir);
        Path yaml = dir.resolve(PROTOCOL_FILE);
        if (Files.isRegularFile(yaml)) {
            try {
                review.updateProtocol(Actor.named(PROTOCOL_FILE), Files.readString(yaml, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                review.close();
                throw e instanceof IOException io ? new InvalidInputException("protocol", "cannot read " + yaml + ": "
                        + io.getMessage(), io) : (RuntimeException) e;
            }
        }
        return review;
    }

    /**
     * Opens a review on a PostgreSQL server.
     *
     * @throws ServerUnreachableException naming host and port when the server cannot be reached
     */
    public static Review open(ServerAddress server) {
        return ReviewFiles.open(server);
    }

    static Review of(Database db) {
        return new Review(db, new Protocols());
    }

    /** The same review with another clock for the times recorded; shares the connections, close either. */
    public Review withClock(Clock clock) {
        return new Review(db.withClock(clock), protocols, screeners);
    }

    Database database() {
        return db;
    }

    /** The review's database file, or its server as host:port/database (never a password). */
    public String location() {
        return db.name();
    }

    public String title() {
        return db.read("reading title", tx -> tx.sql("SELECT title FROM review").first(rs -> rs.getString("title"))
                .orElse(""));
    }

    /** The newest protocol. */
    public Protocol protocol() {
        return db.read("reading protocol", protocols::current);
    }

    /** Stores the protocol text as a new version when it differs from the newest; returns whether it did. */
    public boolean updateProtocol(Actor actor, String yaml) {
        if (yaml.equals(db.read("reading protocol", Protocols::latest))) {
            return false;
        }
        return db.write(actor, "saving protocol", tx -> protocols.save(tx, yaml));
    }

    public Searches searches() {
        return new Searches(db, protocols);
    }

    public Deduplication deduplication() {
        return new Deduplication(db, protocols);
    }

    public Screening screening() {
        return new Screening(db, protocols, prioritised());
    }

    /** Prioritised title-and-abstract screening: the model's order, why a record ranks, the stopping rule. */
    public PrioritisedScreening prioritised() {
        return new PrioritisedScreening(db, protocols, screeners);
    }

    /** Stopping title-and-abstract screening by the stopping rule, and the stops made. */
    public ScreeningStops screeningStops() {
        return new ScreeningStops(db, protocols, prioritised());
    }
    public ScreeningCurve screeningCurve() { return new ScreeningCurve(db, protocols); } // the team's recall curve

    /** A reviewer's own labels on records. */
    public Labels labels() {
        return new Labels(db);
    }

    public Conflicts conflicts() {
        return new Conflicts(db, protocols);
    }

    public FullText fullText() {
        return new FullText(db, protocols);
    }

    /** The full texts (PDFs) attached to records. */
    public Attachments attachments() {
        return new Attachments(db);
    }

    public Studies studies() {
        return new Studies(db);
    }

    public Extraction extraction() {
        return new Extraction(db, protocols);
    }

    public RobAssessment riskOfBias() {
        return new RobAssessment(db);
    }

    public Progress progress() {
        return new Progress(db);
    }

    public AuditLog audit() {
        return new AuditLog(db);
    }

    // ---- whole-review reads, for the owner's listings and the analysis bundle's export

    /** The PRISMA 2020 counts, what is pending and the agreement, derived from the data. */
    public ReviewStatus status() {
        return progress().status();
    }

    /** Every record's place in the review (duplicate group, outcomes, study, decisions), by id, from one reading. */
    public List<RecordState> recordStatuses() {
        return db.read("listing record statuses", RecordStates::all);
    }

    /** The records still in the review, by id. */
    public List<ReviewRecord> records() {
        return db.read("listing records", RecordReads::active);
    }

    /** @throws UnknownEntityException when there is no such record */
    public ReviewRecord record(long id) {
        return db.read("reading record " + id, tx -> RecordReads.get(tx, id));
    }

    /** The newest data per "outcome/arm" of a study, and its "characteristics", in the order first extracted. */
    public Map<String, Map<String, Object>> extraction(long studyId) {
        return extraction().entries(studyId).stream().collect(Collectors.toMap(ExtractionEntry::key,
                ExtractionEntry::data, (a, b) -> b, java.util.LinkedHashMap::new));
    }

    /** The newest judgement per (tool, outcome, domain) of a study. */
    public List<RiskOfBias> risksOfBias(long studyId) {
        return riskOfBias().judgements(studyId);
    }

    @Override
    public void close() {
        db.close();
    }
}
