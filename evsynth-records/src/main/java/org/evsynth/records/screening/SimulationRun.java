package org.evsynth.records.screening;

/**
 * One simulated screening of a labelled set: where each relevant record was found in the model's order, and what
 * the stopping rule did. The ranking metrics are those of ASReview's insights and Cohen et al. (2006), counting
 * the prior records as screened.
 *
 * @param seed                the seed of the run
 * @param records             records in the set, N
 * @param foundAt             for the i-th relevant record found in the model's order, the number of records
 *                            screened when it was found (increasing; its length is the number of relevant records)
 * @param switchedAt          records screened (in the model's order) when the stopping rule switched to random
 *                            sampling; -1 under the ranked-tail protocol
 * @param stoppedAt           records screened when the stopping rule said stop (model order, then the random
 *                            sample); N when it never did
 * @param relevantAtStop      relevant records found by then
 * @param rankedTailStoppedAt where buscar's ranked-tail form of the test would have stopped along the model's order
 */
public record SimulationRun(long seed, int records, int[] foundAt, int switchedAt, int stoppedAt, int relevantAtStop,
                            int rankedTailStoppedAt) {

    /** The number of relevant records. */
    public int relevant() {
        return foundAt.length;
    }

    /** Records screened to find the fraction {@code recall} of the relevant ones (rounded up). */
    public int screenedAt(double recall) {
        int needed = (int) Math.ceil(recall * relevant() - 1e-9);
        return needed == 0 ? 0 : foundAt[needed - 1];
    }

    /** Work saved over sampling at this recall, in percent: ((N - screened) / N - (1 - recall)) x 100. */
    public double wssAt(double recall) {
        return (((double) records - screenedAt(recall)) / records - (1 - recall)) * 100;
    }

    /** Relevant records found after screening this fraction of the records (rounded up), in percent of all. */
    public double rrfAt(double fraction) {
        return 100.0 * found((int) Math.ceil(fraction * records - 1e-9)) / relevant();
    }

    /** Relevant records found in the model's order after screening this many records. */
    public int found(int screened) {
        int n = 0;
        while (n < foundAt.length && foundAt[n] <= screened) {
            n++;
        }
        return n;
    }

    /** The recall reached when the stopping rule said stop, as a fraction. */
    public double recallAtStop() {
        return (double) relevantAtStop / relevant();
    }

    /** The recall reached where the ranked-tail form of the test would have stopped. */
    public double rankedTailRecallAtStop() {
        return (double) found(rankedTailStoppedAt) / relevant();
    }
}
