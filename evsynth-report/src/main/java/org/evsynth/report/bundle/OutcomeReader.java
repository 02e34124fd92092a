package org.evsynth.report.bundle;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.evsynth.report.analysis.Section;
import org.evsynth.report.format.Texts;
import org.evsynth.report.grade.ComparatorMean;
import org.evsynth.report.grade.ComparatorRisk;
import org.evsynth.report.grade.GradeAssessment;
import org.evsynth.report.grade.StudyDesign;
import org.evsynth.review.rob.RobTool;
import org.evsynth.report.table.InputFormat;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.ZeroCellCorrection;
import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.Pooling;
import org.evsynth.stats.meta.PredictionMethod;
import org.evsynth.stats.meta.TauSquaredEstimator;

/** Reads one outcome of review.yaml and checks its data file's header against what the outcome asks for. */
final class OutcomeReader {

    private static final Map<String, OutcomeKind> KINDS = words(OutcomeKind.values(), OutcomeKind::key);
    private static final Map<String, EffectMeasure> MEASURES = BundleReader.byName(EffectMeasure.values());
    private static final Map<String, Model> MODELS = ordered("random", Model.RANDOM, "common", Model.COMMON);
    private static final Map<String, TauSquaredEstimator> METHODS = BundleReader.byName(TauSquaredEstimator.values());
    private static final Map<String, Pooling> POOLINGS = BundleReader.byName(Pooling.values());
    private static final Map<String, ConfidenceMethod> CIS = ordered("hksj", ConfidenceMethod.HKSJ, "wald",
            ConfidenceMethod.WALD);
    private static final Map<String, PredictionMethod> PIS = ordered("t", PredictionMethod.T, "z", PredictionMethod.Z);
    private static final Map<String, ZeroCellCorrection.ApplyTo> CC_TO = ordered3("zero",
            ZeroCellCorrection.ApplyTo.ZERO_CELL_STUDIES, "all", ZeroCellCorrection.ApplyTo.ALL_STUDIES, "none",
            ZeroCellCorrection.ApplyTo.NONE);
    private static final Map<String, BiasTest> BIAS = words(BiasTest.values(), BiasTest::key);
    private static final Map<String, StudyDesign> DESIGNS = words(StudyDesign.values(), StudyDesign::key);

    private final Path dir;
    private final Problems problems;

    OutcomeReader(Path dir, Problems problems) {
        this.dir = dir;
        this.problems = problems;
    }

    Outcome read(Fields o) {
        int before = problems.size();
        String name = o.text("name", true);
        OutcomeKind kind = o.choice("kind", KINDS, OutcomeKind.META_ANALYSIS, false);
        String dataName = o.text("data", true);
        Path data = dataName == null ? null : BundleReader.existing(dir, dataName, o, "data");
        AnalysisOptions options = options(o);
        List<Sensitivity> sensitivity = sensitivity(o);
        List<BiasTest> bias = new ArrayList<>();
        for (YamlNode.Scalar s : o.texts("bias")) {
            BiasTest test = lookup(BIAS, s.text());
            if (test == null) {
                o.problemAt(s, "bias", "'" + s.text() + "' is not one of " + String.join(", ", BIAS.keySet()));
            } else {
                bias.add(test);
            }
        }
        StudyDesign design = o.choice("design", DESIGNS, null, false);
        RobTool robTool = o.choice("rob_tool", BundleReader.ROB_TOOLS, null, false);
        GradeAssessment grade = null;
        Fields g = o.mapping("grade", false);
        if (g != null) {
            if (design == null) {
                o.problem("design", "missing; a GRADE assessment starts from the design (randomised or "
                        + "non-randomised)");
            }
            grade = GradeReader.read(g, design == null ? StudyDesign.RANDOMISED : design, robTool);
        }
        ComparatorRisk comparatorRisk = comparatorRisk(o);
        ComparatorMean comparatorMean = comparatorMean(o);
        String unit = BundleReader.orEmpty(o.text("unit", false));
        double threshold = o.number("threshold", -1e12, 1e12, Double.NaN);
        boolean higherIsBetter = o.bool("higher_is_better", false);
        FavoursLabels favours = FavoursLabels.read(o);
        Integer participants = o.integer("participants", 1, Integer.MAX_VALUE, -1);
        Integer studies = o.integer("studies", 1, 100_000, -1);
        String source = BundleReader.orEmpty(o.text("source", false));
        crossChecks(o, kind, options, sensitivity, bias);
        if (data != null) {
            checkColumns(o, dataName, data, options, sensitivity, bias);
        }
        o.finish();
        if (problems.size() > before) {
            return null;
        }
        return new Outcome(name, kind, data, dataName, options, sensitivity, bias, design, robTool, grade,
                comparatorRisk, comparatorMean, unit, threshold, higherIsBetter, favours, participants, studies, source,
                o.line());
    }

