package org.evsynth.review;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.evsynth.records.screening.StoppingState;

/**
 * Stopping title-and-abstract screening by the stopping rule (Callaghan &amp; Müller-Hansen 2020's hypergeometric
 * test, {@code org.evsynth.records.screening.StoppingRule}) and the stops made. A stop is refused unless the rule,
 * evaluated on the ranking of the person stopping (in dual screening their own decisions), rejects "recall is
 * below the target" at the stated confidence. The records then screened by nobody are marked as ineligible by
 * automation: they leave every queue and PRISMA 2020 counts them as "records marked as ineligible by automation
 * tools", not as screened. Records one reviewer of a pair has decided stay open for the other.
 */
public final class ScreeningStops {

    /** The exclusion reason stored on a record marked by a stop, at title and abstract. */
    public static final String REASON = "marked ineligible by automation (stopping rule)";

    private final Database db;
    private final Protocols protocols;
    private final PrioritisedScreening prioritised;

    ScreeningStops(Database db, Protocols protocols, PrioritisedScreening prioritised) {
        this.db = db;
        this.protocols = protocols;
        this.prioritised = prioritised;
    }

    /**
     * Stops title-and-abstract screening: marks every record nobody has screened as ineligible by automation.
     *
     * @throws RefusedException when the queue is not in priority order, or the rule does not yet say stop
     */
    public ScreeningStop stop(Actor actor) {
        Protocol protocol = db.read("reading protocol", protocols::current);
        if (protocol.order() != ScreeningOrder.PRIORITY) {
            throw new RefusedException(String.format(Locale.ROOT, "screening.order is %s: the stopping rule needs "
                    + "the records screened in priority order", protocol.order().name().toLowerCase(Locale.ROOT)));
        }
        StoppingState state = prioritised.stoppingState(actor);
        if (!state.stop()) {
            throw new RefusedException(String.format(Locale.ROOT, "the stopping rule does not say stop: p = %.4f "
                    + "for recall below %.0f%% (stop when below %.2f); %d of %d records screened, %d relevant found, "
                    + "recall shown with %.0f%% confidence: %.1f%%", state.pValue(),
                    100 * state.settings().targetRecall(), state.settings().alpha(), state.screened(),
                    state.records(), state.relevantFound(), 100 * state.settings().confidence(),
                    100 * state.recallLowerBound()));
        }
        String model = prioritised.settings().describe();
        return db.write(actor, "stopping screening by the stopping rule", tx -> {
            List<Long> unscreened = tx.sql("SELECT s.record_id FROM stage_record s WHERE s.stage = 'title-abstract' "
                    + "AND s.is_open = 1 AND NOT EXISTS (SELECT 1 FROM current_decision c WHERE c.record_id = "
                    + "s.record_id AND c.stage = 'title-abstract') AND NOT EXISTS (SELECT 1 FROM key_paper k WHERE "
                    + "k.record_id = s.record_id) ORDER BY s.record_id").list(rs -> rs.getLong("record_id"));
            for (long id : unscreened) {
                tx.sql("INSERT INTO automation_exclusion (record_id, excluded_by, excluded_at) VALUES (:id, :by, :at)")
                        .bind("id", id).bind("by", actor.name()).bind("at", tx.at().toString()).update();
                ScreeningCache.refresh(tx, protocol, id);
            }
            ScreeningStop stop = new ScreeningStop(actor.name(), tx.at(), model, state.settings().describe(),
                    state.settings().targetRecall(), state.settings().confidence(), state.pValue(),
                    state.screened(), unscreened.size());
            save(tx, stop);
            return stop;
        });
    }

    /**
     * Where screening stands against the stopping rule on the reviewer's ranking (in dual screening their own
     * decisions), the stops made and the records marked by them: for the owner deciding whether to stop, and for
     * anyone watching recall. Outside priority order there is no rule's state (null), and a stop is refused.
     */
    public StoppingStatus status(Actor reviewer) {
        Protocol protocol = db.read("reading protocol", protocols::current);
        StoppingState state = protocol.order() == ScreeningOrder.PRIORITY ? prioritised.stoppingState(reviewer)
                : null;
        return new StoppingStatus(reviewer.name(), protocol.order(), state, stops(), automationExcluded());
    }

