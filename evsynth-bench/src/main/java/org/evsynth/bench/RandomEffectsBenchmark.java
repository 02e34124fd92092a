package org.evsynth.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.effect.ZeroCellCorrection;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One random-effects meta-analysis with the defaults (REML, HKSJ, Q-profile CI for tau², t prediction interval)
 * of k two-arm binary studies on the risk-ratio scale.
 *
 * <p>The data are synthetic and generated once per trial with a fixed seed: true log RR
 * θᵢ ~ N(log 0.8, τ² = 0.1), control risk uniform on 5-40%, arm-1 size log-uniform on 20-2,000, arm 2 within ±20% of it, events binomial.
 * {@code run} is the whole analysis including the effect sizes; {@code pool} starts from the computed effects.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RandomEffectsBenchmark {

    static final long SEED = 20250601L;
    static final double MU = Math.log(0.8);
    static final double TAU2 = 0.1;

    @Param({"10", "100", "10000"})
    public int k;

    private final MetaAnalysis analysis = MetaAnalysis.withDefaults();
    private List<BinaryStudy> studies;
    private EffectSizes effects;

    @Setup
    public void generate() {
        studies = studies(k, new SplittableRandom(SEED));
        effects = EffectSizes.compute(EffectMeasure.RR, studies, analysis.zeroCellCorrection());
        if (effects.effects().size() != k) {
            throw new IllegalStateException("generated data has excluded studies: " + effects.excluded());
        }
    }

    @Benchmark
    public MetaAnalysisResult run() {
        return analysis.run(EffectMeasure.RR, studies);
    }

    @Benchmark
    public MetaAnalysisResult pool() {
        return analysis.pool(EffectMeasure.RR, effects);
    }

    /** k studies; a double-zero study (which a ratio measure excludes) is drawn again. */
    static List<BinaryStudy> studies(int k, SplittableRandom random) {
        List<BinaryStudy> result = new ArrayList<>(k);
        while (result.size() < k) {
            double theta = MU + Math.sqrt(TAU2) * gaussian(random);
            double control = 0.05 + 0.35 * random.nextDouble();
            double treated = Math.min(0.95, control * Math.exp(theta));
            int n1 = (int) Math.round(Math.exp(Math.log(20) + random.nextDouble() * Math.log(100)));
            int n2 = (int) Math.round(n1 * (0.8 + 0.4 * random.nextDouble()));
            int e1 = binomial(n1, treated, random);
            int e2 = binomial(n2, control, random);
            if (e1 == 0 && e2 == 0) {
                continue;
            }
            result.add(BinaryStudy.of("study " + (result.size() + 1), e1, n1, e2, n2));
        }
        return result;
    }

    private static int binomial(int n, double p, SplittableRandom random) {
        int events = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
                events++;
            }
        }
        return events;
    }

    /** Standard normal by Box-Muller (SplittableRandom has no nextGaussian on Java 17). */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
