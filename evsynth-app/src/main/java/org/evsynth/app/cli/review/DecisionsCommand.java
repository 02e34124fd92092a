package org.evsynth.app.cli.review;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.review.CsvSource;
import org.evsynth.review.Screening;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evsynth decisions}: screening decisions in and out as CSV ({@code record,stage,reviewer,decision,reason,note}). */
@Command(name = "decisions", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Import or export screening decisions as CSV with the columns",
            "record,stage,reviewer,decision,reason,note (stage: title-abstract or full-text; decision: include,",
            "exclude, maybe or withdrawn; a full-text exclusion needs a reason from the protocol's list).",
            "An import is all or nothing: the whole file is checked (columns, cells, each record's state) before",
            "anything is recorded. Rows equal to a reviewer's current decision are skipped, so an exported file",
            "imports again without change."})
public final class DecisionsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The review folder.")
    private Path dir;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Direction direction;

    static final class Direction {
        @Option(names = "--import", paramLabel = "FILE.csv", description = "Record the decisions in the file.")
        Path importFile;

        @Option(names = "--export", paramLabel = "FILE.csv",
                description = "Write every reviewer's current decisions (- for standard output).")
        Path exportFile;
    }

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Override
    public Integer call() throws IOException {
        if (direction.importFile != null) {
            CsvSource csv = CsvFiles.open(direction.importFile);
            return ReviewRun.run(spec, dir, review, r -> {
                Screening.DecisionImport done = r.screening().importDecisions(review.actor(), csv);
                spec.commandLine().getOut().printf("evsynth decisions: %d decisions recorded from %s%n",
                        done.recorded(), direction.importFile);
                return ExitCode.OK;
            });
        }
        return ReviewRun.run(spec, dir, review, r -> {
            if (direction.exportFile.toString().equals("-")) {
                r.screening().exportDecisions(spec.commandLine().getOut());
                return ExitCode.OK;
            }
            try (Writer out = Files.newBufferedWriter(direction.exportFile, StandardCharsets.UTF_8)) {
                r.screening().exportDecisions(out);
            }
            spec.commandLine().getOut().println(direction.exportFile);
            return ExitCode.OK;
        });
    }
}
