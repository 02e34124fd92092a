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
import org.evsynth.app.cli.CommandFailure;
import org.evsynth.app.cli.EnumWords;
import org.evsynth.app.cli.ExitCode;
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


    @Spec
    private CommandSpec spec;

    @Mixin
    private RecordInputs inputs = new RecordInputs();

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", converter = Format.Words.class,
            description = "json, csv or ris. Default: ${DEFAULT-VALUE}.")
    private Format format;

    /** What `records` writes. */
    enum Format {
        JSON, CSV, RIS;

        static final class Words extends EnumWords<Format> {
            Words() {
                super(Format.class);
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.isReview(review)) {
            if (inputs.fileOptionsGiven()) {
                throw CommandFailure.badInput("--input-format and --columns apply to record files, not to a review "
                        + "folder");
            }
            return ReviewRecords.print(spec, inputs.files.get(0), review, EnumWords.word(format));
        }
        ImportResult result = inputs.read();
        StringWriter text = new StringWriter();
        write(format, result, text);
        if (format != Format.JSON) {
            for (ImportWarning warning : result.warnings()) {
                err.println("warning: " + warning);
            }
        }
        out.print(text);
        out.flush();
        return ExitCode.OK;
    }

    private static void write(Format format, ImportResult result, StringWriter text) throws IOException {
        switch (format) {
            case CSV -> new CsvWriter().write(result.records(), text);
            case RIS -> new RisWriter().write(result.records(), text);
            case JSON -> new JsonWriter().write(result, text);
        }
    }
}
