package org.evsynth.app.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.evsynth.report.format.Texts;
import org.evsynth.report.output.RegressionViews;
import org.evsynth.report.table.InputException;
import org.evsynth.stats.meta.BackTransform;
import org.evsynth.stats.regression.ClusterRobustResult;
import org.evsynth.stats.regression.LinearCombination;
import org.evsynth.stats.regression.MetaRegression;
import org.evsynth.stats.regression.MetaRegressionResult;
import org.evsynth.stats.regression.ModelComparison;
import org.evsynth.stats.regression.ModelMatrix;
import org.evsynth.stats.regression.Prediction;
import org.evsynth.stats.regression.SubsetTest;
import picocli.CommandLine.Option;

/**
 * The views of a fitted meta-regression `evsynth metareg` adds on request, each one library call on the fit
 * (metafor's anova(btt =), anova(X =), predict, anova(full, reduced), robust); a request the fit cannot answer (a
 * coefficient out of range, an unknown level) is bad usage naming the option.
 */
final class RegressionViewOptions {

    @Option(names = {"--test-coefs", "--btt", "--test-subset"}, paramLabel = "I,J",
            description = "Wald (or, with HKSJ, F) test that these coefficients are all zero; 1-based, the "
                    + "intercept is 1 (metafor's btt).")
    String testCoefs;

    @Option(names = "--lincomb", paramLabel = "W1,W2,...",
            description = "A linear combination of the coefficients, one weight each, the intercept's first; "
                    + "repeatable.")
    List<String> lincombs = new ArrayList<>();

    @Option(names = "--predict", paramLabel = "MOD=VALUE,...",
            description = "The effect predicted at these moderator values (levels by name), back-transformed as the "
                    + "pooled estimate; repeatable.")
    List<String> predictions = new ArrayList<>();

    @Option(names = {"--compare-with", "--compare"}, paramLabel = "MODS",
            description = "Likelihood-ratio test against the model with only these moderators (an empty "
                    + "value for none); "
                    + "both fitted by ML (--method ML) or as common-effect models.")
    String compareWith;

    @Option(names = "--cluster", paramLabel = "COLUMN",
            description = "Cluster-robust standard errors and tests, clusters named by this column.")
    String cluster;

    /** The views asked for, on this fit of (y, v, x). */
    RegressionViews views(MetaRegression regression, MetaRegressionResult result, double[] y, double[] v,
                          ModelMatrix x, BackTransform natural, List<String> clusters) throws InputException {
        int[] tested = testCoefs == null ? null : integers("--test-coefs", testCoefs);
        SubsetTest subset = tested == null ? null : attempt("--test-coefs", () -> result.subsetTest(tested));
        List<LinearCombination> combinations = new ArrayList<>();
        for (String weights : lincombs) {
            double[] w = numbers("--lincomb", weights);
            combinations.add(attempt("--lincomb", () -> result.linearCombination(w)));
        }
        List<Prediction> predicted = new ArrayList<>();
        for (String values : predictions) {
            Map<String, String> at = values("--predict", values);
            predicted.add(attempt("--predict", () -> result.predict(at, natural)));
        }
        ModelComparison comparison = compareWith == null ? null : attempt("--compare-with",
                () -> regression.compare(y, v, x, reducedModerators()));
        ClusterRobustResult robust = clusters == null ? null : attempt("--cluster", () -> result.robust(clusters));
        return new RegressionViews(subset, combinations, predicted, comparison, robust);
    }

    private List<String> reducedModerators() {
        return compareWith.isBlank() ? List.of()
                : Arrays.stream(compareWith.split(",")).map(String::strip).toList();
    }

    /** A view the library refuses for this fit: bad usage of the option, with the library's reason. */
    private static <T> T attempt(String option, java.util.function.Supplier<T> view) throws InputException {
        try {
            return view.get();
        } catch (IllegalArgumentException e) {
            throw new InputException(option + ": " + e.getMessage());
        }
    }

    private static int[] integers(String option, String text) throws InputException {
        try {
            return Arrays.stream(text.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            throw new InputException(String.format(Locale.ROOT, "%s takes coefficient numbers such as 2,3, not '%s'",
                    option, Texts.cell(text)));
        }
    }

    private static double[] numbers(String option, String text) throws InputException {
        try {
            double[] values = Arrays.stream(text.split(",")).map(String::strip).mapToDouble(Double::parseDouble)
                    .toArray();
            if (Arrays.stream(values).allMatch(Double::isFinite)) {
                return values;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InputException(String.format(Locale.ROOT, "%s takes one number per coefficient such as 1,30,1970, "
                + "not '%s'", option, Texts.cell(text)));
    }

    /** "ablat=30,alloc=random" in order. */
    private static Map<String, String> values(String option, String text) throws InputException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new InputException(String.format(Locale.ROOT, "%s takes moderator=value pairs such as "
                        + "ablat=30,alloc=random, not '%s'", option, Texts.cell(text)));
            }
            values.put(parts[0].strip(), parts[1].strip());
        }
        return values;
    }
}
