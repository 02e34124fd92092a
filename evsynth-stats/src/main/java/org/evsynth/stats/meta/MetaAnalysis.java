package org.evsynth.stats.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.DataKind;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.effect.IncompleteStudy;
import org.evsynth.stats.effect.MissingValues;
import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.effect.ZeroCellCorrection;

/**
 * A pairwise meta-analysis, configured immutably and run on a list of studies.
 *
 * <pre>{@code
 * MetaAnalysisResult result = MetaAnalysis.withDefaults()
 *         .with(TauSquaredEstimator.DL)
 *         .with(ConfidenceMethod.WALD)
 *         .run(EffectMeasure.RR, studies);
 * }</pre>
 *
 * <p>The defaults follow the methods Cochrane's Statistical Methods Group adopted for RevMan in 2025:
 * a random-effects model with tau² by REML, the Hartung-Knapp-Sidik-Jonkman confidence interval, the Q-profile
 * interval for tau², and a prediction interval with t quantiles on k-2 degrees of freedom. Settings left
 * at their default adapt to the pooling method: Mantel-Haenszel and Peto pooling are common-effect methods
 * with Wald intervals.
 */
public final class MetaAnalysis {

    private final Model model;
    private final Pooling pooling;
    private final TauSquaredEstimator estimator;
    private final ConfidenceMethod confidenceMethod;
    private final PredictionMethod predictionMethod;
    private final double level;
    private final ZeroCellCorrection correction;
    private final double fixedTau2;
    private final TauSquaredCiMethod tau2CiMethod;
    private final ToDoubleFunction<StudyData> weights;
    private final MissingValues missingValues;

    private MetaAnalysis(Builder b) {
        this.model = b.model;
        this.pooling = b.pooling;
        this.estimator = b.estimator;
        this.confidenceMethod = b.confidenceMethod;
        this.predictionMethod = b.predictionMethod;
        this.level = b.level;
        this.correction = b.correction;
        this.fixedTau2 = b.fixedTau2;
        this.tau2CiMethod = b.tau2CiMethod;
        this.weights = b.weights;
        this.missingValues = b.missingValues;
    }

    /** The settings being changed by one {@code with} call; every field is copied from an existing analysis. */
    private static final class Builder {
        private Model model;
        private Pooling pooling = Pooling.IV;
        private TauSquaredEstimator estimator = TauSquaredEstimator.REML;
        private ConfidenceMethod confidenceMethod;
        private PredictionMethod predictionMethod = PredictionMethod.T;
        private double level = 0.95;
        private ZeroCellCorrection correction = ZeroCellCorrection.standard();
        private double fixedTau2 = Double.NaN;
        private TauSquaredCiMethod tau2CiMethod = TauSquaredCiMethod.QP;
        private ToDoubleFunction<StudyData> weights;
        private MissingValues missingValues = MissingValues.REFUSE;

        MetaAnalysis build() {
            return new MetaAnalysis(this);
        }
    }

    private Builder copy() {
        Builder b = new Builder();
        b.model = model;
        b.pooling = pooling;
        b.estimator = estimator;
        b.confidenceMethod = confidenceMethod;
        b.predictionMethod = predictionMethod;
        b.level = level;
        b.correction = correction;
        b.fixedTau2 = fixedTau2;
        b.tau2CiMethod = tau2CiMethod;
        b.weights = weights;
        b.missingValues = missingValues;
        return b;
    }

    /** REML, HKSJ, t-based prediction interval, 95% level, inverse-variance pooling, 0.5 added to zero cells. */
    public static MetaAnalysis withDefaults() {
        return new Builder().build();
    }

    /** With this model. */
    public MetaAnalysis with(Model value) {
        Builder b = copy();
        b.model = Objects.requireNonNull(value);
        return b.build();
    }

    /** With this pooling method. */
    public MetaAnalysis with(Pooling value) {
        Builder b = copy();
        b.pooling = Objects.requireNonNull(value);
        return b.build();
    }

    /** With this tau² estimator; GENQ also needs {@link #withWeights}. */
    public MetaAnalysis with(TauSquaredEstimator value) {
        Builder b = copy();
        b.estimator = Objects.requireNonNull(value);
        return b.build();
    }

    /** With this confidence-interval method for the pooled effect. */
    public MetaAnalysis with(ConfidenceMethod value) {
        Builder b = copy();
        b.confidenceMethod = Objects.requireNonNull(value);
        return b.build();
    }

    /** With this prediction-interval method. */
    public MetaAnalysis with(PredictionMethod value) {
        Builder b = copy();
        b.predictionMethod = Objects.requireNonNull(value);
        return b.build();
    }

