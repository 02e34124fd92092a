package org.evsynth.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.evsynth.report.output.JsonReport;
import org.evsynth.report.output.MetaRegressionReport;
import org.evsynth.report.output.Provenance;
import org.evsynth.report.table.InputException;
import org.evsynth.report.table.StudyRow;
import org.evsynth.report.table.StudyTable;
import org.evsynth.report.table.StudyTableReader;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.effect.Exclusion;
import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.effect.ZeroCellCorrection;
import org.evsynth.report.output.RegressionViews;
import org.evsynth.stats.meta.BackTransform;
import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.MetaAnalysisException;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.PredictionMethod;
import org.evsynth.stats.meta.TauSquaredEstimator;
import org.evsynth.stats.regression.MetaRegression;
import org.evsynth.stats.regression.MetaRegressionResult;
import org.evsynth.stats.regression.ModelMatrix;
import org.evsynth.stats.regression.PermutationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** `evsynth metareg`: mixed-effects meta-regression on one or more moderators. */
@Command(name = "metareg", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Mixed-effects (or common-effect) meta-regression of a CSV study table (the same columns as "
                + "`evsynth meta`).",
            "A moderator whose values are all numbers is numeric; otherwise it is categorical, in treatment coding",
            "with the first level in sorted order as the reference. Rows with a missing moderator are dropped",
            "and listed."})
