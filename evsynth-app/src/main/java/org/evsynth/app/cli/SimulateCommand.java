package org.evsynth.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;

import org.evsynth.app.cli.simulate.SimulationModel;
import org.evsynth.app.cli.simulate.SimulationRunner;
import org.evsynth.app.cli.simulate.SimulationSummary;
import org.evsynth.records.io.ImportResult;
import org.evsynth.records.io.ImportWarning;
import org.evsynth.records.io.RecordReaders;
import org.evsynth.records.screening.StoppingProtocol;
import org.evsynth.records.screening.StoppingSettings;
import org.evsynth.report.output.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evsynth simulate}: replays prioritised screening on a labelled record file with the screener's own model,
 * schedule and stopping rule, and reports the work saved, per seed and on average.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Simulate prioritised screening on a labelled file: how much screening the model saves "
                + "and where its stopping rule stops.",
            "Reports records, relevant, screened_at_95, wss_at_95, wss_at_100, rrf_at_10 (percentages), switched_at, "
                    + "stopped_at, recall_at_stop (the stopping rule), ranked_tail_stopped_at and "
                    + "ranked_tail_recall_at_stop (buscar's form, no guarantee) and the recall curve, per seed and on "
                    + "average.",
            "FILE is any record format evsynth reads (RIS, PubMed, EndNote XML, BibTeX, Web of Science, CSV) "
                    + "with a label column or tag."})
public final class SimulateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The labelled records.")
    private Path file;

    @Option(names = "--label", paramLabel = "COLUMN", description = "The label column (CSV header or tag). "
            + "Default: the first of label_included, included, label, label1.")
    private String label;

    @Option(names = "--include-values", paramLabel = "I", split = ",", description = "Label values that mean "
            + "relevant, compared ignoring case; others are irrelevant. Default: 1, I, include, included, yes, y, "
            + "true.")
    private List<String> includeValues;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "5", description = "Runs, with seeds 1 to N "
            + "(from --seed). Default: ${DEFAULT-VALUE}.")
    private int seeds;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The first seed. Default: "
            + "${DEFAULT-VALUE}.")
    private long firstSeed;

    @Option(names = "--prior-includes", paramLabel = "N", defaultValue = "1", description = "Relevant records "
            + "known at the start (key papers), drawn with the seed. Default: ${DEFAULT-VALUE}.")
    private int priorIncludes;

    @Option(names = "--prior-excludes", paramLabel = "N", defaultValue = "1", description = "Irrelevant records "
            + "known at the start. Default: ${DEFAULT-VALUE}.")
    private int priorExcludes;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "evsynth", converter = ModelConverter.class,
            description = "evsynth (the screener's model), logistic-regression (evsynth's without its naive Bayes "
                    + "blend), or to compare asreview-nb (ASReview LAB 1's default, "
                    + "TF-IDF and naive Bayes) or elas-u4 (ASReview LAB 2's default, TF-IDF and a linear SVM). "
                    + "Default: ${DEFAULT-VALUE}.")
    private SimulationModel model;

    @Option(names = "--target-recall", paramLabel = "R", defaultValue = "0.95", description = "The stopping "
            + "rule's target recall. Default: ${DEFAULT-VALUE}.")
    private double targetRecall;

    @Option(names = "--confidence", paramLabel = "C", defaultValue = "0.95", description = "The stopping rule's "
            + "confidence. Default: ${DEFAULT-VALUE}.")
    private double confidence;

    @Option(names = "--stopping", paramLabel = "PROTOCOL", defaultValue = "random-sample",
            converter = ProtocolConverter.class, description = "random-sample (screen a random sample of the "
            + "remaining records once the ranking's includes look exhausted, and test it: Callaghan & "
            + "Müller-Hansen 2020) or ranked-tail (test the last records screened as if random: buscar). Default: "
            + "${DEFAULT-VALUE}.")
    private StoppingProtocol stopping;

    @Option(names = "--input-format", paramLabel = "ID", description = "Read FILE as ris, pubmed, endnote-xml, "
            + "bibtex, wos or csv instead of detecting.")
    private String inputFormat;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = TextOrJson.Words.class,
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    private TextOrJson format;

    @Option(names = "--plot", paramLabel = "FILE", description = "Also draw the recall curves: .svg, .png or .pdf.")
    private Path plot;

    @Override
    public Integer call() throws IOException {
        checkOptions();
        ImportResult imported = read();
        PrintWriter err = spec.commandLine().getErr();
        for (ImportWarning warning : imported.warnings()) {
            err.println("warning: " + warning);
        }
        List<Long> seedList = LongStream.range(firstSeed, firstSeed + seeds).boxed().toList();
        SimulationRunner runner;
        SimulationSummary summary;
        try {
            runner = new SimulationRunner(file.toString(), imported.records(), model, StoppingSettings.defaults()
                    .withTargetRecall(targetRecall).withConfidence(confidence).withProtocol(stopping));
            summary = runner.run(label, includeValues, seedList, priorIncludes, priorExcludes);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (plot != null) {
            runner.plot(summary, plot);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == TextOrJson.JSON ? runner.json(summary, provenance()) : runner.text(summary));
        out.flush();
        return 0;
    }

    private void checkOptions() {
        if (seeds < 1) {
            throw new ParameterException(spec.commandLine(), "--seeds must be at least 1, not " + seeds);
        }
        if (priorIncludes < 0 || priorExcludes < 0) {
            throw new ParameterException(spec.commandLine(), "--prior-includes and --prior-excludes must not be "
                    + "negative");
        }
        if (!(targetRecall > 0 && targetRecall < 1) || !(confidence > 0 && confidence < 1)) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "--target-recall (%s) and --confidence (%s) must be between 0 and 1", targetRecall, confidence));
        }
        if (plot != null && !plot.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(svg|png|pdf)")) {
            throw new ParameterException(spec.commandLine(), "--plot " + plot + ": the file name must end in .svg, "
                    + ".png or .pdf");
        }
    }

    private ImportResult read() {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), file + ": no such file");
        }
        try {
            return inputFormat == null ? RecordReaders.read(file) : RecordReaders.forId(inputFormat).read(file);
        } catch (IOException | RuntimeException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Provenance provenance() throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
        String sha = HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        return new Provenance(Provenance.evsynthVersion(), file.toString(), sha,
                spec.commandLine().getParseResult().originalArgs());
    }

    /** Reads "random-sample" and "ranked-tail". */
    static final class ProtocolConverter implements picocli.CommandLine.ITypeConverter<StoppingProtocol> {
        @Override
        public StoppingProtocol convert(String value) {
            try {
                return StoppingProtocol.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value
                        + "' is not random-sample or ranked-tail");
            }
        }
    }

    /** Reads "evsynth", "logistic-regression", "asreview-nb" and "elas-u4". */
    static final class ModelConverter implements picocli.CommandLine.ITypeConverter<SimulationModel> {
        @Override
        public SimulationModel convert(String value) {
            try {
                return SimulationModel.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value
                        + "' is not evsynth, logistic-regression, asreview-nb or elas-u4");
            }
        }
    }
}
