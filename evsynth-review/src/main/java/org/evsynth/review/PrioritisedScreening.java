package org.evsynth.review;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.evsynth.records.screening.PrioritySettings;
import org.evsynth.records.screening.RankedRecord;
import org.evsynth.records.screening.Ranking;
import org.evsynth.records.screening.StoppingState;

/**
 * Prioritised title-and-abstract screening ({@code screening.order: priority}): each reviewer's records in the
 * order of a model trained on the decisions so far (evsynth's screener, {@code org.evsynth.records.screening}),
 * in a random order drawn from the protocol's seed until there is an include and an exclude to train on, key
 * papers first; retrained as decisions come in. What the model learns from, and why that keeps dual screening
 * blinded, is {@link PriorityInputs}. The same records, seed and decisions give the same order.
 *
 * <p>Every record served is noted with the ranking that served it and that ranking's provenance (model, settings,
 * seed, model version, decisions trained on and their SHA-256), so the audit entry of the decision on it names the
 * model version behind it. When the stopping rule says the target recall is reached, {@link ScreeningStops} marks
 * the records nobody has screened as ineligible by automation (PRISMA 2020).
 */
public final class PrioritisedScreening {

    private final Database db;
    private final Protocols protocols;
    private final ScreenerPool pool;

    PrioritisedScreening(Database db, Protocols protocols, ScreenerPool pool) {
        this.db = db;
        this.protocols = protocols;
        this.pool = pool;
    }

    /** A reviewer's ranking and what it was computed from. */
    private record Computed(ScreenerPool.Built built, PriorityInputs inputs, Ranking ranking) {
    }

    /**
     * The next record for the reviewer at title and abstract, noted as served by its ranking (stored with its
     * provenance when new); empty when nothing awaits them.
     */
    public Optional<PrioritisedRecord> next(Actor reviewer) {
        Computed c = compute(reviewer, 1);
        List<PrioritisedRecord> unsaved = records(c, 1, 0);
        if (unsaved.isEmpty()) {
            return Optional.empty();
        }
        PrioritisedRecord first = unsaved.get(0);
        return Optional.of(db.write(reviewer, "serving record " + first.record().id(), tx -> {
            long ranking = store(tx, c);
            ServedRankings.served(tx, first.record().id(), Stage.TITLE_ABSTRACT, ranking, first.score());
            return new PrioritisedRecord(first.record(), first.ordering(), first.keyPaper(), first.score(),
                    first.probability(), first.terms(), ranking, first.model(), first.stopping());
        }));
    }

    /**
     * The records awaiting the reviewer, in the order they will come while no decision changes it; nothing is
     * noted as served.
     *
     * @param count how many at most
     */
    public List<PrioritisedRecord> upcoming(Actor reviewer, int count) {
        if (count < 0) {
            throw new InvalidInputException("count", "count " + count + " is negative");
        }
        return records(compute(reviewer, count), count, 0);
    }

    /** The ids of every record awaiting the reviewer, in priority order. */
    public List<Long> queue(Actor reviewer) {
        Computed c = compute(reviewer, Integer.MAX_VALUE);
        List<Long> ids = new ArrayList<>();
        for (PrioritisedRecord r : records(c, Integer.MAX_VALUE, 0)) {
            ids.add(r.record().id());
        }
        return ids;
    }

    /**
     * Why a record ranks where it does for the reviewer: its score, probability and weighted words under their
     * current model (none in a random order), for the screener's "why this record" panel.
     *
     * @throws UnknownEntityException when the record is not at title and abstract
     */
    public PrioritisedRecord explain(Actor reviewer, long recordId) {
        return db.read("explaining record " + recordId, tx -> {
            Protocol protocol = protocols.current(tx);
            ScreenerPool.Built built = pool.screener(tx, protocol.seed());
            int at = built.position(recordId);
            if (at < 0) {
                throw new UnknownEntityException(tx.say("record %d is not screened at title and abstract (a "
                        + "duplicate, from a withdrawn search, or no such record)", recordId));
            }
            PriorityInputs inputs = PriorityInputs.read(tx, protocol, reviewer, built);
            Ranking ranking = built.screener().explain(inputs.decisions(), at);
            RankedRecord r = ranking.records().get(0);
            return new PrioritisedRecord(RecordReads.get(tx, recordId), ranking.ordering(),
                    inputs.keyPapers().contains(recordId), r.score(), r.probability(), r.terms(), 0,
                    ranking.model(), ranking.stopping());
        });
    }

    /**
     * As {@link #explain}, and notes that the reviewer's current ranking served the record to them, as a screener
     * that shows records from {@link #queue} does when it shows one: the audit entry of their decision on it then
     * names that ranking.
     */
    public PrioritisedRecord serve(Actor reviewer, long recordId) {
        PrioritisedRecord why = explain(reviewer, recordId);
        long ranking = db.write(reviewer, "serving record " + recordId, tx -> {
            long id = ServedRankings.ranking(tx, Stage.TITLE_ABSTRACT, why.ordering(), why.model(),
                    ScreenerPool.settings(protocols.current(tx).seed()).describe(), protocols.current(tx).seed(),
                    why.model() == null ? 0 : why.model().trainedOn(), why.model() == null ? 0 : why.model()
                            .includes());
            ServedRankings.served(tx, recordId, Stage.TITLE_ABSTRACT, id, why.score());
            return id;
        });
        return new PrioritisedRecord(why.record(), why.ordering(), why.keyPaper(), why.score(), why.probability(),
                why.terms(), ranking, why.model(), why.stopping());
    }

