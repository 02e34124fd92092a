package org.evsynth.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.evsynth.records.search.SearchDocument;
import org.evsynth.records.search.SearchIndex;
import org.evsynth.records.search.Strategy;
import org.evsynth.records.search.StrategyParser;
import org.evsynth.records.search.StrategyRunner;

/**
 * {@link SearchBenchmark}'s workload timed by the CPU time of the one thread that runs it as well as by the clock,
 * because on a shared machine the clock also counts the time other processes hold the cores (the search itself
 * runs on one thread). Prints one line per repetition; run by {@code tools/bench/search-timing.sh}.
 */
public final class SearchTiming {

    private SearchTiming() {
    }

    public static void main(String[] args) {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<SearchDocument> documents = SearchBenchmark.records(SearchBenchmark.RECORDS, new SplittableRandom(12));
        Strategy strategy = StrategyParser.parse(SearchBenchmark.strategyText());
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        SearchIndex index = SearchIndex.of(documents);
        print("index", threads.getCurrentThreadCpuTime() - cpu, System.nanoTime() - wall, -1);
        for (int i = 0; i < repetitions; i++) {
            cpu = threads.getCurrentThreadCpuTime();
            wall = System.nanoTime();
            int hits = StrategyRunner.run(strategy, index).finalHits();
            print("run " + (i + 1), threads.getCurrentThreadCpuTime() - cpu, System.nanoTime() - wall, hits);
        }
        index.close();
    }

    private static void print(String what, long cpuNanos, long wallNanos, int hits) {
        System.out.printf(Locale.ROOT, "%-8s cpu %7.0f ms  wall %7.0f ms%s%n", what, cpuNanos / 1e6, wallNanos / 1e6,
                hits < 0 ? "" : "  final hits " + hits);
    }
}
