package org.evsynth.records.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.evsynth.records.BibRecord;

/**
 * Prioritised screening: given the records and the decisions so far, the next records to screen, most likely
 * includes first, each with its score and the words that weigh most, the model that ranked them and the stopping
 * rule's state.
 *
 * <p>How: TF-IDF features of every record ({@link TfIdfVectorizer}), a liblinear classifier trained on the
 * decisions ({@link ModelTrainer}), maybes counting as includes, retrained on the {@link RetrainSchedule}; the
 * unscreened records ranked by score (the "max" or certainty-based query of active learning, Cormack &amp;
 * Grossman's continuous active learning). Before the decisions hold one include and one exclude the records come
 * in a random order drawn from the seed. Ties are broken by that order too, so nothing depends on the order of
 * the input list beyond the positions themselves. Once the stopping rule switches to random sampling
 * ({@link StoppingProtocol#RANDOM_SAMPLE}), the remaining records come in a second random order drawn from the
 * seed, independent of the first and of the model, so that what the team screens from then on is the random sample
 * the test needs; the model still scores and explains them.
 *
 * <p>Reproducible: the same records, settings (seed included) and decisions give the same ranking and the same
 * {@link ModelProvenance}. The screener keeps the last model and its scores, so a call whose decisions extend the
 * previous call's retrains only when the schedule says so and otherwise only re-selects. With the schedule's lag
 * (one decision by default) the model the next call will need is trained in the background as soon as a ranking
 * is returned, so that a reviewer waits for a pick among scores already computed, not for a model. It is safe to
 * share between threads (calls are serialised).
 */
public final class PriorityScreener {

    /** Mixed into the seed for the random sample's order, a stream apart from the start's. */
    private static final long SAMPLE_STREAM = 0x2545F4914F6CDD1DL;

    private final FeatureMatrix features;
    private final PrioritySettings settings;
    private final StoppingRule stoppingRule;
    private final int[] randomRank;
    private final int[] sampleRank;
    private final ModelCache models;
    private final Object lock = new Object();

    private PriorityScreener(FeatureMatrix features, PrioritySettings settings) {
        this.features = features;
        this.settings = settings;
        this.stoppingRule = new StoppingRule(settings.stopping());
        this.randomRank = randomRanks(features.size(), settings.seed());
        this.sampleRank = randomRanks(features.size(), settings.seed() ^ SAMPLE_STREAM);
        this.models = new ModelCache(features, settings);
    }

    /** A screener over these records; builds their features (a few seconds for 100,000 records). */
    public static PriorityScreener build(List<BibRecord> records, PrioritySettings settings) {
        return new PriorityScreener(TfIdfVectorizer.fit(records, settings.features()), settings);
    }

    /**
     * A screener over features already built, for several screeners on the same records (simulations with
     * several seeds).
     *
     * @throws IllegalArgumentException when the features were built with other feature settings
     */
    public static PriorityScreener of(FeatureMatrix features, PrioritySettings settings) {
        if (!features.settings().equals(settings.features())) {
            throw new IllegalArgumentException("the features were built with " + features.settings().describe()
                    + ", not " + settings.features().describe());
        }
        return new PriorityScreener(features, settings);
    }

    /** The number of records. */
    public int size() {
        return features.size();
    }

    public PrioritySettings settings() {
        return settings;
    }

    public FeatureMatrix features() {
        return features;
    }

    /**
     * The next records to screen and the stopping rule's state.
     *
     * @param decisions one per screened record, in the order they were made; a changed decision keeps its place
     *                  with its new label
     * @param count     how many records to return at most
     * @throws IllegalArgumentException for a record outside the list or decided twice
     */
    public Ranking next(List<ScreeningDecision> decisions, int count) {
        Ranking ranking = rank(decisions, count);
        StoppingState state = stoppingRule.evaluate(includes(decisions), decisions.size(), features.size());
        return new Ranking(ranking.records(), ranking.ordering(), ranking.model(), ranking.unscreened(), state);
    }

    /** As {@link #next}, without the stopping rule's state (which costs time proportional to the decisions). */
    public Ranking rank(List<ScreeningDecision> decisions, int count) {
        boolean[] includes = includes(decisions);
        Ranking ranking = rank(decisions, includes, count,
                stoppingRule.switchPoint(includes, includes.length, features.size()) >= 0);
        trainAhead(decisions, includes);
        return ranking;
    }

    /**
     * One record's score, probability and weighted words under the model these decisions give (unscored in a random
     * order), with the stopping rule's state: why a record ranks where it does, whether or not it is next.
     *
     * @param record the record's position
     * @throws IllegalArgumentException for a position outside the list
     */
    public Ranking explain(List<ScreeningDecision> decisions, int record) {
        if (record < 0 || record >= features.size()) {
            throw new IllegalArgumentException("record " + record + " is not among the " + features.size()
                    + " records");
        }
        boolean[] includes = includes(decisions);
        boolean sampling = stoppingRule.switchPoint(includes, includes.length, features.size()) >= 0;
        StoppingState state = stoppingRule.evaluate(includes, decisions.size(), features.size());
        screenedRecords(decisions);
        synchronized (lock) {
            RetrainSchedule.TrainingPoint point = settings.schedule().trainingPoint(includes);
            Ordering ordering = sampling ? Ordering.RANDOM_SAMPLE : Ordering.MODEL;
            if (point.decisions() == 0) {
                return new Ranking(List.of(new RankedRecord(record, Double.NaN, Double.NaN, List.of())),
                        sampling ? Ordering.RANDOM_SAMPLE : Ordering.RANDOM_START, null, 0, state);
            }
            TrainedModel model = models.model(decisions.subList(0, point.decisions()), point.version());
            return new Ranking(scored(model, List.of(record)), ordering, model.provenance(), 0, state);
        }
    }