public final class MetaregCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The study table (CSV with a header row).")
    private Path file;

    @Option(names = "--mods", paramLabel = "COLUMNS", required = true, split = ",",
            description = "Moderator columns, comma-separated.")
    private List<String> mods;

    @Option(names = "--measure", paramLabel = "MEASURE",
            description = "Effect measure, as for `evsynth meta`. Default: by input kind.")
    private EffectMeasure measure;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "random",
            description = "random (residual tau² estimated) or common (tau² = 0). Default: ${DEFAULT-VALUE}.")
    private Model model;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "REML",
            description = "Residual tau² estimator: REML, DL, PM, ML, SJ, HE, EB, HS, HSk, DLIT, SJIT, PMM or GENQ "
                    + "(with --weights). Default: ${DEFAULT-VALUE}.")
    private TauSquaredEstimator method;

    @Option(names = "--ci", paramLabel = "CI", defaultValue = "hksj", converter = PoolingOptions.CiWords.class,
            description = "hksj (t and F tests), hksj-modified (HKSJ never narrower than Wald) or wald (z and "
                    + "chi-square). Default: ${DEFAULT-VALUE}.")
    private ConfidenceMethod ci;

    @Option(names = "--pi", paramLabel = "PI", defaultValue = "t",
            description = "Prediction intervals of --predict: t (k - p - 1 df) or z. Default: ${DEFAULT-VALUE}.")
    private PredictionMethod pi;

    @CommandLine.Mixin
    private StudyRowOptions rows = new StudyRowOptions();

    @CommandLine.Mixin
    private RegressionViewOptions views = new RegressionViewOptions();

    @CommandLine.Mixin
    private CorrectionAndLevel common = new CorrectionAndLevel();

    @Option(names = "--permutations", paramLabel = "N|exact",
            description = "Permutation test with N random permutations, or every permutation (exact; k ≤ 8).")
    private String permutations;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the permutations, so the test repeats exactly. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Override
    public Integer call() throws InputException, IOException {
        PrintWriter out = spec.commandLine().getOut();
        double levelFraction = common.levelFraction();
        ZeroCellCorrection correction = common.correction();
        StudyTable table = StudyTableReader.read(file, measure, rows.missingValues());
        check(table);
        MetaRegressionReport report = regression(table, correction, levelFraction);
        if (format == OutputFormat.JSON) {
            out.println(JsonReport.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report.json()));
        } else {
            out.print(report.text(table.file()));
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The columns the options name are in the table, and the options fit together. */
    private void check(StudyTable table) throws InputException {
        for (String moderator : mods) {
            if (!table.header().contains(moderator)) {
                throw new InputException(String.format(Locale.ROOT, "%s: --mods column '%s' is not in the file; "
                        + "found: %s", table.file(), moderator, String.join(", ", table.header())));
            }
        }
        rows.check(table);
        if (views.cluster != null) {
            table.requireColumn(views.cluster, "--cluster");
        }
        if (model == Model.RANDOM && method == TauSquaredEstimator.GENQ && rows.weights == null) {
            throw new InputException("--method GENQ needs --weights COLUMN: the generalised Q estimator weights the "
                    + "studies with fixed weights of your choosing (metafor's weights =)");
        }
        if (permutations != null && rows.weights != null) {
            throw new InputException("--permutations refits with inverse-variance weights; it does not go with "
                    + "--weights");
        }
    }

    /** Fits the model; data the model cannot use fail the analysis (exit 1), as an estimator that does not converge. */
    private MetaRegressionReport regression(StudyTable table, ZeroCellCorrection correction, double levelFraction)
            throws InputException {
        try {
            Data data = data(table, correction);
            MetaRegression regression = MetaRegression.withDefaults().with(model).with(method).with(ci).with(pi)
                    .withLevel(levelFraction);
            double[] weights = rows.weights == null ? null
                    : data.column(rows.weights).stream().mapToDouble(w -> Double.parseDouble(w.strip())).toArray();
            MetaRegressionResult result = regression.fit(data.y, data.v, data.x, weights);
            PermutationResult permutation = permutation(regression, data);
            RegressionViews asked = views.views(regression, result, data.y, data.v, data.x,
                    BackTransform.forPooled(table.measure(), data.effects),
                    views.cluster == null ? null : data.column(views.cluster));
            Provenance provenance = new Provenance(Provenance.evsynthVersion(), table.file(), table.sha256(),
                    spec.commandLine().getParseResult().originalArgs());
            return new MetaRegressionReport(table.measure(), levelFraction, result, permutation, data.excluded,
                    asked, provenance);
        } catch (MetaAnalysisException | IllegalArgumentException e) {
            throw CommandFailure.failed(file + ": " + e.getMessage(), e);
        }
    }

    private PermutationResult permutation(MetaRegression regression, Data model) throws InputException {
        if (permutations == null) {
            return null;
        }
        if (permutations.equalsIgnoreCase("exact")) {
            return regression.exactPermutationTest(model.y, model.v, model.x);
        }
        try {
            return regression.permutationTest(model.y, model.v, model.x, Integer.parseInt(permutations), seed);
        } catch (NumberFormatException e) {
            throw new InputException("--permutations takes a number of permutations or 'exact', not '"
                    + permutations + "'");
        }
    }

    /** The effects, their variances and the model matrix, after dropping rows with a missing moderator. */
    private record Data(double[] y, double[] v, ModelMatrix x, List<Exclusion> excluded, List<StudyEffect> effects,
                        Map<StudyData, StudyRow> rowOf) {

        /** A column's cells for the fitted effects, in their order. */
        List<String> column(String name) {
            return effects.stream().map(e -> rowOf.get(e.data()).value(name)).toList();
        }
    }

    private Data data(StudyTable table, ZeroCellCorrection correction) {
        List<Exclusion> excluded = new ArrayList<>();
        List<StudyRow> complete = new ArrayList<>();
        for (StudyRow row : table.rows()) {
            String missing = mods.stream().filter(m -> isMissing(row.value(m))).findFirst().orElse(null);
            if (missing == null) {
                complete.add(row);
            } else {
                excluded.add(new Exclusion(row.data().study(), "missing moderator '" + missing + "'"));
            }
        }
        MetaAnalysis settings = MetaAnalysis.withDefaults().with(correction).with(rows.missingValues());
        EffectSizes sizes = settings.effectSizes(table.measure(), complete.stream().map(StudyRow::data).toList());
        excluded.addAll(sizes.excluded());
        Map<StudyData, StudyRow> rowOf = new IdentityHashMap<>();
        complete.forEach(r -> rowOf.put(r.data(), r));
        List<StudyEffect> effects = sizes.effects();
        int k = effects.size();
        ModelMatrix.Builder builder = ModelMatrix.withIntercept(k);
        for (String moderator : mods) {
            String[] values = effects.stream().map(e -> rowOf.get(e.data()).value(moderator)).toArray(String[]::new);
            if (java.util.Arrays.stream(values).allMatch(MetaregCommand::isNumber)) {
                builder.numeric(moderator, java.util.Arrays.stream(values).mapToDouble(Double::parseDouble).toArray());
            } else {
                builder.categorical(moderator, values);
            }
        }
        return new Data(effects.stream().mapToDouble(StudyEffect::theta).toArray(),
                effects.stream().mapToDouble(StudyEffect::variance).toArray(), builder.build(), excluded, effects,
                rowOf);
    }

    private static boolean isMissing(String value) {
        return value == null || value.isEmpty() || value.equalsIgnoreCase("NA");
    }

    private static boolean isNumber(String value) {
        try {
            return Double.isFinite(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
