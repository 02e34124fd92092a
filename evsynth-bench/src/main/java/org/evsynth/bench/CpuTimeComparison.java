package org.evsynth.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@link RandomEffectsBenchmark} of two builds in one JVM, interleaved, timed in CPU time of the running thread: a
 * before/after comparison that the machine's other load does not blur (JMH's wall-clock averages under a load
 * average of 10 on 2 cores scatter by a factor of 2 from run to run). Each build's benchmarks.jar is loaded by
 * its own class loader; after a warm-up, rounds alternate between the builds, each round timing a batch of
 * operations, and the median CPU time per operation of each build is printed with the quartiles.
 *
 * <pre>
 * java -cp evsynth-bench/target/benchmarks.jar org.evsynth.bench.CpuTimeComparison BASE.jar NEW.jar [rounds]
 * </pre>
 */
public final class CpuTimeComparison {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimeComparison() {
    }

    /** One build's benchmark at one k, with its two operations. */
    private record Subject(Object state, Method run, Method pool) {

        static Subject of(Path jar, int k) throws ReflectiveOperationException, java.net.MalformedURLException {
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
            Class<?> type = Class.forName(RandomEffectsBenchmark.class.getName(), true, loader);
            Object state = type.getConstructor().newInstance();
            type.getField("k").setInt(state, k);
            type.getMethod("generate").invoke(state);
            return new Subject(state, type.getMethod("run"), type.getMethod("pool"));
        }

        Method operation(String name) {
            return name.equals("run") ? run : pool;
        }

        /** CPU nanoseconds per operation over a batch. */
        double time(Method operation, int batch) throws ReflectiveOperationException {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < batch; i++) {
                operation.invoke(state);
            }
            return (THREADS.getCurrentThreadCpuTime() - start) / (double) batch;
        }
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]);
        Path changed = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        System.out.printf(Locale.ROOT, "load average at start: %s%n", loadAverage());
        for (int k : new int[] {10, 100, 10_000}) {
            Subject before = Subject.of(base, k);
            Subject after = Subject.of(changed, k);
            int batch = Math.max(5, 200_000 / (k * 10 + 100));
            for (String name : new String[] {"run", "pool"}) {
                List<Double> timesBefore = new ArrayList<>();
                List<Double> timesAfter = new ArrayList<>();
                for (int round = -rounds / 4; round < rounds; round++) {
                    // Which build goes first alternates, so that neither inherits the other's garbage collections.
                    boolean baseFirst = Math.floorMod(round, 2) == 0;
                    double a = baseFirst ? Double.NaN : after.time(after.operation(name), batch);
                    double b = before.time(before.operation(name), batch);
                    if (baseFirst) {
                        a = after.time(after.operation(name), batch);
                    }
                    if (round >= 0) {
                        timesBefore.add(b);
                        timesAfter.add(a);
                    }
                }
                System.out.printf(Locale.ROOT, "k = %6d %-4s base %s µs, changed %s µs, ratio of medians %.3f%n", k,
                        name, quartiles(timesBefore), quartiles(timesAfter),
                        median(timesAfter) / median(timesBefore));
            }
        }
        System.out.printf(Locale.ROOT, "load average at end: %s%n", loadAverage());
    }

    private static String quartiles(List<Double> nanos) {
        double[] sorted = nanos.stream().mapToDouble(d -> d / 1000).sorted().toArray();
        return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", at(sorted, 0.5), at(sorted, 0.25), at(sorted, 0.75));
    }

    private static double median(List<Double> nanos) {
        return at(nanos.stream().mapToDouble(Double::doubleValue).sorted().toArray(), 0.5);
    }

    private static double at(double[] sorted, double fraction) {
        return sorted[(int) Math.round(fraction * (sorted.length - 1))];
    }

    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return String.join(" ", Arrays.copyOf(fields, 3));
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
