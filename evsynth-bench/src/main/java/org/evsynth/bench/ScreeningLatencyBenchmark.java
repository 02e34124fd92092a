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
 * after 500, 2,000 or 10,000 decisions (30% of them includes, as in prioritised screening):
 * <ul>
 * <li>{@code nextAfterInclude}: the decision is an include, so the schedule retrains: a new model on every
 * decision so far, every record rescored, the next one picked (the worst case);</li>
 * <li>{@code nextAfterExclude}: an exclude between schedule points: the last model stays, the next records are
 * re-selected;</li>
 * <li>{@code nextWithStoppingState}: the same with the stopping rule's state, as the web app asks for it.</li>
 * </ul>
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

    private PriorityScreener screener;
    private List<ScreeningDecision> withInclude;
    private List<ScreeningDecision> withOtherInclude;
    private List<ScreeningDecision> withExclude;
    private boolean toggle;

    @Setup(Level.Trial)
    public void setUp() {
        PrioritySettings settings = PrioritySettings.defaults();
        SyntheticScreeningSet set = SyntheticScreeningSet.of(records, 42, settings.features());
        screener = PriorityScreener.of(set.features(), settings);
        List<ScreeningDecision> decisions = decisions(set, decided);
        int next = decisions.stream().mapToInt(ScreeningDecision::record).max().orElse(0) + 1;
        withInclude = new ArrayList<>(decisions);
        withInclude.add(new ScreeningDecision(next, Label.INCLUDE));
        withOtherInclude = new ArrayList<>(decisions);
        withOtherInclude.add(new ScreeningDecision(next + 1, Label.INCLUDE));
        withExclude = new ArrayList<>(decisions);
        withExclude.add(new ScreeningDecision(next + 2, Label.EXCLUDE));
        screener.rank(withExclude, 10);
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

    /** An include arrives: the model is retrained on every decision and every record rescored. */
    @Benchmark
    public Ranking nextAfterInclude() {
        // alternating between two different last includes makes every call retrain once
        toggle = !toggle;
        return screener.rank(toggle ? withInclude : withOtherInclude, 10);
    }

    /** An exclude between schedule points: the last model stays, the next records are re-selected. */
    @Benchmark
    public Ranking nextAfterExclude() {
        return screener.rank(withExclude, 10);
    }

    /** As {@link #nextAfterExclude}, with the stopping rule's state. */
    @Benchmark
    public Ranking nextWithStoppingState() {
        return screener.next(withExclude, 10);
    }
}
