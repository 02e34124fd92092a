package org.evsynth.app.cli.review;

import java.io.IOException;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.app.cli.CommandFailure;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
            "An import is all or nothing; rows equal to a reviewer's current decision are skipped, so an",
            "exported file imports again without change."})
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
        if (direction.importFile != null && !Files.isRegularFile(direction.importFile)) {
            throw CommandFailure.badInput(direction.importFile + ": no such file");
        }
        return ReviewRun.run(spec, dir, review, r -> {
            if (direction.importFile != null) {
                int added;
                try (Reader in = Files.newBufferedReader(direction.importFile, StandardCharsets.UTF_8)) {
                    added = r.importDecisions(direction.importFile.toString(), in);
                }
                spec.commandLine().getOut().printf("evsynth decisions: %d decisions recorded from %s%n", added,
                        direction.importFile);
                return ExitCode.OK;
            }
            if (direction.exportFile.toString().equals("-")) {
                r.exportDecisions(spec.commandLine().getOut());
                return ExitCode.OK;
            }
            try (Writer out = Files.newBufferedWriter(direction.exportFile, StandardCharsets.UTF_8)) {
                r.exportDecisions(out);
            }
            spec.commandLine().getOut().println(direction.exportFile);
            return ExitCode.OK;
        });
    }
}
