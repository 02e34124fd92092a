package org.evsynth.stats.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evsynth.stats.bias.FailSafeN;
import org.evsynth.stats.bias.SmallStudyTests;
import org.evsynth.stats.bias.TrimAndFill;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.meta.BackTransform;
import org.evsynth.stats.meta.HenmiCopas;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.OddsRatioTests;
import org.evsynth.stats.meta.Pooling;
import org.evsynth.stats.regression.ClusterRobust;
import org.evsynth.stats.regression.CommonTau2Subgroups;
import org.evsynth.stats.sensitivity.ProgressListener;
import org.evsynth.stats.sensitivity.SensitivityAnalysis;

/**
 * Runs the library on one fixture, as `evsynth meta` or `evsynth metareg` would with the fixture's options, and
 * returns the results under the fixture's keys.
 */
final class FixtureRun {

    private final FixtureTable table;
    private final FixtureOptions options;
    private final EffectMeasure measure;

    FixtureRun(FixtureTable table, FixtureOptions options) {
        this.table = table;
        this.options = options;
        this.measure = options.measure();
    }

    ObjectNode meta() {
        List<StudyData> studies = table.studies(measure.isRatio());
        MetaAnalysis analysis = options.analysis();
        if (options.has("--weights")) {
            Map<StudyData, String> weight = table.column(studies, options.value("--weights"));
            analysis = analysis.withWeights(data -> Double.parseDouble(weight.get(data)));
        }
        ObjectNode node;
        if (options.has("--by")) {
            Map<StudyData, String> group = table.column(studies, options.value("--by"));
            node = ResultTree.subgroups(options.has("--common-tau2")
                    ? CommonTau2Subgroups.run(analysis, measure, studies, group::get)
                    : analysis.runBySubgroup(measure, studies, group::get));
        } else {
            MetaAnalysisResult result = analysis.run(measure, studies);
            node = ResultTree.analysis(result);
            if (options.has("--henmi-copas")) {
                node.set("henmi_copas", ResultTree.henmiCopas(HenmiCopas.of(result)));
            }
            if (options.has("--cluster")) {
                Map<StudyData, String> cluster = table.column(studies, options.value("--cluster"));
                List<String> clusters = analysis.effectSizes(measure, studies).effects().stream()
                        .map(e -> cluster.get(e.data())).toList();
                node.set("robust", ResultTree.robust(ClusterRobust.of(result, clusters)));
            }
        }
        sections(node, analysis, studies);
        return node;
    }

    private void sections(ObjectNode node, MetaAnalysis analysis, List<StudyData> studies) {
        EffectSizes sizes = analysis.effectSizes(measure, studies);
        List<StudyEffect> effects = sizes.effects();
        BackTransform natural = BackTransform.forPooled(measure, effects);
        if (options.has("--leave-one-out")) {
            node.set("leave_one_out", ResultTree.leaveOneOut(SensitivityAnalysis.leaveOneOut(analysis, measure, sizes)));
        }
        if (options.has("--cumulative")) {
            String column = options.value("--cumulative");
            List<StudyEffect> ordered = ordered(effects, studies, column);
            Map<StudyData, String> value = table.column(studies, column);
            List<String> groups = options.has("--collapse")
                    ? ordered.stream().map(e -> value.get(e.data())).toList() : null;
            node.set("cumulative", ResultTree.cumulative(SensitivityAnalysis.cumulative(analysis, measure, ordered,
                    groups, ProgressListener.NONE)));
        }
        if (options.has("--influence")) {
            ResultTree.influence(node, SensitivityAnalysis.influence(analysis, measure, effects,
                    ProgressListener.NONE));
        }
        if (options.has("--egger")) {
            node.set("egger", ResultTree.regressionTest(SmallStudyTests.egger(effects), natural));
        }
        if (options.has("--begg")) {
            node.set("begg", ResultTree.begg(SmallStudyTests.begg(effects)));
        }
        if (options.has("--peters")) {
            node.set("peters", ResultTree.regressionTest(SmallStudyTests.peters(effects), natural));
        }
        if (options.has("--harbord")) {
            node.set("harbord", ResultTree.regressionTest(SmallStudyTests.harbord(effects), natural));
        }
        if (options.has("--failsafe")) {
            double target = options.has("--failsafe-target")
                    ? Double.parseDouble(options.value("--failsafe-target")) : Double.NaN;
            node.set("failsafe", ResultTree.failSafe(FailSafeN.of(FailSafeN.Method.valueOf(options.upper("--failsafe")),
                    effects, 0.05, target)));
        }
        if (analysis.pooling() == Pooling.MH && measure == EffectMeasure.OR) {
            MetaAnalysisResult pooled = analysis.pool(measure, sizes);
            node.set("cmh", ResultTree.chiSquare(OddsRatioTests.cochranMantelHaenszel(effects)));
            node.set("tarone", ResultTree.chiSquare(OddsRatioTests.tarone(effects, pooled.pooled().estimate())));
        }
        if (options.has("--trim-fill")) {
            TrimAndFill.Estimator estimator = options.has("--trim-fill-estimator")
                    ? TrimAndFill.Estimator.valueOf(options.value("--trim-fill-estimator")) : TrimAndFill.Estimator.L0;
            TrimAndFill.Side side = options.has("--trim-fill-side")
                    ? TrimAndFill.Side.valueOf(options.upper("--trim-fill-side")) : null;
            node.set("trim_fill", ResultTree.trimFill(TrimAndFill.run(analysis, measure, sizes, estimator, side)));
        }
    }

    /** Effects sorted by a column, numerically when every value is a number; ties keep the input order. */
    private List<StudyEffect> ordered(List<StudyEffect> effects, List<StudyData> studies, String column) {
        Map<StudyData, String> value = table.column(studies, column);
        boolean numeric = effects.stream().allMatch(e -> isNumber(value.get(e.data())));
        Comparator<StudyEffect> order = numeric
                ? Comparator.comparingDouble(e -> Double.parseDouble(value.get(e.data())))
                : Comparator.comparing(e -> value.get(e.data()));
        List<StudyEffect> sorted = new ArrayList<>(effects);
        sorted.sort(order);
        return sorted;
    }

    static boolean isNumber(String text) {
        try {
            return Double.isFinite(Double.parseDouble(text.toLowerCase(Locale.ROOT)));
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
    }
}
