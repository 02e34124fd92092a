package org.evsynth.report.grade;

import java.util.List;
import java.util.Locale;

import org.evsynth.stats.bias.RegressionTest;
import org.evsynth.stats.bias.SmallStudyTests;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.meta.MetaAnalysisResult;

/**
 * The signals evsynth computes for the GRADE domains the numbers speak to — inconsistency, imprecision and
 * publication bias — to be shown beside the reviewers' ratings. Risk of bias and indirectness are judgements
 * about the studies, not about the pooled numbers, and get no signal. Nothing here changes a rating.
 *
 * @param inconsistency I², its CI, τ², the prediction interval
 * @param imprecision the CI against no effect and a threshold; the optimal information size
 * @param publicationBias Egger's test when k ≥ 10
 */
public record GradeSignals(InconsistencySignal inconsistency, ImprecisionSignal imprecision,
                           PublicationBiasSignal publicationBias) {

    /**
     * What the signals need besides the analysis.
     *
     * @param participants participants pooled (both arms, all studies), or -1 if unknown
     * @param comparatorRisk comparator-group risk as a proportion, NaN if unknown (then no OIS)
     * @param threshold a decision threshold on the measure's natural scale (e.g. RR 0.90), NaN if none
     * @param relativeRiskReduction the RRR the OIS is computed for, GRADE's usual 0.25
     */
    public record Inputs(long participants, double comparatorRisk, double threshold, double relativeRiskReduction) {

        /** Nothing known beyond the analysis; RRR 25%. */
        public static Inputs none() {
            return new Inputs(-1, Double.NaN, Double.NaN, 0.25);
        }

        /** With the participants pooled. */
        public Inputs withParticipants(long value) {
            return new Inputs(value, comparatorRisk, threshold, relativeRiskReduction);
        }

        /** With a comparator risk (proportion). */
        public Inputs withComparatorRisk(double value) {
            return new Inputs(participants, value, threshold, relativeRiskReduction);
        }

        /** With a decision threshold. */
        public Inputs withThreshold(double value) {
            return new Inputs(participants, comparatorRisk, value, relativeRiskReduction);
        }
    }

    /** Computes the signals for a finished analysis. */
    public static GradeSignals of(MetaAnalysisResult result, Inputs inputs) {
        return new GradeSignals(inconsistency(result), imprecision(result, inputs), publicationBias(result));
    }

    /** One entry per domain with a signal, in domain order. */
    public List<DomainSignal> all() {
        return List.of(inconsistency, imprecision, publicationBias);
    }

    private static InconsistencySignal inconsistency(MetaAnalysisResult r) {
        double nullValue = r.measure().nullValue();
        boolean piAvailable = r.predictionInterval().isAvailable();
        boolean piIncludes = piAvailable && includes(r.predictionInterval().lower(), r.predictionInterval().upper(),
                nullValue);
        var h = r.heterogeneity();
        return new InconsistencySignal(r.k(), h.i2(), h.i2CiLower(), h.i2CiUpper(), h.tau2(), h.pValue(),
                r.predictionInterval().lower(), r.predictionInterval().upper(), piIncludes,
                includes(r.pooled().ciLower(), r.pooled().ciUpper(), nullValue));
    }

    private static ImprecisionSignal imprecision(MetaAnalysisResult r, Inputs in) {
        double nullValue = r.measure().nullValue();
        double lower = r.pooled().ciLower();
        double upper = r.pooled().ciUpper();
        boolean crosses = !Double.isNaN(in.threshold()) && lower < in.threshold() && in.threshold() < upper;
        OptimalInformationSize ois = null;
        boolean binary = r.measure() == EffectMeasure.OR || r.measure() == EffectMeasure.RR
                || r.measure() == EffectMeasure.RD;
        if (binary && in.comparatorRisk() > 0 && in.comparatorRisk() < 1) {
            ois = OptimalInformationSize.binary(in.comparatorRisk(), in.relativeRiskReduction(), 0.05, 0.20);
        }
        return new ImprecisionSignal(r.pooled().estimate(), lower, upper, nullValue,
                includes(lower, upper, nullValue), in.threshold(), crosses, in.participants(), ois);
    }

    private static PublicationBiasSignal publicationBias(MetaAnalysisResult r) {
        if (r.k() < PublicationBiasSignal.MINIMUM_STUDIES) {
            return new PublicationBiasSignal(r.k(), Double.NaN, Double.NaN);
        }
        List<StudyEffect> effects = r.studies().stream()
                .map(s -> new StudyEffect(s.study(), s.theta(), s.variance(), null)).toList();
        RegressionTest egger = SmallStudyTests.egger(effects);
        return new PublicationBiasSignal(r.k(), egger.pValue(), egger.bias());
    }

    private static boolean includes(double lower, double upper, double value) {
        return lower <= value && value <= upper;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GradeSignals[%s | %s | %s]", inconsistency.summary(),
                imprecision.summary(), publicationBias.summary());
    }
}
