package org.evsynth.records.screening;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The models of one screener: the last one used, and at most one being trained ahead in the background for the
 * next call ({@link RetrainSchedule#lag()}). Which model a ranking uses is decided by the schedule from the
 * decisions alone; this class only decides whether it is already there, is on its way, or must be trained now, so
 * the background never changes a ranking, only when it is ready. Training is a pure function of the training
 * decisions (and the features, settings and seed), so a model trained ahead equals the one trained on demand.
 * Callers hold the screener's lock.
 */
final class ModelCache {

    /**
     * One daemon thread for the whole JVM: a model trained ahead waits for the reviewer's next decision, not for
     * a core, and two cores shared by the web app and its database are better left to the requests.
     */
    private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "evsynth-screening-training");
        thread.setDaemon(true);
        return thread;
    });

    private final FeatureMatrix features;
    private final PrioritySettings settings;
    private final LiblinearRows rows;

    private TrainedModel current;
    private List<ScreeningDecision> aheadFor;
    private CompletableFuture<TrainedModel> ahead;

    ModelCache(FeatureMatrix features, PrioritySettings settings) {
        this.features = features;
        this.settings = settings;
        this.rows = new LiblinearRows(features);
    }

    /** The model trained on these decisions: the last one, the one trained ahead, or one trained now. */
    TrainedModel model(List<ScreeningDecision> training, int version) {
        if (current != null && current.trainedOn().equals(training)) {
            return current;
        }
        if (ahead != null && aheadFor.equals(training)) {
            current = ahead.join();
            ahead = null;
            return current;
        }
        current = train(List.copyOf(training), version);
        return current;
    }

    /** Starts training the model on these decisions in the background, unless it is there or on its way. */
    void trainAhead(List<ScreeningDecision> training, int version) {
        if ((current != null && current.trainedOn().equals(training))
                || (ahead != null && aheadFor.equals(training))) {
            return;
        }
        List<ScreeningDecision> copy = List.copyOf(training);
        aheadFor = copy;
        ahead = CompletableFuture.supplyAsync(() -> train(copy, version), BACKGROUND);
    }

    /** Waits for the model being trained ahead, if any. */
    void await() {
        CompletableFuture<TrainedModel> pending = ahead;
        if (pending != null) {
            pending.join();
        }
    }

    private TrainedModel train(List<ScreeningDecision> training, int version) {
        int[] records = new int[training.size()];
        boolean[] labels = new boolean[training.size()];
        int includes = 0;
        for (int i = 0; i < records.length; i++) {
            records[i] = training.get(i).record();
            labels[i] = training.get(i).label().countsAsInclude();
            includes += labels[i] ? 1 : 0;
        }
        LinearModel model = ModelTrainer.train(rows, records, labels, settings.model(), settings.seed() + version);
        double[] scores = new double[features.size()];
        for (int r = 0; r < scores.length; r++) {
            scores[r] = model.score(features.row(r));
        }
        ModelProvenance provenance = new ModelProvenance(ModelProvenance.LIBRARY, settings.describe(),
                settings.seed(), version, records.length, includes, records.length - includes,
                TrainingSetHash.of(features.size(), records, labels));
        return new TrainedModel(training, model, scores, provenance);
    }
}