    private static void save(Tx tx, ScreeningStop s) throws SQLException {
        long id = tx.nextId("stop");
        tx.sql("INSERT INTO screening_stop (id, stage, stopped_by, stopped_at, model, rule, target_recall, "
                + "confidence, p_value, screened, records_marked) VALUES (:id, 'title-abstract', :by, :at, :model, "
                + ":rule, :target, :confidence, :p, :screened, :marked)").bind("id", id).bind("by", s.stoppedBy())
                .bind("at", s.at().toString()).bind("model", s.model()).bind("rule", s.rule())
                .bind("target", s.targetRecall()).bind("confidence", s.confidence()).bind("p", s.pValue())
                .bind("screened", s.screened()).bind("marked", s.recordsMarked()).update();
        tx.audit("stop-screening", "stop", id).stage(Stage.TITLE_ABSTRACT).after(Json.object("model", s.model(),
                "rule", s.rule(), "target_recall", s.targetRecall(), "confidence", s.confidence(), "p_value",
                s.pValue(), "screened", s.screened(), "records_marked", s.recordsMarked())).write();
    }

    /** The stops made, oldest first. */
    public List<ScreeningStop> stops() {
        return db.read("reading screening stops", tx -> tx.sql("SELECT stopped_by, stopped_at, model, rule, "
                + "target_recall, confidence, p_value, screened, records_marked FROM screening_stop ORDER BY id")
                .list(rs -> new ScreeningStop(rs.getString("stopped_by"), Instant.parse(rs.getString("stopped_at")),
                        rs.getString("model"), rs.getString("rule"), rs.getDouble("target_recall"),
                        rs.getDouble("confidence"), rs.getDouble("p_value"), rs.getInt("screened"),
                        rs.getInt("records_marked"))));
    }

    /**
     * The methods sentences on how title-and-abstract records were ordered and whether screening stopped early: after
     * a stop by the rule, the model that ranked the records, the rule with its target and confidence, the records
     * screened and those left unscreened (marked ineligible by automation tools); in priority order without a stop,
     * that the model ordered the records and none was excluded by automation; empty when screening was not
     * prioritised (the order was the import's or a random one).
     */
    public Optional<String> methodsText() {
        List<ScreeningStop> all = stops();
        if (all.isEmpty()) {
            boolean prioritisedOrder = db.read("reading the screening order", tx -> protocols.current(tx).order()
                    == ScreeningOrder.PRIORITY || tx.sql("SELECT 1 FROM screening_ranking").exists());
            return prioritisedOrder ? Optional.of(String.format(Locale.ROOT, "Title-and-abstract records were "
                    + "screened in an order prioritised by active learning (evsynth: %s), retrained as decisions "
                    + "came in. Screening did not stop early by a stopping rule: no record was excluded by "
                    + "automation tools.", prioritised.settings().describe())) : Optional.empty();
        }
        ScreeningStop s = all.get(all.size() - 1);
        return Optional.of(String.format(Locale.ROOT, "Title-and-abstract screening was prioritised by active "
                + "learning (evsynth: %s), retrained as decisions came in. Screening stopped by the stopping rule, a "
                + "%s, once recall of at least %.0f%% was shown with %.0f%% confidence (p = %s after %d records "
                + "screened); the %d records left unscreened are counted as marked ineligible by automation tools.",
                s.model(), s.rule(), 100 * s.targetRecall(), 100 * s.confidence(), roundedDown(s.pValue()),
                s.screened(), s.recordsMarked()));
    }

    /**
     * A p-value to three significant digits, rounded towards zero: a p just under the threshold (0.04996) must not
     * read as the threshold itself (0.0500) in a sentence that says the test rejected.
     */
    private static String roundedDown(double p) {
        return new BigDecimal(p).round(new MathContext(3, RoundingMode.DOWN)).stripTrailingZeros().toPlainString();
    }

    /** Records marked as ineligible by automation and still so (no decision made on them since). */
    public int automationExcluded() {
        return db.read("counting automation exclusions", tx -> (int) tx.sql("SELECT count(*) FROM stage_record "
                + "WHERE stage = 'title-abstract' AND state = 'excluded' AND reason = :reason")
                .bind("reason", REASON).count());
    }
}
