package org.evsynth.app.cli.review;

import java.io.IOException;
import java.nio.file.Path;

import org.evsynth.review.Review;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs one review verb: opens the review, does the work and closes it. Failures propagate to the command line's
 * {@link org.evsynth.app.cli.FailureHandler}, which gives every evsynth command the same exit codes: 2 for bad
 * usage or input (no review in the folder, an unknown record, a bad row of a file, with the folder, file or line
 * named), 1 when the work itself failed (the database, a file that cannot be written).
 */
public final class ReviewRun {

    /** The work of a verb on an open review; returns the exit code. */
    @FunctionalInterface
    public interface Work {
        int run(Review review) throws IOException;
    }

    private ReviewRun() {
    }

    public static int run(CommandSpec spec, Path dir, ReviewOptions options, Work work) throws IOException {
        try (Review review = options.open(dir)) {
            return work.run(review);
        } finally {
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().flush();
        }
    }
}
