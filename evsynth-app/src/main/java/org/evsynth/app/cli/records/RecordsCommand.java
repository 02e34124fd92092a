package org.evsynth.app.cli.records;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.evsynth.app.cli.review.ReviewOptions;
import org.evsynth.app.cli.review.ReviewRecords;
import org.evsynth.records.io.CsvWriter;
import org.evsynth.records.io.ImportResult;
import org.evsynth.records.io.ImportWarning;
import org.evsynth.records.io.JsonWriter;
import org.evsynth.records.io.RisWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evsynth records}: reads record files in any supported format and prints the records and warnings. */
@Command(name = "records", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Read bibliographic records and print them with their file and position.",
            "Formats are detected from content: RIS, PubMed/MEDLINE, EndNote XML, BibTeX, Web of Science, CSV/TSV.",
            "json prints {records: [...], warnings: [...]}; csv and ris print the records and send warnings "
                    + "to standard error.",
            "With a review folder (evsynth records DIR): the review's records with their ids, status and decisions, "
                    + "as json or csv."})
public final class RecordsCommand implements Callable<Integer> {

    static final int BAD_INPUT = 2;
    private static final List<String> FORMATS = List.of("json", "csv", "ris");

    @Spec
    private CommandSpec spec;

    @Mixin
    private RecordInputs inputs = new RecordInputs();

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json, csv or ris. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String wanted = format.toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(wanted)) {
            err.println("evsynth records: --format must be json, csv or ris, not '" + format + "'");
            return BAD_INPUT;
        }
        if (inputs.isReview(review)) {
            return inputs.fileOptionsGiven()
                    ? fileOptionsWithReview(err) : ReviewRecords.print(spec, inputs.files.get(0), review, wanted);
        }
        ImportResult result;
        try {
            result = inputs.read();
        } catch (IOException | IllegalArgumentException e) {
            err.println("evsynth records: " + e.getMessage());
            return BAD_INPUT;
        }
        StringWriter text = new StringWriter();
        try {
            write(wanted, result, text);
        } catch (IOException e) {
            err.println("evsynth records: " + e.getMessage());
            return 1;
        }
        if (!wanted.equals("json")) {
            for (ImportWarning warning : result.warnings()) {
                err.println("warning: " + warning);
            }
        }
        out.print(text);
        out.flush();
        return 0;
    }

    private static int fileOptionsWithReview(PrintWriter err) {
        err.println("evsynth records: --input-format and --columns apply to record files, not to a review folder");
        return BAD_INPUT;
    }

    private static void write(String format, ImportResult result, StringWriter text) throws IOException {
        switch (format) {
            case "csv" -> new CsvWriter().write(result.records(), text);
            case "ris" -> new RisWriter().write(result.records(), text);
            default -> new JsonWriter().write(result, text);
        }
    }
}
