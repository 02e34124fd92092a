package org.evsynth.app.cli;

/** The exit codes of every evsynth command, mapped once by {@link FailureHandler}. */
public final class ExitCode {

    /** The work was done. */
    public static final int OK = 0;
    /** The work could not be done: an analysis failed, a file could not be written, the database failed. */
    public static final int FAILED = 1;
    /** Bad usage or bad input: the message names the file, line and column. */
    public static final int BAD_INPUT = 2;

    private ExitCode() {
    }
}
