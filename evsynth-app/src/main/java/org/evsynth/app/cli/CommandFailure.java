package org.evsynth.app.cli;

import org.evsynth.stats.meta.MetaAnalysisException;

/**
 * A command's failure with its exit code and a message a person can act on. Commands throw it (or a typed
 * exception of the module that failed) instead of printing and returning a code; {@link FailureHandler} prints
 * {@code evsynth CMD: message} and exits with the code.
 */
public final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    private CommandFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** Bad usage or bad input (exit code 2). */
    public static CommandFailure badInput(String message) {
        return new CommandFailure(ExitCode.BAD_INPUT, message, null);
    }

    /** Bad usage or bad input (exit code 2), keeping the exception that said so. */
    public static CommandFailure badInput(String message, Throwable cause) {
        return new CommandFailure(ExitCode.BAD_INPUT, message, cause);
    }

    /** Work that could not be done (exit code 1). */
    public static CommandFailure failed(String message) {
        return new CommandFailure(ExitCode.FAILED, message, null);
    }

    /** Work that could not be done (exit code 1), keeping the exception that said so. */
    public static CommandFailure failed(String message, Throwable cause) {
        return new CommandFailure(ExitCode.FAILED, message, cause);
    }

    /**
     * Runs an analysis of a file's data, naming the file in its failure: an analysis that cannot be done exits 1,
     * data the analysis refuses exit 2.
     */
    public static <T> T about(String file, java.util.function.Supplier<T> analysis) {
        try {
            return analysis.get();
        } catch (MetaAnalysisException e) {
            throw failed(file + ": " + e.getMessage(), e);
        } catch (CommandFailure e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw badInput(file + ": " + e.getMessage(), e);
        }
    }

    /** The exit code. */
    public int exitCode() {
        return exitCode;
    }
}
