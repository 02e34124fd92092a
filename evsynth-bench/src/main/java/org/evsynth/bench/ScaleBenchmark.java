package org.evsynth.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.effect.GenericStudy;
import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.TauSquaredCiMethod;
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
 * The engine at scale (issue 13): one REML analysis with the defaults (HKSJ, Q-profile interval for τ², its SE,
 * prediction interval, one row per study) of k = 1,000,000 (theta, se) studies, from the study records
 * ({@code run}) and from computed effects ({@code pool}); and the profile-likelihood and generalised-Q intervals
 * for τ² at k = 10,000 (issue 14), each with the whole REML analysis. Synthetic data with a fixed seed: θᵢ ~ N(0.2, 0.05 + sᵢ²), sᵢ uniform on 0.05-0.5.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ScaleBenchmark {

    private final MetaAnalysis reml = MetaAnalysis.withDefaults();
    private final MetaAnalysis profile = MetaAnalysis.withDefaults().with(TauSquaredCiMethod.PL);
    private final MetaAnalysis generalisedQ = MetaAnalysis.withDefaults().with(TauSquaredCiMethod.GENQ);
    private List<StudyData> million;
    private EffectSizes millionEffects;
    private EffectSizes tenThousand;

    @Setup
    public void generate() {
        million = studies(1_000_000, new SplittableRandom(RandomEffectsBenchmark.SEED));
        millionEffects = reml.effectSizes(EffectMeasure.GEN, million);
        tenThousand = reml.effectSizes(EffectMeasure.GEN,
                studies(10_000, new SplittableRandom(RandomEffectsBenchmark.SEED + 2)));
    }

    static List<StudyData> studies(int k, SplittableRandom random) {
        List<StudyData> result = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double se = 0.05 + 0.45 * random.nextDouble();
            double u = 1 - random.nextDouble();
            double z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
            result.add(GenericStudy.of("study " + (i + 1), 0.2 + Math.sqrt(0.05 + se * se) * z, se));
        }
        return result;
    }

    @Benchmark
    public MetaAnalysisResult remlMillionRun() {
        return reml.run(EffectMeasure.GEN, million);
    }

    @Benchmark
    public MetaAnalysisResult remlMillionPool() {
        return reml.pool(EffectMeasure.GEN, millionEffects);
    }

    @Benchmark
    public MetaAnalysisResult profileLikelihoodTenThousand() {
        return profile.pool(EffectMeasure.GEN, tenThousand);
    }

    @Benchmark
    public MetaAnalysisResult generalisedQTenThousand() {
        return generalisedQ.pool(EffectMeasure.GEN, tenThousand);
    }
}
