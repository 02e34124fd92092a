package org.evsynth.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import org.evsynth.records.io.UnrecognizedFormatException;
import org.evsynth.report.bundle.BundleException;
import org.evsynth.report.table.InputException;
import org.evsynth.review.ReviewException;
import org.evsynth.review.StorageException;
import org.evsynth.stats.meta.MetaAnalysisException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * The one place where a command's failure becomes a message and an exit code, as picocli's exit-code and
 * execution-exception examples do: commands throw; this prints {@code evsynth CMD: message} on standard error and
 * maps the exception to 2 (bad usage or input: the message names the file, line and column) or 1 (the work could
 * not be done). No stack trace reaches a user unless {@code EVSYNTH_DEBUG} is set.
 */
public final class FailureHandler implements IExecutionExceptionHandler, IExitCodeExceptionMapper {

    /** The environment variable that makes unexpected failures print their stack trace. */
    static final String DEBUG = "EVSYNTH_DEBUG";

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        commandLine.getOut().flush();
        err.println("evsynth " + commandLine.getCommandName() + ": " + message(exception));
        if (!isExpected(exception) && System.getenv(DEBUG) != null) {
            exception.printStackTrace(err);
        }
        err.flush();
        return getExitCode(exception);
    }

    @Override
    public int getExitCode(Throwable exception) {
        if (exception instanceof CommandFailure failure) {
            return failure.exitCode();
        }
        if (exception instanceof ReviewException) {
            // the database failing (damaged, unreachable, a statement) is a failure; bad input, an unknown record or
            // an operation the review's state refuses is the user's to correct
            return exception instanceof StorageException ? ExitCode.FAILED : ExitCode.BAD_INPUT;
        }
        if (exception instanceof MetaAnalysisException) {
            return ExitCode.FAILED;
        }
        if (exception instanceof InputException || exception instanceof BundleException
                || exception instanceof IllegalArgumentException || exception instanceof NoSuchFileException
                || exception instanceof AccessDeniedException || exception instanceof UnrecognizedFormatException
                || exception instanceof CommandLine.ParameterException) {
            return ExitCode.BAD_INPUT;
        }
        return ExitCode.FAILED;
    }

    /** The message a person reads: the exception's own, which names the file, line and column where known. */
    static String message(Throwable exception) {
        if (exception instanceof NoSuchFileException e) {
            return e.getFile() + ": no such file";
        }
        if (exception instanceof AccessDeniedException e) {
            return e.getFile() + ": permission denied";
        }
        if (exception instanceof UncheckedIOException e) {
            return message(e.getCause());
        }
        if (!isExpected(exception)) {
            return "internal error: " + exception + (System.getenv(DEBUG) == null
                    ? " (set " + DEBUG + "=1 to see where)" : "");
        }
        return exception.getMessage() == null ? exception.toString() : exception.getMessage();
    }

    /** Whether the failure is one evsynth reports as it is, rather than a defect of evsynth. */
    private static boolean isExpected(Throwable exception) {
        return exception instanceof CommandFailure || exception instanceof ReviewException
                || exception instanceof MetaAnalysisException || exception instanceof InputException
                || exception instanceof BundleException || exception instanceof IllegalArgumentException
                || exception instanceof IOException || exception instanceof UncheckedIOException
                || exception instanceof CommandLine.ParameterException;
    }
}
