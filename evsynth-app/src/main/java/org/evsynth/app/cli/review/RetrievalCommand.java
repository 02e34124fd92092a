package org.evsynth.app.cli.review;

import java.io.IOException;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.app.cli.CommandFailure;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.evsynth.review.FullText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evsynth retrieval}: whether the full text of a record included at title and abstract was obtained, for the
 * PRISMA boxes 'reports sought for retrieval' and 'reports not retrieved'.
 */
@Command(name = "retrieval", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Record whether a report's full text was obtained: --record N --retrieved or --not-retrieved."})
public final class RetrievalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The review folder.")
    private Path dir;

    @Option(names = "--record", required = true, paramLabel = "N", description = "The record's id.")
    private long record;

    @Option(names = "--not-retrieved", description = "The full text could not be obtained.")
    private boolean notRetrieved;

    @Option(names = "--retrieved", description = "The full text was obtained (the default; undoes --not-retrieved).")
    private boolean retrieved;

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Override
    public Integer call() throws IOException {
        if (notRetrieved && retrieved) {
            throw CommandFailure.badInput("give --retrieved or --not-retrieved, not both");
        }
        return ReviewRun.run(spec, dir, review, r -> {
            r.fullText().record(review.actor(), new FullText.Retrieval(record, !notRetrieved));
            spec.commandLine().getOut().printf("evsynth retrieval: record %d %s%n", record,
                    notRetrieved ? "not retrieved" : "retrieved");
            return ExitCode.OK;
        });
    }
}
