package org.evsynth.records.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Replays screening on a labelled set with the same screener, schedule and stopping rule as real screening: the
 * prior records first (as the team's key papers and a known exclude), then always the screener's top record,
 * its true label recorded as the decision. Stops once every relevant record is found and the stopping rule has
 * spoken, since nothing after that changes the metrics.
 */
public final class Simulation {

    private final FeatureMatrix features;
    private final boolean[] relevant;
    private final int relevantCount;

    /**
     * @param features the records' features
     * @param relevant the true label of each record
     * @throws IllegalArgumentException when the labels do not fit the records or no record is relevant
     */
    public Simulation(FeatureMatrix features, boolean[] relevant) {
        if (relevant.length != features.size()) {
            throw new IllegalArgumentException(relevant.length + " labels for " + features.size() + " records");
        }
        this.features = features;
        this.relevant = relevant.clone();
        int n = 0;
        for (boolean r : relevant) {
            n += r ? 1 : 0;
        }
        if (n == 0) {
            throw new IllegalArgumentException("no record is labelled relevant: there is nothing to find");
        }
        this.relevantCount = n;
    }

    /**
     * One run.
     *
     * @param settings       the screener's settings, the run's seed among them
     * @param priorIncludes  relevant records given at the start, drawn at random with the seed
     * @param priorExcludes  irrelevant records given at the start
     * @throws IllegalArgumentException when the set has fewer relevant or irrelevant records than asked for
     */
    public SimulationRun run(PrioritySettings settings, int priorIncludes, int priorExcludes) {
        PriorityScreener screener = PriorityScreener.of(features, settings);
        StoppingRule stopping = new StoppingRule(settings.stopping());
        List<ScreeningDecision> decisions = new ArrayList<>(priors(settings.seed(), priorIncludes, priorExcludes));
        int n = features.size();
        boolean[] inOrder = new boolean[n];
        int[] foundAt = new int[relevantCount];
        int found = 0;
        int stoppedAt = -1;
        for (int d = 0; d < decisions.size(); d++) {
            inOrder[d] = relevant[decisions.get(d).record()];
            if (inOrder[d]) {
                foundAt[found++] = d + 1;
            }
        }
        while (decisions.size() < n && (found < relevantCount || stoppedAt < 0)) {
            if (stoppedAt < 0 && stopping.stops(inOrder, decisions.size(), n)) {
                stoppedAt = decisions.size();
                continue;
            }
            int next = screener.rank(decisions, 1).records().get(0).record();
            boolean isRelevant = relevant[next];
            decisions.add(new ScreeningDecision(next, isRelevant ? Label.INCLUDE : Label.EXCLUDE));
            inOrder[decisions.size() - 1] = isRelevant;
            if (isRelevant) {
                foundAt[found++] = decisions.size();
            }
        }
        if (stoppedAt < 0) {
            stoppedAt = stopping.stops(inOrder, decisions.size(), n) ? decisions.size() : n;
        }
        return new SimulationRun(settings.seed(), n, foundAt, stoppedAt);
    }

    /**
     * The runs for each seed, the other settings as given, in seed order. Runs are independent (each has its own
     * screener over the shared, read-only features), so they run in parallel on the common fork-join pool.
     */
    public List<SimulationRun> runs(PrioritySettings settings, List<Long> seeds, int priorIncludes,
                                    int priorExcludes) {
        return seeds.parallelStream().map(seed -> run(settings.withSeed(seed), priorIncludes, priorExcludes))
                .toList();
    }

    private List<ScreeningDecision> priors(long seed, int includes, int excludes) {
        if (includes < 0 || excludes < 0) {
            throw new IllegalArgumentException("prior includes and excludes must not be negative");
        }
        List<Integer> relevantRecords = new ArrayList<>();
        List<Integer> irrelevantRecords = new ArrayList<>();
        for (int r = 0; r < relevant.length; r++) {
            (relevant[r] ? relevantRecords : irrelevantRecords).add(r);
        }
        if (includes > relevantRecords.size() || excludes > irrelevantRecords.size()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%d prior includes and %d prior excludes asked for, but the set has %d relevant and %d "
                            + "irrelevant records", includes, excludes, relevantRecords.size(),
                    irrelevantRecords.size()));
        }
        // a stream of its own, so the priors do not shift the screener's random order
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<ScreeningDecision> priors = new ArrayList<>();
        for (int r : draw(relevantRecords, includes, random)) {
            priors.add(new ScreeningDecision(r, Label.INCLUDE));
        }
        for (int r : draw(irrelevantRecords, excludes, random)) {
            priors.add(new ScreeningDecision(r, Label.EXCLUDE));
        }
        return priors;
    }

    private static List<Integer> draw(List<Integer> from, int count, SplittableRandom random) {
        List<Integer> pool = new ArrayList<>(from);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(pool.remove(random.nextInt(pool.size())));
        }
        return out;
    }
}
