package org.evsynth.app.cli.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.evsynth.review.Review;
import org.evsynth.review.ReviewException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs one review verb: opens the review, does the work, closes it, and turns failures into the exit codes every
 * evsynth command uses: 2 for bad usage or input (no review in the folder, an unknown record, a bad row of a file,
 * with the folder, file or line named), 1 when the work itself failed.
 */
public final class ReviewRun {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    /** The work of a verb on an open review; returns the exit code. */
    @FunctionalInterface
    public interface Work {
        int run(Review review) throws IOException;
    }

    private ReviewRun() {
    }

    public static int run(CommandSpec spec, String command, Path dir, ReviewOptions options, Work work) {
        PrintWriter err = spec.commandLine().getErr();
        Review review;
        try {
            review = options.open(dir);
        } catch (ReviewException | IllegalArgumentException e) {
            return fail(spec, command, e.getMessage(), BAD_INPUT);
        } catch (UncheckedIOException e) {
            return fail(spec, command, e.getCause().getMessage(), BAD_INPUT);
        }
        try (review) {
            return work.run(review);
        } catch (IllegalArgumentException e) {
            return fail(spec, command, e.getMessage(), BAD_INPUT);
        } catch (ReviewException e) {
            // the database failing is a failure; an unknown record, pair or file is bad input
            return fail(spec, command, e.getMessage(), e.getCause() instanceof SQLException ? FAILED : BAD_INPUT);
        } catch (NoSuchFileException e) {
            return fail(spec, command, e.getFile() + ": no such file", BAD_INPUT);
        } catch (IOException | UncheckedIOException e) {
            return fail(spec, command, e.getMessage(), FAILED);
        } finally {
            spec.commandLine().getOut().flush();
            err.flush();
        }
    }

    /** Prints "evsynth COMMAND: message" on standard error and returns the code. */
    public static int fail(CommandSpec spec, String command, String message, int code) {
        spec.commandLine().getErr().println("evsynth " + command + ": " + message);
        spec.commandLine().getErr().flush();
        return code;
    }
}
