package org.evsynth.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.evsynth.records.BibRecord;
import org.evsynth.records.screening.FeatureMatrix;
import org.evsynth.records.screening.FeatureSettings;
import org.evsynth.records.screening.Label;
import org.evsynth.records.screening.PriorityScreener;
import org.evsynth.records.screening.PrioritySettings;
import org.evsynth.records.screening.Ranking;
import org.evsynth.records.screening.ScreeningDecision;
import org.evsynth.records.screening.TfIdfVectorizer;
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
 * The time from a reviewer's decision to the next record at 100,000 records: {@code next} after one more decision,
 * which retrains the model on every decision so far and rescores every record (the worst case: an include, or a
 * point of the retrain schedule), and {@code next} between schedule points, which only re-selects. The records
 * are made up: abstracts of 150 words drawn from a Zipf-distributed vocabulary of 30,000 words, 2% of them on a
 * topic of their own, so that the vocabulary (uni- and bigrams) is as large as a real search's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
public class ScreeningLatencyBenchmark {

    @Param({"100000"})
    public int records;

    /** Decisions already made when the next record is asked for. */
    @Param({"500", "2000"})
    public int decided;

    private PriorityScreener screener;
    private List<ScreeningDecision> decisions;
    private List<ScreeningDecision> withInclude;
    private List<ScreeningDecision> withOtherInclude;
    private boolean toggle;
    private List<ScreeningDecision> withExclude;

    @Setup(Level.Trial)
    public void setUp() {
        List<BibRecord> made = records(records, 42);
        PrioritySettings settings = PrioritySettings.defaults();
        FeatureMatrix features = TfIdfVectorizer.fit(made, FeatureSettings.defaults());
        screener = PriorityScreener.of(features, settings);
        SplittableRandom random = new SplittableRandom(1);
        decisions = new ArrayList<>();
        for (int i = 0; i < decided; i++) {
            int r = i * (records / decided);
            boolean onTopic = r % 50 == 0;
            decisions.add(new ScreeningDecision(r, onTopic || random.nextInt(40) == 0 ? Label.INCLUDE : Label.EXCLUDE));
        }
        withInclude = new ArrayList<>(decisions);
        withInclude.add(new ScreeningDecision(1, Label.INCLUDE));
        withOtherInclude = new ArrayList<>(decisions);
        withOtherInclude.add(new ScreeningDecision(2, Label.INCLUDE));
        withExclude = new ArrayList<>(decisions);
        withExclude.add(new ScreeningDecision(3, Label.EXCLUDE));
        screener.rank(decisions, 10);
    }

    /** An include arrives: the model is retrained on every decision and every record rescored. */
    @Benchmark
    public Ranking nextAfterInclude() {
        // alternating between two different last includes makes every call retrain once
        toggle = !toggle;
        return screener.rank(toggle ? withInclude : withOtherInclude, 10);
    }

    /** The stopping rule's full state after the decisions (the simulation checks a faster form). */
    @Benchmark
    public Ranking nextWithStoppingState() {
        return screener.next(decisions, 10);
    }

    /** An exclude between schedule points: the last model stays, the next records are re-selected. */
    @Benchmark
    public Ranking nextAfterExclude() {
        return screener.rank(withExclude, 10);
    }

    static List<BibRecord> records(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int vocabulary = 30_000;
        double[] cumulative = new double[vocabulary];
        double sum = 0;
        for (int i = 0; i < vocabulary; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        List<BibRecord> out = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 150; w++) {
                int word = r % 50 == 0 && random.nextInt(6) == 0 ? random.nextInt(40)
                        : lowerBound(cumulative, random.nextDouble() * sum);
                text.append(r % 50 == 0 && word < 40 ? "topic" : "w").append(word).append(' ');
            }
            out.add(BibRecord.builder().title("Record " + r).abstractText(text.toString()).build());
        }
        return out;
    }

    private static int lowerBound(double[] cumulative, double value) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
