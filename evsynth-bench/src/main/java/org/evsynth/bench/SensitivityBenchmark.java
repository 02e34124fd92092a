package org.evsynth.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.regression.MetaRegression;
import org.evsynth.stats.regression.ModelMatrix;
import org.evsynth.stats.regression.PermutationResult;
import org.evsynth.stats.sensitivity.LeaveOneOut;
import org.evsynth.stats.sensitivity.SensitivityAnalysis;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two heavy analyses of the sensitivity issue, with the defaults (REML, HKSJ): leave-one-out at k = 1,000
 * (1,000 refits, each with its Q-profile interval for τ²), and a 10,000-permutation test of a meta-regression on
 * one numeric moderator at k = 30. Synthetic data from {@link RandomEffectsBenchmark}'s generator, fixed seed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SensitivityBenchmark {

    private final MetaAnalysis analysis = MetaAnalysis.withDefaults();
    private EffectSizes thousand;
    private double[] y;
    private double[] v;
    private ModelMatrix x;

    @Setup
    public void generate() {
        thousand = EffectSizes.compute(EffectMeasure.RR,
                RandomEffectsBenchmark.studies(1000, new SplittableRandom(RandomEffectsBenchmark.SEED)),
                analysis.zeroCellCorrection());
        EffectSizes thirty = EffectSizes.compute(EffectMeasure.RR,
                RandomEffectsBenchmark.studies(30, new SplittableRandom(RandomEffectsBenchmark.SEED + 1)),
                analysis.zeroCellCorrection());
        y = thirty.effects().stream().mapToDouble(e -> e.theta()).toArray();
        v = thirty.effects().stream().mapToDouble(e -> e.variance()).toArray();
        SplittableRandom random = new SplittableRandom(7);
        double[] moderator = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            moderator[i] = 10 * random.nextDouble();
        }
        x = ModelMatrix.withIntercept(y.length).numeric("x", moderator).build();
    }

    @Benchmark
    public List<LeaveOneOut> leaveOneOutK1000() {
        return SensitivityAnalysis.leaveOneOut(analysis, EffectMeasure.RR, thousand);
    }

    @Benchmark
    public PermutationResult permutations10000K30() {
        return MetaRegression.withDefaults().permutationTest(y, v, x, 10_000, 1);
    }
}
