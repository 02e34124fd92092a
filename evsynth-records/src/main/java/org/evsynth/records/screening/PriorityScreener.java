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
 * the input list beyond the positions themselves.
 *
 * <p>Reproducible: the same records, settings (seed included) and decisions give the same ranking and the same
 * {@link ModelProvenance}. The screener keeps the last model and its scores, so a call whose decisions extend the
 * previous call's retrains only when the schedule says so and otherwise only re-selects; it is safe to share
 * between threads (calls are serialised).
 */
public final class PriorityScreener {

    private final FeatureMatrix features;
    private final PrioritySettings settings;
    private final StoppingRule stoppingRule;
    private final int[] randomRank;
    private final Object lock = new Object();

    private List<ScreeningDecision> trainedOn = List.of();
    private LinearModel model;
    private double[] scores;
    private ModelProvenance provenance;

    private PriorityScreener(FeatureMatrix features, PrioritySettings settings) {
        this.features = features;
        this.settings = settings;
        this.stoppingRule = new StoppingRule(settings.stopping());
        this.randomRank = randomRanks(features.size(), settings.seed());
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
        boolean[] relevant = new boolean[decisions.size()];
        for (int i = 0; i < relevant.length; i++) {
            relevant[i] = decisions.get(i).label().countsAsInclude();
        }
        StoppingState state = stoppingRule.evaluate(relevant, relevant.length, features.size());
        return new Ranking(ranking.records(), ranking.model(), ranking.unscreened(), state);
    }

    /** As {@link #next}, without the stopping rule's state (which costs time proportional to the decisions). */
    public Ranking rank(List<ScreeningDecision> decisions, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count " + count + " is negative");
        }
        boolean[] screened = screenedRecords(decisions);
        synchronized (lock) {
            boolean[] includes = new boolean[decisions.size()];
            for (int i = 0; i < includes.length; i++) {
                includes[i] = decisions.get(i).label().countsAsInclude();
            }
            RetrainSchedule.TrainingPoint point = settings.schedule().trainingPoint(includes);
            if (point.decisions() == 0) {
                return new Ranking(randomOrder(screened, count), null, unscreened(screened), null);
            }
            List<ScreeningDecision> training = decisions.subList(0, point.decisions());
            if (model == null || !training.equals(trainedOn)) {
                train(List.copyOf(training), point.version());
            }
            return new Ranking(ranked(screened, count), provenance, unscreened(screened), null);
        }
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

    private void train(List<ScreeningDecision> training, int version) {
        int[] records = new int[training.size()];
        boolean[] labels = new boolean[training.size()];
        int includes = 0;
        for (int i = 0; i < records.length; i++) {
            records[i] = training.get(i).record();
            labels[i] = training.get(i).label().countsAsInclude();
            includes += labels[i] ? 1 : 0;
        }
        model = ModelTrainer.train(features, records, labels, settings.model(), settings.seed() + version);
        scores = new double[features.size()];
        for (int r = 0; r < scores.length; r++) {
            scores[r] = model.score(features.row(r));
        }
        trainedOn = training;
        provenance = new ModelProvenance(ModelProvenance.LIBRARY, settings.describe(), settings.seed(), version,
                records.length, includes, records.length - includes,
                TrainingSetHash.of(features.size(), records, labels));
    }

    private List<RankedRecord> ranked(boolean[] screened, int count) {
        boolean probabilities = settings.model().classifier() == Classifier.LOGISTIC_REGRESSION;
        List<RankedRecord> out = new ArrayList<>();
        for (int r : TopRecords.select(scores, randomRank, screened, count)) {
            double probability = probabilities ? 1 / (1 + Math.exp(-scores[r])) : Double.NaN;
            out.add(new RankedRecord(r, scores[r], probability,
                    model.explain(features, features.row(r), settings.explanationTerms())));
        }
        return out;
    }

    private List<RankedRecord> randomOrder(boolean[] screened, int count) {
        double[] none = new double[features.size()];
        List<RankedRecord> out = new ArrayList<>();
        for (int r : TopRecords.select(none, randomRank, screened, count)) {
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