    private AnalysisOptions options(Fields o) {
        AnalysisOptions d = AnalysisOptions.defaults();
        return new AnalysisOptions(o.choice("measure", MEASURES, null, false), o.choice("model", MODELS, null, false),
                o.choice("method", METHODS, d.method(), false), o.choice("pooling", POOLINGS, d.pooling(), false),
                o.choice("ci", CIS, null, false), o.choice("pi", PIS, d.pi(), false),
                o.number("level", 50, 99.9, d.level()), ccValue(o), o.choice("cc_to", CC_TO, d.ccTo(), false),
                o.text("by", false), o.bool("common_tau2", false));
    }

    private static double ccValue(Fields o) {
        double cc = o.number("cc", 0, 1e6, 0.5);
        if (cc == 0) {
            o.problem("cc", "must be positive; to add nothing, use cc_to: none");
            return 0.5;
        }
        return cc;
    }

    private List<Sensitivity> sensitivity(Fields o) {
        List<Sensitivity> list = new ArrayList<>();
        for (YamlNode.Scalar s : o.texts("sensitivity")) {
            String word = s.text().strip();
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.equals("leave-one-out")) {
                list.add(new Sensitivity(Sensitivity.Kind.LEAVE_ONE_OUT, null));
            } else if (lower.equals("influence")) {
                list.add(new Sensitivity(Sensitivity.Kind.INFLUENCE, null));
            } else if (lower.startsWith("cumulative:") && word.length() > "cumulative:".length()) {
                list.add(new Sensitivity(Sensitivity.Kind.CUMULATIVE, word.substring("cumulative:".length()).strip()));
            } else {
                o.problemAt(s, "sensitivity", "'" + word
                        + "' is not one of leave-one-out, influence, cumulative:COLUMN");
            }
        }
        return list;
    }

    /** A proportion (0.585) or a rate per 1,000 ("585 per 1000"). */
    private ComparatorRisk comparatorRisk(Fields o) {
        String source = o.text("comparator_risk_source", false);
        if (!o.has("comparator_risk")) {
            if (source != null) {
                o.problem("comparator_risk_source", "given without comparator_risk");
            }
            return null;
        }
        String text = o.text("comparator_risk", false);
        if (text == null) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT).replace(",", "").strip();
        double risk;
        try {
            if (t.endsWith("per 1000")) {
                risk = Double.parseDouble(t.substring(0, t.length() - "per 1000".length()).strip()) / 1000;
            } else {
                risk = Double.parseDouble(t);
            }
        } catch (NumberFormatException e) {
            o.problem("comparator_risk", "'" + text + "' is neither a proportion (0.585) nor a rate per 1,000 "
                    + "('585 per 1000')");
            return null;
        }
        if (!(risk >= 0 && risk <= 1)) {
            o.problem("comparator_risk", "'" + text + "' is not a risk between 0 and 1 (or 0 and 1000 per 1000)");
            return null;
        }
        return ComparatorRisk.stated(risk, source);
    }

    /** A stated mean of the comparator group, for a continuous outcome's summary of findings. */
    private static ComparatorMean comparatorMean(Fields o) {
        String source = o.text("comparator_mean_source", false);
        Double mean = o.number("comparator_mean", -1e12, 1e12, null);
        if (mean == null) {
            if (source != null && !o.has("comparator_mean")) {
                o.problem("comparator_mean_source", "given without comparator_mean");
            }
            return null;
        }
        return ComparatorMean.stated(mean, source);
    }

    private void crossChecks(Fields o, OutcomeKind kind, AnalysisOptions options, List<Sensitivity> sensitivity,
                             List<BiasTest> bias) {
        if (options.pooling() != Pooling.IV && options.model() == Model.RANDOM) {
            o.problem("pooling", options.pooling() + " pooling is a common-effect method; use model: common or "
                    + "pooling: IV");
        }
        if (options.pooling() == Pooling.PETO && options.measure() != null && options.measure() != EffectMeasure.OR) {
            o.problem("pooling", "Peto pooling gives odds ratios; measure is " + options.measure());
        }
        if (options.commonTau2() && options.by() == null) {
            o.problem("common_tau2", "applies to subgroup analyses; give the subgroup column with by");
        }
        if (kind != OutcomeKind.META_ANALYSIS && (!sensitivity.isEmpty() || !bias.isEmpty())) {
            o.problem(sensitivity.isEmpty() ? "bias" : "sensitivity", (kind == OutcomeKind.OVERVIEW ? "an " : "a ")
                    + kind.key()
                    + " outcome is not pooled, so it has no sensitivity or small-study-bias analyses");
        }
    }

    /**
     * The data file's header must have the columns the outcome names, estimates need a measure, and no section may be
     * one these data can never have ({@link Section#usageProblem}: the rule `evsynth meta` applies to its options).
     */
    private void checkColumns(Fields o, String dataName, Path data, AnalysisOptions options,
                              List<Sensitivity> sensitivity, List<BiasTest> bias) {
        List<String> header;
        try (Reader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .build().parse(reader)) {
            header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "")).toList();
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            problems.add(dataName, 1, "", "cannot read the header row as CSV");
            return;
        }
        if (!header.contains(InputFormat.STUDY)) {
            problems.add(dataName, 1, "", "missing column 'study'; found " + Texts.names(header));
        }
        if (options.by() != null && !header.contains(options.by())) {
            o.problem("by", "the column '" + options.by() + "' is not in " + dataName + " (columns: "
                    + Texts.names(header) + ")");
        }
        for (Sensitivity s : sensitivity) {
            if (s.column() != null && !header.contains(s.column())) {
                o.problem("sensitivity", "the column '" + s.column() + "' for cumulative is not in " + dataName);
            }
        }
        InputFormat format = InputFormat.recognise(header).orElse(null);
        if (format == InputFormat.ESTIMATE_WITH_CI && options.measure() == null) {
            o.problem("data", dataName + " holds estimates with CIs: say which measure they are (measure: "
                    + String.join(", ", format.measures().stream().map(Enum::name).toList()) + ")");
        }
        if (format != null) {
            MetaAnalysis settings = options.toMetaAnalysis();
            sensitivity.forEach(s -> s.section().usageProblem(format, settings)
                    .ifPresent(p -> o.problem("sensitivity", "'" + s.section().key() + "' " + p)));
            bias.forEach(b -> b.section().usageProblem(format, settings)
                    .ifPresent(p -> o.problem("bias", "'" + b.key() + "' " + p)));
        }
    }

    private static <E> E lookup(Map<String, E> map, String word) {
        for (Map.Entry<String, E> e : map.entrySet()) {
            if (e.getKey().equalsIgnoreCase(word.strip())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static <E> Map<String, E> words(E[] values, java.util.function.Function<E, String> key) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E e : values) {
            map.put(key.apply(e), e);
        }
        return map;
    }

    private static <E> Map<String, E> ordered(String a, E x, String b, E y) {
        Map<String, E> map = new LinkedHashMap<>();
        map.put(a, x);
        map.put(b, y);
        return map;
    }

    private static <E> Map<String, E> ordered3(String a, E x, String b, E y, String c, E z) {
        Map<String, E> map = ordered(a, x, b, y);
        map.put(c, z);
        return map;
    }
}