    /** With this continuity correction for zero cells. */
    public MetaAnalysis with(ZeroCellCorrection value) {
        Builder b = copy();
        b.correction = Objects.requireNonNull(value);
        return b.build();
    }

    /** With this method for the confidence interval of τ² (and of τ, I², H²); Q-profile by default. */
    public MetaAnalysis with(TauSquaredCiMethod value) {
        Builder b = copy();
        b.tau2CiMethod = Objects.requireNonNull(value);
        return b.build();
    }

    /** With this handling of studies with a missing value ({@link IncompleteStudy}): refused by default. */
    public MetaAnalysis with(MissingValues value) {
        Builder b = copy();
        b.missingValues = Objects.requireNonNull(value);
        return b.build();
    }

    /**
     * With fixed user weights for inverse-variance pooling (metafor's {@code weights =}): the pooled estimate is
     * Σaᵢyᵢ/Σaᵢ with variance Σaᵢ²(vᵢ + τ²)/(Σaᵢ)², and the GENQ estimator of τ² uses them. Each study's weight is
     * read from what it reported, so the same function serves the subsets of sensitivity analyses.
     *
     * @param value the weight of a study, positive
     */
    public MetaAnalysis withWeights(ToDoubleFunction<StudyData> value) {
        Builder b = copy();
        b.weights = Objects.requireNonNull(value);
        return b.build();
    }