    /** The stopping rule's state on the reviewer's ranking (in dual screening their own decisions). */
    public StoppingState stoppingState(Actor reviewer) {
        return compute(reviewer, 0).ranking().stopping();
    }

    /**
     * Marks a record a reviewer already knows to be relevant: from now on it trains every model as an include, and
     * it comes first in the queues of the reviewers who have not decided it. Marking it again changes nothing.
     *
     * @throws UnknownEntityException when the record is not at title and abstract
     */
    public void markKeyPaper(Actor reviewer, long recordId) {
        markKeyPapers(reviewer, List.of(recordId));
    }

    /**
     * Marks several key papers in one transaction, each with its audit entry: all of them, or none when one is not
     * at title and abstract.
     *
     * @return the records newly marked (those already key papers are left as they were)
     * @throws UnknownEntityException naming the first record not at title and abstract
     */
    public List<Long> markKeyPapers(Actor reviewer, List<Long> recordIds) {
        return db.write(reviewer, "marking key papers " + recordIds, tx -> KeyPaperMarks.each(tx, recordIds,
                KeyPaperMarks::mark));
    }

    /**
     * Takes back key-paper marks in one transaction, each with its audit entry (which keeps who had marked it): the
     * records train the model by their reviewers' decisions alone, and lose their place at the head of the queue.
     *
     * @return the records that were key papers and are no longer
     * @throws UnknownEntityException naming the first record not at title and abstract; nothing is changed
     */
    public List<Long> unmarkKeyPapers(Actor reviewer, List<Long> recordIds) {
        return db.write(reviewer, "unmarking key papers " + recordIds, tx -> KeyPaperMarks.each(tx, recordIds,
                KeyPaperMarks::unmark));
    }

    /** The key papers, in the order they were marked. */
    public List<KeyPaper> keyPapers() {
        return db.read("listing key papers", KeyPaperMarks::all);
    }

    /**
     * The record at title and abstract a reviewer names by its id ({@code 12}), its DOI ({@code 10.1056/x},
     * {@code doi:10.1056/x} or a doi.org link; case does not matter) or its PubMed id ({@code pmid:38587239}), as
     * a key-paper control takes it.
     *
     * @throws InvalidInputException  when the reference is none of these forms
     * @throws UnknownEntityException when no record at title and abstract carries it, or several not yet found to be
     *                                duplicates do; the message names the reference (and the records)
     */
    public long findRecord(String reference) {
        return db.read("finding record " + reference, tx -> KeyPaperMarks.find(tx, reference));
    }

    /** The model's settings, as stored in each ranking's provenance. */
    public PrioritySettings settings() {
        return db.read("reading the protocol", tx -> ScreenerPool.settings(protocols.current(tx).seed()));
    }

    private Computed compute(Actor reviewer, int count) {
        return db.read("ranking the records for " + reviewer.name(), tx -> {
            Protocol protocol = protocols.current(tx);
            ScreenerPool.Built built = pool.screener(tx, protocol.seed());
            PriorityInputs inputs = PriorityInputs.read(tx, protocol, reviewer, built);
            int notAwaiting = built.ids().length - inputs.queue().size();
            int trainedNotAwaiting = 0;
            for (var d : inputs.decisions()) {
                trainedNotAwaiting += inputs.queue().contains(built.ids()[d.record()]) ? 0 : 1;
            }
            // records closed to this reviewer that the model has not seen are skipped below: ask for enough
            long wanted = (long) count + notAwaiting - trainedNotAwaiting;
            return new Computed(built, inputs, built.screener().next(inputs.decisions(),
                    (int) Math.min(built.ids().length, Math.max(0, wanted))));
        });
    }

    /** The ranking's records awaiting the reviewer, undecided key papers first, as stored records. */
    private List<PrioritisedRecord> records(Computed c, int count, long rankingId) {
        List<PrioritisedRecord> out = new ArrayList<>();
        Ranking ranking = c.ranking();
        List<Long> ids = new ArrayList<>();
        for (long key : c.inputs().keyPapers().stream().sorted().toList()) {
            if (c.inputs().queue().contains(key) && ids.size() < count) {
                ids.add(key);
            }
        }
        List<RankedRecord> ranked = new ArrayList<>();
        for (RankedRecord r : ranking.records()) {
            long id = c.built().ids()[r.record()];
            if (ids.size() >= count) {
                break;
            }
            if (c.inputs().queue().contains(id) && !ids.contains(id)) {
                ids.add(id);
                ranked.add(r);
            }
        }
        List<ReviewRecord> stored = db.read("reading the records", tx -> {
            List<ReviewRecord> rs = new ArrayList<>(ids.size());
            for (long id : ids) {
                rs.add(RecordReads.get(tx, id));
            }
            return rs;
        });
        int keys = ids.size() - ranked.size();
        for (int i = 0; i < stored.size(); i++) {
            RankedRecord r = i < keys ? null : ranked.get(i - keys);
            out.add(new PrioritisedRecord(stored.get(i), ranking.ordering(), i < keys,
                    r == null ? Double.NaN : r.score(), r == null ? Double.NaN : r.probability(),
                    r == null ? List.of() : r.terms(), rankingId, ranking.model(), ranking.stopping()));
        }
        return out;
    }

    private static long store(Tx tx, Computed c) throws SQLException {
        Ranking r = c.ranking();
        PrioritySettings settings = c.built().screener().settings();
        return ServedRankings.ranking(tx, Stage.TITLE_ABSTRACT, r.ordering(), r.model(), settings.describe(),
                settings.seed(), r.model() == null ? 0 : r.model().trainedOn(),
                r.model() == null ? 0 : r.model().includes());
    }
}