    /**
     * Waits until the model trained ahead for the next call (if any) is ready: for benchmarks and tests that
     * measure or check what a reviewer who takes longer than a training waits for.
     */
    public void awaitTraining() {
        synchronized (lock) {
            models.await();
        }
    }

    /**
     * The record the model ranks first, whether or not the stopping rule has switched to random sampling: for
     * simulations, whose ranking metrics follow the model to the last relevant record. Nothing is trained ahead.
     */
    int modelOrder(List<ScreeningDecision> decisions) {
        return rank(decisions, includes(decisions), 1, false).records().get(0).record();
    }

    private Ranking rank(List<ScreeningDecision> decisions, boolean[] includes, int count, boolean sampling) {
        if (count < 0) {
            throw new IllegalArgumentException("count " + count + " is negative");
        }
        boolean[] screened = screenedRecords(decisions);
        synchronized (lock) {
            RetrainSchedule.TrainingPoint point = settings.schedule().trainingPoint(includes);
            if (point.decisions() == 0) {
                return new Ranking(unscored(sampling ? sampleRank : randomRank, screened, count),
                        sampling ? Ordering.RANDOM_SAMPLE : Ordering.RANDOM_START, null, unscreened(screened), null);
            }
            TrainedModel model = models.model(decisions.subList(0, point.decisions()), point.version());
            List<Integer> order = sampling ? TopRecords.byRank(sampleRank, screened, count)
                    : TopRecords.select(model.scores(), randomRank, screened, count);
            return new Ranking(scored(model, order), sampling ? Ordering.RANDOM_SAMPLE : Ordering.MODEL,
                    model.provenance(), unscreened(screened), null);
        }
    }

    /**
     * With a lag, the next call (one more decision) needs the model of the schedule point among decisions already
     * made: train it now, in the background.
     */
    private void trainAhead(List<ScreeningDecision> decisions, boolean[] includes) {
        int lag = settings.schedule().lag();
        if (lag == 0) {
            return;
        }
        RetrainSchedule.TrainingPoint next = settings.schedule().trainingPoint(includes,
                Math.max(0, includes.length + 1 - lag));
        if (next.decisions() > 0) {
            synchronized (lock) {
                models.trainAhead(decisions.subList(0, next.decisions()), next.version());
            }
        }
    }

    /**
     * The unscreened records in the random sample's order, as the screener serves them once the stopping rule has
     * switched to random sampling: for simulations, which follow that phase without training models.
     */
    List<Integer> sampleOrder(boolean[] screened) {
        int[] inOrder = new int[sampleRank.length];
        for (int r = 0; r < inOrder.length; r++) {
            inOrder[sampleRank[r]] = r;
        }
        List<Integer> out = new ArrayList<>();
        for (int r : inOrder) {
            if (!screened[r]) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean[] includes(List<ScreeningDecision> decisions) {
        boolean[] includes = new boolean[decisions.size()];
        for (int i = 0; i < includes.length; i++) {
            includes[i] = decisions.get(i).label().countsAsInclude();
        }
        return includes;
    }

    private boolean[] screenedRecords(List<ScreeningDecision> decisions) {
        boolean[] screened = new boolean[features.size()];
        for (ScreeningDecision d : decisions) {
            if (d.record() >= screened.length) {
                throw new IllegalArgumentException("decision on record " + d.record() + ", but there are only "
                        + screened.length + " records (positions 0 to " + (screened.length - 1) + ")");
            }
            if (screened[d.record()]) {
                throw new IllegalArgumentException("record " + d.record() + " is decided twice; give its latest "
                        + "decision once");
            }
            screened[d.record()] = true;
        }
        return screened;
    }

    private List<RankedRecord> scored(TrainedModel model, List<Integer> order) {
        boolean probabilities = settings.model().probabilistic();
        List<RankedRecord> out = new ArrayList<>();
        for (int r : order) {
            double score = model.scores()[r];
            double probability = probabilities ? 1 / (1 + Math.exp(-score)) : Double.NaN;
            out.add(new RankedRecord(r, score, probability,
                    model.model().explain(features, features.row(r), settings.explanationTerms())));
        }
        return out;
    }

    private List<RankedRecord> unscored(int[] rank, boolean[] screened, int count) {
        List<RankedRecord> out = new ArrayList<>();
        for (int r : TopRecords.byRank(rank, screened, count)) {
            out.add(new RankedRecord(r, Double.NaN, Double.NaN, List.of()));
        }
        return out;
    }

    private static int unscreened(boolean[] screened) {
        int n = 0;
        for (boolean s : screened) {
            n += s ? 0 : 1;
        }
        return n;
    }

    /** Each record's place in a random permutation drawn from the seed (Fisher-Yates). */
    private static int[] randomRanks(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[order[i]] = i;
        }
        return rank;
    }
}