    /**
     * With this confidence level, as a fraction.
     *
     * @throws IllegalArgumentException unless 0 &lt; level &lt; 1
     */
    public MetaAnalysis withLevel(double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "level (%s) must lie strictly between 0 and 1, e.g. 0.95", value));
        }
        Builder b = copy();
        b.level = value;
        return b.build();
    }

    /**
     * With τ² fixed at this value instead of estimated (metafor's {@code tau2 =} argument), as a random-effects
     * model; subgroup analyses with a τ² common to all subgroups use it.
     */
    public MetaAnalysis withTau2(double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "tau² (%s) must be a number ≥ 0", value));
        }
        Builder b = copy();
        b.model = Model.RANDOM;
        b.fixedTau2 = value;
        return b.build();
    }

    /** The method of the τ² confidence interval. */
    public TauSquaredCiMethod tau2CiMethod() {
        return tau2CiMethod;
    }

    /** The user weights, or null for inverse-variance weights. */
    public ToDoubleFunction<StudyData> weights() {
        return weights;
    }

    /** How studies with a missing value are handled. */
    public MissingValues missingValues() {
        return missingValues;
    }

    /** The fixed τ², or NaN when τ² is estimated. */
    public double fixedTau2() {
        return fixedTau2;
    }

    /** The model fitted: as set, or random effects for IV pooling and common effect for MH and Peto. */
    public Model model() {
        if (model != null) {
            return model;
        }
        return pooling == Pooling.IV ? Model.RANDOM : Model.COMMON;
    }

    /** The pooling method. */
    public Pooling pooling() {
        return pooling;
    }

    /** The tau² estimator used by random-effects models. */
    public TauSquaredEstimator estimator() {
        return estimator;
    }

    /** The CI method: as set, or HKSJ for inverse-variance random-effects models and Wald otherwise. */
    public ConfidenceMethod confidenceMethod() {
        if (confidenceMethod != null) {
            return confidenceMethod;
        }
        return pooling == Pooling.IV && model() == Model.RANDOM ? ConfidenceMethod.HKSJ : ConfidenceMethod.WALD;
    }

    /** The prediction-interval method. */
    public PredictionMethod predictionMethod() {
        return predictionMethod;
    }

    /** The confidence level, e.g. 0.95. */
    public double level() {
        return level;
    }

    /** The continuity correction for zero cells. */
    public ZeroCellCorrection zeroCellCorrection() {
        return correction;
    }

    /**
     * Computes each study's effect and pools them.
     *
     * @throws IllegalArgumentException if the settings do not fit the measure or the data
     * @throws MetaAnalysisException if no study can be pooled, or an estimator does not converge
     */
    public MetaAnalysisResult run(EffectMeasure measure, List<? extends StudyData> studies) {
        return pool(measure, effectSizes(measure, studies));
    }

    /**
     * The study effects this analysis pools: with this analysis's continuity correction, and Peto's own
     * per-study log odds ratios under Peto pooling. Sensitivity and bias analyses start from these.
     */
    public EffectSizes effectSizes(EffectMeasure measure, List<? extends StudyData> studies) {
        checkSettings(measure, studies);
        EffectSizes sizes = EffectSizes.compute(measure, studies, correction, missingValues);
        return pooling == Pooling.PETO ? petoEffects(sizes) : sizes;
    }

    /**
     * Pools effects that are already computed, for inverse-variance pooling (batch runs and simulations call
     * this to skip the effect-size step).
     */
    public MetaAnalysisResult pool(EffectMeasure measure, EffectSizes sizes) {
        List<StudyEffect> effects = sizes.effects();
        if (effects.isEmpty()) {
            throw new MetaAnalysisException(noStudyMessage(sizes));
        }
        List<String> notes = new ArrayList<>();
        BackTransform natural = BackTransform.forPooled(measure, effects);
        if (effects.size() == 1) {
            notes.add("only one study: its own estimate is shown, and heterogeneity cannot be estimated");
            return SingleStudy.result(this, measure, sizes, natural, notes);
        }
        return new Pooler(this, measure, sizes, natural, notes).result();
    }

    /**
     * Runs the analysis on all studies and on each subgroup (tau² estimated within each subgroup), with the
     * test for subgroup differences.
     *
     * @param subgroupOf the subgroup a study belongs to
     */
    public <S extends StudyData> SubgroupAnalysisResult runBySubgroup(EffectMeasure measure, List<S> studies,
                                                                      Function<? super S, String> subgroupOf) {
        MetaAnalysisResult overall = run(measure, studies);
        Map<String, List<S>> groups = new LinkedHashMap<>();
        for (S study : studies) {
            groups.computeIfAbsent(subgroupOf.apply(study), g -> new ArrayList<>()).add(study);
        }
        List<Subgroup> subgroups = new ArrayList<>();
        for (Map.Entry<String, List<S>> group : groups.entrySet()) {
            EffectSizes sizes = EffectSizes.compute(measure, group.getValue(), correction, missingValues);
            if (!sizes.effects().isEmpty()) {
                subgroups.add(new Subgroup(group.getKey(), run(measure, group.getValue())));
            }
        }
        return new SubgroupAnalysisResult(overall, subgroups, SubgroupDifferences.test(subgroups));
    }

    private void checkSettings(EffectMeasure measure, List<? extends StudyData> studies) {
        if (pooling == Pooling.IV) {
            return;
        }
        String name = pooling == Pooling.MH ? "Mantel-Haenszel" : "Peto";
        if (model == Model.RANDOM) {
            throw new IllegalArgumentException(name + " pooling is a common-effect method; "
                    + "use the common-effect model or inverse-variance pooling");
        }
        if (confidenceMethod != null && confidenceMethod.isHartungKnapp()) {
            throw new IllegalArgumentException("the HKSJ interval applies to inverse-variance pooling, not " + name);
        }
        boolean rates = measure == EffectMeasure.IRR || measure == EffectMeasure.IRD;
        boolean fits = pooling == Pooling.MH
                ? measure == EffectMeasure.OR || measure == EffectMeasure.RR || measure == EffectMeasure.RD || rates
                : measure == EffectMeasure.OR;
        if (!fits) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s pooling is for %s, not %s",
                    name, pooling == Pooling.MH ? "OR, RR, RD, IRR and IRD" : "OR", measure));
        }
        DataKind needed = rates ? DataKind.PERSON_TIME : DataKind.BINARY;
        for (StudyData study : studies) {
            if (study.kind() != needed) {
                throw new IllegalArgumentException(name + (rates
                        ? " pooling needs events and person-time per arm"
                        : " pooling needs events and totals per arm (2×2 tables)"));
            }
        }
    }

    /** Peto's per-study log OR, (O - E)/V with variance 1/V, replaces the usual log OR. */
    private EffectSizes petoEffects(EffectSizes sizes) {
        List<StudyEffect> effects = new ArrayList<>(sizes.effects().size());
        for (StudyEffect effect : sizes.effects()) {
            BinaryStudy s = (BinaryStudy) effect.data();
            effects.add(EffectSizes.petoOddsRatio(s, correction.amountFor(s.hasZeroCell())));
        }
        return new EffectSizes(effects, sizes.excluded());
    }

    private static String noStudyMessage(EffectSizes sizes) {
        if (sizes.excluded().isEmpty()) {
            return "no studies to pool";
        }
        StringBuilder message = new StringBuilder("no study can be pooled:");
        sizes.excluded().forEach(e -> message.append(" '").append(e.study()).append("' (").append(e.reason()).append(')'));
        return message.toString();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "MetaAnalysis[model=%s, pooling=%s, method=%s, ci=%s, pi=%s, level=%s]",
                model(), pooling, estimator, confidenceMethod(), predictionMethod, level);
    }
}
