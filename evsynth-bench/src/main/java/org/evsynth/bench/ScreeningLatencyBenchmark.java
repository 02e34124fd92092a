package org.evsynth.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.evsynth.records.screening.Label;
import org.evsynth.records.screening.PriorityScreener;
import org.evsynth.records.screening.PrioritySettings;
import org.evsynth.records.screening.Ranking;
import org.evsynth.records.screening.ScreeningDecision;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time from a reviewer's decision to the next record at 100,000 records ({@link SyntheticScreeningSet}),
 * after 500, 2,000 or 10,000 decisions (30% of them includes, as in prioritised screening). Each measured call
 * follows a decision that is an include, so the schedule retrains at it:
 * <ul>
 * <li>with {@code lag = 1} (the default schedule) the model the call needs was trained in the background while
 * the reviewer read the record (the invocation's setup waits for it, as a reviewer who reads for longer than a
 * training does): the call picks the next records from its scores and starts the next training;</li>
 * <li>with {@code lag = 0} the call itself trains a model on every decision and rescores every record: what a
 * reviewer who decides faster than a training waits for at most.</li>
 * </ul>
 * {@code nextWithStoppingState} adds the stopping rule's state, as the web app asks for it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ScreeningLatencyBenchmark {

    @Param({"100000"})
    public int records;

    /** Decisions already made when the next record is asked for. */
    @Param({"500", "2000", "10000"})
    public int decided;

    /** The retraining schedule's lag: 1 trains in the background, 0 on demand. */
    @Param({"1", "0"})
    public int lag;

    private PriorityScreener screener;
    private final List<List<ScreeningDecision>> shown = new ArrayList<>();
    private final List<List<ScreeningDecision>> decidedNext = new ArrayList<>();
    private int turn;

    @Setup(Level.Trial)
    public void setUp() {
        PrioritySettings defaults = PrioritySettings.defaults();
        PrioritySettings settings = defaults.withSchedule(defaults.schedule().withLag(lag));
        SyntheticScreeningSet set = SyntheticScreeningSet.of(records, 42, settings.features());
        screener = PriorityScreener.of(set.features(), settings);
        List<ScreeningDecision> decisions = decisions(set, decided);
        List<Integer> unseenRelevant = new ArrayList<>();
        int used = decisions.stream().mapToInt(ScreeningDecision::record).max().orElse(0);
        for (int r = used + 1; unseenRelevant.size() < 4; r++) {
            if (set.relevant(r)) {
                unseenRelevant.add(r);
            }
        }
        // two alternating histories, so that every measured call needs a model the previous one did not
        for (int i = 0; i < 2; i++) {
            List<ScreeningDecision> before = new ArrayList<>(decisions);
            before.add(new ScreeningDecision(unseenRelevant.get(2 * i), Label.INCLUDE));
            List<ScreeningDecision> after = new ArrayList<>(before);
            after.add(new ScreeningDecision(unseenRelevant.get(2 * i + 1), Label.INCLUDE));
            shown.add(before);
            decidedNext.add(after);
        }
    }

    /**
     * The reviewer is shown a record (the previous call) and reads it for longer than a training takes; then the
     * measured call follows their include.
     */
    @Setup(Level.Invocation)
    public void showRecord() {
        turn = 1 - turn;
        screener.rank(shown.get(turn), 10);
        screener.awaitTraining();
    }

    /** The first records of the set, relevant ones making up 30%, in an interleaved order. */
    static List<ScreeningDecision> decisions(SyntheticScreeningSet set, int count) {
        int includes = (int) Math.round(0.3 * count);
        List<Integer> relevant = new ArrayList<>();
        List<Integer> irrelevant = new ArrayList<>();
        for (int r = 0; relevant.size() < includes || irrelevant.size() < count - includes; r++) {
            List<Integer> to = set.relevant(r) ? relevant : irrelevant;
            if (to.size() < (set.relevant(r) ? includes : count - includes)) {
                to.add(r);
            }
        }
        List<ScreeningDecision> out = new ArrayList<>();
        for (int i = 0, a = 0, b = 0; i < count; i++) {
            boolean include = a < includes && (b >= count - includes || (long) a * count < (long) i * includes);
            out.add(include ? new ScreeningDecision(relevant.get(a++), Label.INCLUDE)
                    : new ScreeningDecision(irrelevant.get(b++), Label.EXCLUDE));
        }
        return out;
    }

    /** The next records after an include. */
    @Benchmark
    public Ranking nextAfterInclude() {
        return screener.rank(decidedNext.get(turn), 10);
    }

    /** As {@link #nextAfterInclude}, with the stopping rule's state. */
    @Benchmark
    public Ranking nextWithStoppingState() {
        return screener.next(decidedNext.get(turn), 10);
    }
}
