package org.evsynth.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.ZeroCellCorrection;
import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.Pooling;
import org.evsynth.stats.meta.PredictionMethod;

/**
 * The statistical-methods paragraph of a report, written from the settings an analysis actually used, so the
 * text cannot drift from the numbers. Each sentence names the method and its reference, as a journal expects.
 */
public final class MethodsText {

    private MethodsText() {
    }

    /** The paragraph for an analysis of this measure with these settings, run by this evsynth version. */
    public static String describe(MetaAnalysis settings, EffectMeasure measure, String version) {
        List<String> sentences = new ArrayList<>();
        sentences.add(String.format(Locale.ROOT, "Effects were expressed as %ss%s.", measure.description(),
                measure.isRatio() ? " and pooled on the log scale" : scaleNote(measure)));
        sentences.add(model(settings));
        if (settings.model() == Model.RANDOM && settings.pooling() == Pooling.IV) {
            sentences.add("Its 95% confidence interval was obtained with the Q-profile method (Viechtbauer 2007), and "
                    + "I² was computed from τ² and the typical within-study variance (Higgins & Thompson 2002).");
            sentences.add(settings.predictionMethod() == PredictionMethod.T
                    ? "A prediction interval was computed with a t distribution on k − 2 degrees of freedom (Higgins, "
                            + "Thompson & Spiegelhalter 2009)."
                    : "A prediction interval was computed with normal quantiles.");
        } else {
            sentences.add("Heterogeneity was assessed with Cochran's Q and I² (Higgins & Thompson 2002).");
        }
        sentences.add(settings.confidenceMethod() == ConfidenceMethod.HKSJ
                ? "Confidence intervals and tests of the pooled effect used the Hartung-Knapp-Sidik-Jonkman method "
                        + "(t distribution on k − 1 degrees of freedom)."
                : "Confidence intervals and tests of the pooled effect used normal (Wald-type) quantiles.");
        if (measure.accepts(org.evsynth.stats.effect.DataKind.BINARY)) {
            sentences.add(zeroCells(settings.zeroCellCorrection(), measure));
        }
        sentences.add(String.format(Locale.ROOT, "Analyses were run with evsynth %s, whose results are checked "
                + "against R's metafor 3.8.", version));
        return String.join(" ", sentences);
    }

    private static String scaleNote(EffectMeasure measure) {
        return switch (measure.scale()) {
            case LOGIT -> " and pooled on the logit scale";
            case FREEMAN_TUKEY -> " and pooled on the Freeman-Tukey double-arcsine scale, back-transformed with the "
                    + "harmonic mean of the sample sizes (Miller 1978)";
            default -> "";
        };
    }

    private static String model(MetaAnalysis settings) {
        if (settings.pooling() == Pooling.MH) {
            return "Studies were pooled with the Mantel-Haenszel method in a common-effect model (variance: Robins, "
                    + "Breslow & Greenland 1986 for odds ratios; Greenland & Robins 1985 for risk ratios; Sato, "
                    + "Greenland & Robins 1989 for risk differences).";
        }
        if (settings.pooling() == Pooling.PETO) {
            return "Studies were pooled with Peto's one-step odds ratio method (Yusuf et al. 1985).";
        }
        if (settings.model() == Model.COMMON) {
            return "Studies were pooled by inverse-variance weighting in a common-effect model.";
        }
        String estimator = switch (settings.estimator()) {
            case REML -> "restricted maximum likelihood (Viechtbauer 2005)";
            case ML -> "maximum likelihood (Hardy & Thompson 1996)";
            case DL -> "the DerSimonian-Laird method (DerSimonian & Laird 1986)";
            case PM -> "the Paule-Mandel method (Paule & Mandel 1982)";
            case EB -> "the empirical Bayes method (Morris 1983)";
            case SJ -> "the Sidik-Jonkman method (Sidik & Jonkman 2005)";
            case HE -> "the Hedges method (Hedges & Olkin 1985)";
            case HS -> "the Hunter-Schmidt method (Hunter & Schmidt 2004)";
            case HSK -> "the Hunter-Schmidt method with a small-sample correction (Brannick et al. 2019)";
            case DLIT -> "the iterated DerSimonian-Laird method (DerSimonian & Kacker 2007)";
            case SJIT -> "the iterated Sidik-Jonkman method (Sidik & Jonkman 2005)";
            case PMM -> "the median-unbiased Paule-Mandel method (Viechtbauer et al. 2015)";
            case GENQ -> "the generalised Q method with fixed weights (DerSimonian & Kacker 2007)";
        };
        return "Studies were pooled by inverse-variance weighting in a random-effects model; the between-study "
                + "variance τ² was estimated by " + estimator + ".";
    }

    private static String zeroCells(ZeroCellCorrection correction, EffectMeasure measure) {
        String value = new java.math.BigDecimal(Double.toString(correction.value())).stripTrailingZeros()
                .toPlainString();
        String drop = measure == EffectMeasure.RD ? "" : " Studies without events in either arm were excluded.";
        return switch (correction.applyTo()) {
            case ZERO_CELL_STUDIES -> "For studies with a zero cell, " + value
                    + " was added to each cell to compute the study's own estimate." + drop;
            case ALL_STUDIES -> value + " was added to every cell of every study." + drop;
            case NONE -> "No continuity correction was used; studies whose estimate needed one were excluded.";
        };
    }
}
