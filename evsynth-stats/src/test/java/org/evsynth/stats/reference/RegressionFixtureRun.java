package org.evsynth.stats.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.effect.Exclusion;
import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.meta.BackTransform;
import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.PredictionMethod;
import org.evsynth.stats.meta.TauSquaredEstimator;
import org.evsynth.stats.regression.MetaRegression;
import org.evsynth.stats.regression.MetaRegressionResult;
import org.evsynth.stats.regression.ModelMatrix;
import org.evsynth.stats.regression.PermutationResult;

/**
 * Runs the library on one `metareg` fixture, as `evsynth metareg` would with the fixture's options: rows with a
 * missing moderator dropped, the model matrix built from the named columns, and each option mapped to one library
 * call (`--model`, `--method`, `--ci`, `--pi`, `--level` to {@link MetaRegression}'s settings, `--weights` to the
 * weights of the fit, `--test-coefs` to {@code subsetTest}, `--lincomb` to {@code linearCombination}, `--predict`
 * to {@code predict}, `--compare-with` to {@code compare}, `--cluster` to {@code robust}).
 */
final class RegressionFixtureRun {

    private final FixtureTable table;
    private final FixtureOptions options;
    private final EffectMeasure measure;

    RegressionFixtureRun(FixtureTable table, FixtureOptions options) {
        this.table = table;
        this.options = options;
        this.measure = options.measure();
    }

    ObjectNode metareg() {
        List<String> mods = List.of(options.value("--mods").split(","));
        FixtureTable complete = table.complete(mods);
        List<Exclusion> excluded = new ArrayList<>();
        for (Map<String, String> row : table.rows()) {
            if (!complete.rows().contains(row)) {
                excluded.add(new Exclusion(row.get("study"), "missing moderator"));
            }
        }
        List<StudyData> studies = complete.studies(measure.isRatio());
        EffectSizes sizes = MetaAnalysis.withDefaults().with(options.correction()).effectSizes(measure, studies);
        excluded.addAll(sizes.excluded());
        List<StudyEffect> effects = sizes.effects();
        ModelMatrix x = modelMatrix(complete, studies, effects, mods);
        double[] y = effects.stream().mapToDouble(StudyEffect::theta).toArray();
        double[] v = effects.stream().mapToDouble(StudyEffect::variance).toArray();
        double[] weights = options.has("--weights") ? column(complete, studies, effects, options.value("--weights"))
                .stream().mapToDouble(Double::parseDouble).toArray() : null;
        MetaRegression regression = regression();
        MetaRegressionResult result = regression.fit(y, v, x, weights);
        PermutationResult permutation = "exact".equals(options.value("--permutations"))
                ? regression.exactPermutationTest(y, v, x) : null;
        ObjectNode node = ResultTree.regression(result, excluded, permutation);
        RegressionResultTree.summary(node, result);
        views(node, regression, result, y, v, x, BackTransform.forPooled(measure, effects),
                options.has("--cluster") ? column(complete, studies, effects, options.value("--cluster")) : null);
        return node;
    }

    private void views(ObjectNode node, MetaRegression regression, MetaRegressionResult result, double[] y,
                       double[] v, ModelMatrix x, BackTransform natural, List<String> clusters) {
        if (options.has("--test-coefs")) {
            int[] coefficients = Arrays.stream(options.value("--test-coefs").split(",")).mapToInt(Integer::parseInt)
                    .toArray();
            node.set("subset_test", RegressionResultTree.subsetTest(result.subsetTest(coefficients)));
        }
        if (options.has("--lincomb")) {
            ArrayNode lincombs = node.putArray("lincombs");
            for (String weights : options.all("--lincomb")) {
                double[] w = Arrays.stream(weights.split(",")).mapToDouble(Double::parseDouble).toArray();
                lincombs.add(RegressionResultTree.linearCombination(result.linearCombination(w)));
            }
        }
        if (options.has("--predict")) {
            ArrayNode predictions = node.putArray("predictions");
            for (String values : options.all("--predict")) {
                predictions.add(RegressionResultTree.prediction(result.predict(values(values), natural)));
            }
        }
        if (options.has("--compare-with")) {
            String reduced = options.value("--compare-with");
            node.set("model_comparison", RegressionResultTree.comparison(regression.compare(y, v, x,
                    reduced.isEmpty() ? List.of() : List.of(reduced.split(",")))));
        }
        if (clusters != null) {
            node.set("robust", RegressionResultTree.robust(result.robust(clusters)));
        }
    }

    /** "ablat=30,alloc=random" as an ordered map. */
    private static Map<String, String> values(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0].trim(), parts[1].trim());
        }
        return values;
    }

    private MetaRegression regression() {
        MetaRegression regression = MetaRegression.withDefaults();
        if (options.has("--model")) {
            regression = regression.with(Model.valueOf(options.upper("--model")));
        }
        if (options.has("--method")) {
            regression = regression.with(TauSquaredEstimator.parse(options.value("--method")));
        }
        if (options.has("--ci")) {
            regression = regression.with(ConfidenceMethod.valueOf(options.upper("--ci")));
        }
        if (options.has("--pi")) {
            regression = regression.with(PredictionMethod.valueOf(options.upper("--pi")));
        }
        if (options.has("--level")) {
            regression = regression.withLevel(Double.parseDouble(options.value("--level")) / 100);
        }
        return regression;
    }

    private static ModelMatrix modelMatrix(FixtureTable complete, List<StudyData> studies, List<StudyEffect> effects,
                                           List<String> mods) {
        ModelMatrix.Builder builder = ModelMatrix.withIntercept(effects.size());
        for (String moderator : mods) {
            String[] cells = column(complete, studies, effects, moderator).toArray(String[]::new);
            if (Arrays.stream(cells).allMatch(FixtureRun::isNumber)) {
                builder.numeric(moderator, Arrays.stream(cells).mapToDouble(Double::parseDouble).toArray());
            } else {
                builder.categorical(moderator, cells);
            }
        }
        return builder.build();
    }

    /** A column's cells for the fitted effects, in their order. */
    private static List<String> column(FixtureTable complete, List<StudyData> studies, List<StudyEffect> effects,
                                       String name) {
        Map<StudyData, String> value = complete.column(studies, name);
        return effects.stream().map(e -> value.get(e.data())).toList();
    }
}
