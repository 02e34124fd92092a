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
 * the engine takes, checked on entry with the engine's rules. Every entry can be corrected (entered again: the newest
 * wins), renamed or withdrawn, each with its audit entry; a CSV file of arms imports all or nothing.
 */
public final class Extraction {

    private static final List<String> CSV_REQUIRED = List.of("study", "outcome", "arm");
    private static final List<String> CSV_DATA = List.of("events", "total", "mean", "sd", "n", "estimate", "lower",
            "upper");

    private final Database db;

    Extraction(Database db) {
        this.db = db;
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
            Map<String, Object> data = new LinkedHashMap<>();
            command.values().forEach((k, v) -> data.put(k, Numbers.value(v)));
            return insert(tx, command.study(), null, null, data);
        });
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
        Study study = Studies.require(tx, c.study());
        String where = String.format(Locale.ROOT, "study %d '%s', outcome '%s', arm '%s'", study.id(), study.label(),
                c.outcome(), c.arm());
        ArmData data = ArmData.parse(where, study.label(), c.arm(), c.values());
        return insert(tx, c.study(), c.outcome(), c.arm(), data.fields());
    }

    /** Withdraws an arm's data or the characteristics. */
    public void withdraw(Actor actor, Withdraw command) {
        db.write(actor, "withdrawing extraction of study " + command.study(), tx -> {
            ExtractionEntry before = requireEntry(tx, command.study(), command.outcome(), command.arm());
            writeRow(tx, before.study(), before.outcome(), before.arm(), Map.of(), true);
            tx.audit("withdraw-extraction", "study", before.study()).before(view(before))
                    .after(Json.object("withdrawn", before.key())).write();
            return null;
        });
    }

    /** Moves an arm's data to another outcome or arm name. */
    public ExtractionEntry rename(Actor actor, Rename command) {
        return db.write(actor, "renaming extraction of study " + command.study(), tx -> {
            ExtractionEntry before = requireEntry(tx, command.study(), command.outcome(), command.arm());
            if (current(tx, command.study()).containsKey(command.newOutcome() + "/" + command.newArm())) {
                throw new RefusedException(tx.say("study %d already has data for outcome '%s', arm '%s'; withdraw "
                        + "it first", command.study(), command.newOutcome(), command.newArm()));
            }
            writeRow(tx, before.study(), before.outcome(), before.arm(), Map.of(), true);
            tx.audit("withdraw-extraction", "study", before.study()).before(view(before))
                    .after(Json.object("renamed_to", command.newOutcome() + "/" + command.newArm())).write();
            return insert(tx, before.study(), command.newOutcome(), command.newArm(), before.data());
        });
    }

    /** The newest entries of a study, in the order first extracted. */
    public List<ExtractionEntry> entries(long study) {
        return db.read("reading extraction", tx -> List.copyOf(current(tx, study).values()));
    }

    static Map<String, ExtractionEntry> current(Tx tx, long study) throws SQLException {
        Map<String, ExtractionEntry> out = new LinkedHashMap<>();
        tx.sql("SELECT id, study_id, kind, outcome, arm, data, extractor, extracted_at, withdrawn FROM extraction "
                + "WHERE study_id = :s ORDER BY id").bind("s", study).each(rs -> {
                    ExtractionEntry e = new ExtractionEntry(rs.getLong("id"), rs.getLong("study_id"),
                            rs.getString("outcome"), rs.getString("arm"), Json.map(rs.getString("data")),
                            rs.getString("extractor"), Instant.parse(rs.getString("extracted_at")));
                    if (rs.getInt("withdrawn") == 1) {
                        out.remove(e.key());
                    } else {
                        out.put(e.key(), e);
                    }
                });
        return out;
    }

    private static ExtractionEntry requireEntry(Tx tx, long study, String outcome, String arm) throws SQLException {
        Studies.require(tx, study);
        return current(tx, study).values().stream().filter(e -> Objects.equals(e.outcome(), outcome)
                && Objects.equals(e.arm(), arm)).findFirst().orElseThrow(() -> new UnknownEntityException(
                tx.say("study %d has no extracted %s", study, outcome == null ? "characteristics"
                        : "data for outcome '" + outcome + "', arm '" + arm + "'")));
    }

    private static ExtractionEntry insert(Tx tx, long study, String outcome, String arm, Map<String, Object> data)
            throws SQLException {
        long id = writeRow(tx, study, outcome, arm, data, false);
        ExtractionEntry entry = new ExtractionEntry(id, study, outcome, arm, data, tx.actor().name(), tx.at());
        tx.audit("extract", "study", study).after(view(entry)).write();
        return entry;
    }

    private static long writeRow(Tx tx, long study, String outcome, String arm, Map<String, Object> data,
            boolean withdrawn) throws SQLException {
        long id = tx.nextId("extraction");
        tx.sql("INSERT INTO extraction (id, study_id, kind, outcome, arm, data, extractor, extracted_at, withdrawn) "
                + "VALUES (:id, :study, :kind, :outcome, :arm, :data, :by, :at, :withdrawn)").bind("id", id)
                .bind("study", study).bind("kind", outcome == null ? "characteristics" : "outcome")
                .bind("outcome", outcome).bind("arm", arm).bind("data", Json.write(data))
                .bind("by", tx.actor().name()).bind("at", tx.at().toString()).bind("withdrawn", withdrawn).update();
        return id;
    }

    private static Map<String, Object> view(ExtractionEntry e) {
        return Json.object("extraction", e.id(), "outcome", e.outcome(), "arm", e.arm(), "data", e.data());
    }
}
