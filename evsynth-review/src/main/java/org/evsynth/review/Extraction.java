package org.evsynth.review;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Data extracted from a study's reports: its characteristics, and per outcome each arm's data in one of the shapes
 * the engine takes, checked on entry with the engine's rules. Every entry records its extractor; an extractor
 * corrects their own value by entering it again (their newest wins). Extractors' values for the same key are
 * compared ({@link #comparisons}); where they differ a value can be settled ({@link #settle}), and the settled value
 * is then the one used. Under single extraction (the protocol's default) the newest value by anyone is used until
 * then; under dual extraction no value is used while the extractors differ. Keys can be renamed or withdrawn (every
 * extractor's value and the settlement with them), each change with its audit entry; a CSV file of arms imports all
 * or nothing.
 */
public final class Extraction {

    private static final List<String> CSV_REQUIRED = List.of("study", "outcome", "arm");
    private static final List<String> CSV_DATA = List.of("events", "total", "mean", "sd", "n", "estimate", "lower",
            "upper");

    private final Database db;
    private final Protocols protocols;

    Extraction(Database db, Protocols protocols) {
        this.db = db;
        this.protocols = protocols;
    }

    /** A study's characteristics (design, country, setting, n, follow-up, ...), as typed. */
    public record Characteristics(long study, Map<String, String> values) {

        public Characteristics {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** One arm's data for an outcome, as typed: events,total or mean,sd,n or estimate,lower,upper. */
    public record Arm(long study, String outcome, String arm, Map<String, String> values) {

        public Arm {
            outcome = requireName("outcome", outcome);
            arm = requireName("arm", arm);
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** The entry to withdraw: an arm of an outcome, or with outcome and arm null the characteristics. */
    public record Withdraw(long study, String outcome, String arm) {
    }

    /**
     * The value to use for a key where extractors differ: one extractor's values taken as they are, or values typed
     * (checked as an entry is).
     *
     * @param outcome  the outcome, or null (with arm null) for the characteristics
     * @param takeFrom the extractor whose newest values to take, or null when {@code values} are given
     * @param values   the values, as typed, when {@code takeFrom} is null
     */
    public record Settle(long study, String outcome, String arm, String takeFrom, Map<String, String> values) {

        public Settle {
            if (outcome != null || arm != null) {
                outcome = requireName("outcome", outcome);
                arm = requireName("arm", arm);
            }
            takeFrom = Screening.blankToNull(takeFrom);
            values = values == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            if ((takeFrom == null) == (values == null)) {
                throw new InvalidInputException("values", "a settlement takes either one extractor's values or "
                        + "values typed, not both or neither");
            }
        }

        /** Settles the key with the extractor's newest values. */
        public static Settle takingFrom(long study, String outcome, String arm, String extractor) {
            return new Settle(study, outcome, arm, extractor, null);
        }

        /** Settles the key with these values, as typed. */
        public static Settle with(long study, String outcome, String arm, Map<String, String> values) {
            return new Settle(study, outcome, arm, null, values);
        }
    }

    /** An arm to move to another outcome or arm name (a typo corrected), its data unchanged. */
    public record Rename(long study, String outcome, String arm, String newOutcome, String newArm) {

        public Rename {
            newOutcome = requireName("outcome", newOutcome);
            newArm = requireName("arm", newArm);
        }
    }

    private static String requireName(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(field, "an arm's data needs its " + field);
        }
        if (field.equals("arm") && name.contains("/")) {
            throw new InvalidInputException(field, "an arm's name cannot contain '/': '" + name + "'");
        }
        return name.strip();
    }

    /** Stores the study's characteristics. */
    public ExtractionEntry characteristics(Actor actor, Characteristics command) {
        return db.write(actor, "extraction for study " + command.study(), tx -> {
            Studies.require(tx, command.study());
            return insert(tx, command.study(), null, null, characteristicsData(command.values()));
        });
    }

    private static Map<String, Object> characteristicsData(Map<String, String> values) {
        Map<String, Object> data = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k == null || k.isBlank()) {
                throw new InvalidInputException("characteristics", "a characteristic needs a name, such as "
                        + "\"country\"");
            }
            if (v != null && !v.isBlank()) {
                data.put(k.strip(), Numbers.value(v));
            }
        });
        if (data.isEmpty()) {
            throw new InvalidInputException("characteristics", "no characteristic was given a value");
        }
        return data;
    }

    /**
     * Stores one arm's data.
     *
     * @throws InvalidInputException naming the study, outcome, arm and field when a value is not one the engine takes
     *                               (mean=abc, sd=-2, events above the total)
     */
    public ExtractionEntry arm(Actor actor, Arm command) {
        return db.write(actor, "extraction for study " + command.study(), tx -> insertArm(tx, command));
    }

    /** Stores the arms of a CSV file ({@code study,outcome,arm} and the shape's columns), all or nothing. */
    public List<ExtractionEntry> importArms(Actor actor, CsvSource csv) {
        List<CsvTable.Row> rows = CsvTable.read(csv, CSV_REQUIRED, CSV_DATA).rows();
        return db.write(actor, "extraction import from " + csv.name(), tx -> {
            List<ExtractionEntry> out = new ArrayList<>();
            for (CsvTable.Row r : rows) {
                Map<String, String> values = new LinkedHashMap<>();
                CSV_DATA.forEach(c -> {
                    if (r.get(c) != null) {
                        values.put(c, r.get(c));
                    }
                });
                try {
                    out.add(insertArm(tx, new Arm(r.number("study"), r.required("outcome"), r.required("arm"),
                            values)));
                } catch (ReviewException e) {
                    throw r.error(e);
                }
            }
            return out;
        });
    }

    private static ExtractionEntry insertArm(Tx tx, Arm c) throws SQLException {
        return insert(tx, c.study(), c.outcome(), c.arm(), armData(tx, c.study(), c.outcome(), c.arm(), c.values()));
    }

    private static Map<String, Object> armData(Tx tx, long studyId, String outcome, String arm,
            Map<String, String> values) throws SQLException {
        Study study = Studies.require(tx, studyId);
        String where = String.format(Locale.ROOT, "study %d '%s', outcome '%s', arm '%s'", study.id(), study.label(),
                outcome, arm);
        return ArmData.parse(where, study.label(), arm, values).fields();
    }

    /**
     * Settles the value of a key: one extractor's values, or values typed (checked as any entry is). The settled
     * value is the one used until the key is settled again or withdrawn.
     *
     * @throws UnknownEntityException when nobody has extracted the key, or the extractor named has not
     */
    public ExtractionEntry settle(Actor actor, Settle command) {
        return db.write(actor, "settling extraction of study " + command.study(), tx -> {
            Key before = requireKey(tx, command.study(), command.outcome(), command.arm());
            Map<String, Object> data;
            if (command.takeFrom() != null) {
                ExtractionEntry taken = before.extractions.get(command.takeFrom());
                if (taken == null) {
                    throw new UnknownEntityException(tx.say("study %d: %s extracted no %s", command.study(),
                            command.takeFrom(), describe(command.outcome(), command.arm())));
                }
                data = taken.data();
            } else if (command.outcome() == null) {
                data = characteristicsData(command.values());
            } else {
                data = armData(tx, command.study(), command.outcome(), command.arm(), command.values());
            }
            long id = writeRow(tx, command.study(), command.outcome(), command.arm(), data, tx.actor().name(),
                    Row.SETTLED);
            ExtractionEntry entry = new ExtractionEntry(id, command.study(), command.outcome(), command.arm(), data,
                    tx.actor().name(), tx.at());
            Map<String, Object> extracted = new LinkedHashMap<>();
            before.extractions.forEach((who, e) -> extracted.put(who, e.data()));
            tx.audit("settle-extraction", "study", command.study()).before(Json.object("key", entry.key(),
                    "extractions", extracted)).after(Json.object("settled", view(entry), "taken_from",
                    command.takeFrom())).write();
            return entry;
        });
    }

    /** Withdraws an arm's data or the characteristics: every extractor's value of the key, and its settlement. */
    public void withdraw(Actor actor, Withdraw command) {
        db.write(actor, "withdrawing extraction of study " + command.study(), tx -> {
            Key before = requireKey(tx, command.study(), command.outcome(), command.arm());
            writeRow(tx, command.study(), before.outcome, before.arm, Map.of(), tx.actor().name(), Row.WITHDRAWN);
            tx.audit("withdraw-extraction", "study", command.study()).before(before.view())
                    .after(Json.object("withdrawn", before.key())).write();
            return null;
        });
    }

    /** Moves an arm's data, every extractor's value and the settlement, to another outcome or arm name. */
    public ExtractionEntry rename(Actor actor, Rename command) {
        return db.write(actor, "renaming extraction of study " + command.study(), tx -> {
            Key before = requireKey(tx, command.study(), command.outcome(), command.arm());
            if (keys(tx, command.study()).containsKey(command.newOutcome() + "/" + command.newArm())) {
                throw new RefusedException(tx.say("study %d already has data for outcome '%s', arm '%s'; withdraw "
                        + "it first", command.study(), command.newOutcome(), command.newArm()));
            }
            writeRow(tx, command.study(), before.outcome, before.arm, Map.of(), tx.actor().name(), Row.WITHDRAWN);
            tx.audit("withdraw-extraction", "study", command.study()).before(before.view())
                    .after(Json.object("renamed_to", command.newOutcome() + "/" + command.newArm())).write();
            ExtractionEntry moved = null;
            for (ExtractionEntry e : before.extractions.values()) {
                moved = insert(tx, command.study(), command.newOutcome(), command.newArm(), e.data(), e.extractor(),
                        Row.EXTRACTED);
            }
            if (before.settlement != null) {
                moved = insert(tx, command.study(), command.newOutcome(), command.newArm(), before.settlement.data(),
                        before.settlement.extractor(), Row.SETTLED);
            }
            return moved;
        });
    }

    /**
     * The values the review uses for a study, in the order first extracted: per key the settled value, or the
     * extractors' value when they agree (or one extracted it), or under single extraction the newest. A key whose
     * dual extractors differ is left out until settled ({@link #comparisons} shows it).
     */
    public List<ExtractionEntry> entries(long study) {
        return comparisons(study).stream().map(ExtractionComparison::inUse).filter(Objects::nonNull).toList();
    }

    /** Every key of a study with each extractor's values side by side, in the order first extracted. */
    public List<ExtractionComparison> comparisons(long study) {
        return db.read("reading extraction", tx -> {
            ExtractionMode mode = protocols.current(tx).extractionMode();
            return keys(tx, study).values().stream().map(k -> ExtractionComparison.of(mode,
                    List.copyOf(k.extractions.values()), k.settlement)).toList();
        });
    }

    /** What a row of the extraction table is: a value entered, a settlement, or the withdrawal of its key. */
    private enum Row { EXTRACTED, SETTLED, WITHDRAWN }

    /** One key's newest value per extractor, in the order they first entered it, and its newest settlement. */
    private static final class Key {
        final String outcome;
        final String arm;
        final Map<String, ExtractionEntry> extractions = new LinkedHashMap<>();
        ExtractionEntry settlement;

        Key(String outcome, String arm) {
            this.outcome = outcome;
            this.arm = arm;
        }

        String key() {
            return outcome == null ? "characteristics" : outcome + "/" + arm;
        }

        Map<String, Object> view() {
            Map<String, Object> byExtractor = new LinkedHashMap<>();
            extractions.forEach((who, e) -> byExtractor.put(who, Extraction.view(e)));
            return Json.object("key", key(), "extractions", byExtractor, "settled",
                    settlement == null ? null : Extraction.view(settlement));
        }
    }

    /**
     * The study's keys from its rows in order: an entry replaces its extractor's earlier one, a settlement the
     * earlier settlement, and a withdrawal takes the whole key back (a key entered again afterwards starts afresh).
     */
    private static Map<String, Key> keys(Tx tx, long study) throws SQLException {
        Map<String, Key> out = new LinkedHashMap<>();
        tx.sql("SELECT id, study_id, kind, outcome, arm, data, extractor, extracted_at, withdrawn, settled FROM "
                + "extraction WHERE study_id = :s ORDER BY id").bind("s", study).each(rs -> {
                    ExtractionEntry e = new ExtractionEntry(rs.getLong("id"), rs.getLong("study_id"),
                            rs.getString("outcome"), rs.getString("arm"), Json.map(rs.getString("data")),
                            rs.getString("extractor"), Instant.parse(rs.getString("extracted_at")));
                    if (rs.getInt("withdrawn") == 1) {
                        out.remove(e.key());
                        return;
                    }
                    Key key = out.computeIfAbsent(e.key(), k -> new Key(e.outcome(), e.arm()));
                    if (rs.getInt("settled") == 1) {
                        key.settlement = e;
                    } else {
                        key.extractions.put(e.extractor(), e);
                    }
                });
        return out;
    }

    private static Key requireKey(Tx tx, long study, String outcome, String arm) throws SQLException {
        Studies.require(tx, study);
        Key key = keys(tx, study).get(outcome == null ? "characteristics" : outcome + "/" + arm);
        if (key == null || key.extractions.isEmpty() && key.settlement == null) {
            throw new UnknownEntityException(tx.say("study %d has no extracted %s", study, describe(outcome, arm)));
        }
        return key;
    }

    private static String describe(String outcome, String arm) {
        return outcome == null ? "characteristics" : "data for outcome '" + outcome + "', arm '" + arm + "'";
    }

    private static ExtractionEntry insert(Tx tx, long study, String outcome, String arm, Map<String, Object> data)
            throws SQLException {
        return insert(tx, study, outcome, arm, data, tx.actor().name(), Row.EXTRACTED);
    }

    private static ExtractionEntry insert(Tx tx, long study, String outcome, String arm, Map<String, Object> data,
            String extractor, Row kind) throws SQLException {
        long id = writeRow(tx, study, outcome, arm, data, extractor, kind);
        ExtractionEntry entry = new ExtractionEntry(id, study, outcome, arm, data, extractor, tx.at());
        tx.audit("extract", "study", study).after(view(entry)).write();
        return entry;
    }

    private static long writeRow(Tx tx, long study, String outcome, String arm, Map<String, Object> data,
            String extractor, Row kind) throws SQLException {
        long id = tx.nextId("extraction");
        tx.sql("INSERT INTO extraction (id, study_id, kind, outcome, arm, data, extractor, extracted_at, withdrawn, "
                + "settled) VALUES (:id, :study, :kind, :outcome, :arm, :data, :by, :at, :withdrawn, :settled)")
                .bind("id", id).bind("study", study).bind("kind", outcome == null ? "characteristics" : "outcome")
                .bind("outcome", outcome).bind("arm", arm).bind("data", Json.write(data)).bind("by", extractor)
                .bind("at", tx.at().toString()).bind("withdrawn", kind == Row.WITHDRAWN)
                .bind("settled", kind == Row.SETTLED).update();
        return id;
    }

    private static Map<String, Object> view(ExtractionEntry e) {
        return Json.object("extraction", e.id(), "outcome", e.outcome(), "arm", e.arm(), "data", e.data());
    }
}
