package org.evsynth.records.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Replays screening on a labelled set with the same screener, schedule and stopping rule as real screening: the
 * prior records first (as the team's key papers and a known exclude), then always the screener's top record,
 * its true label recorded as the decision, until every relevant record is found (the ranking's metrics). The
 * stopping rule is followed along the same decisions: under {@link StoppingProtocol#RANDOM_SAMPLE} up to its
 * switch, then through the remaining records in the screener's random-sample order until the test says stop; under
 * {@link StoppingProtocol#RANKED_TAIL} along the ranking. Past the last relevant record the ranking's order does not
 * matter (every record left is irrelevant), so no model is trained there.
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
        List<ScreeningDecision> decisions = new ArrayList<>(priors(settings.seed(), priorIncludes, priorExcludes));
        int n = features.size();
        boolean[] inOrder = new boolean[n];
        int[] foundAt = new int[relevantCount];
        int found = 0;
        for (int d = 0; d < decisions.size(); d++) {
            inOrder[d] = relevant[decisions.get(d).record()];
            if (inOrder[d]) {
                foundAt[found++] = d + 1;
            }
        }
        while (found < relevantCount) {
            int next = screener.modelOrder(decisions);
            boolean isRelevant = relevant[next];
            decisions.add(new ScreeningDecision(next, isRelevant ? Label.INCLUDE : Label.EXCLUDE));
            inOrder[decisions.size() - 1] = isRelevant;
            if (isRelevant) {
                foundAt[found++] = decisions.size();
            }
        }
        StoppingRule rule = new StoppingRule(settings.stopping());
        int first = priorIncludes + priorExcludes;
        int rankedTailStop = rankedTailStop(inOrder, first, settings.stopping());
        int switchedAt = rule.switchPoint(inOrder, n, n);
        if (switchedAt < 0) {
            int foundByStop = 0;
            while (foundByStop < found && foundAt[foundByStop] <= rankedTailStop) {
                foundByStop++;
            }
            return new SimulationRun(settings.seed(), n, foundAt, -1, rankedTailStop, foundByStop, rankedTailStop);
        }
        int[] stop = sample(screener, rule, decisions, inOrder, Math.max(switchedAt, first));
        return new SimulationRun(settings.seed(), n, foundAt, switchedAt, stop[0], stop[1], rankedTailStop);
    }

    /** Where buscar's ranked-tail test first rejects along the ranking, N if never before every record. */
    private static int rankedTailStop(boolean[] inOrder, int first, StoppingSettings stopping) {
        int n = inOrder.length;
        for (int d = first; d < n; d++) {
            if (HypergeometricStoppingTest.rejects(inOrder, d, n, stopping.targetRecall(), stopping.alpha())) {
                return d;
            }
        }
        return n;
    }

    /**
     * The random-sampling phase from the switch: the records left then, in the screener's sample order, tested
     * after each one.
     *
     * @return records screened when the test stops (N if it never does), and the relevant records found by then
     */
    private int[] sample(PriorityScreener screener, StoppingRule rule, List<ScreeningDecision> decisions,
                         boolean[] inOrder, int switchedAt) {
        int n = inOrder.length;
        int before = 0;
        for (int d = 0; d < switchedAt; d++) {
            before += inOrder[d] ? 1 : 0;
        }
        int urn = n - switchedAt;
        SequentialSampleTest test = rule.sampleTest(urn, before);
        if (switchedAt >= decisions.size()) {
            // every relevant record was found before the switch: the sample can only draw irrelevant ones
            int drawn = test.boundary(0);
            return drawn <= urn ? new int[] {switchedAt + drawn, before} : new int[] {n, relevantCount};
        }
        boolean[] screened = new boolean[n];
        for (ScreeningDecision d : decisions.subList(0, switchedAt)) {
            screened[d.record()] = true;
        }
        int drawn = 0;
        int relevantDrawn = 0;
        for (int r : screener.sampleOrder(screened)) {
            drawn++;
            relevantDrawn += relevant[r] ? 1 : 0;
            if (test.stops(drawn, relevantDrawn)) {
                return new int[] {switchedAt + drawn, before + relevantDrawn};
            }
        }
        return new int[] {n, relevantCount};
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
