package org.evsynth.app.cli.records;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.evsynth.app.cli.EvsynthCommand;
import picocli.CommandLine;

/**
 * One in-process run of a records command with what it printed.
 *
 * @param exitCode the exit code
 * @param out      standard output
 * @param err      standard error
 */
record RecordsCliRun(int exitCode, String out, String err) {

    static RecordsCliRun of(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EvsynthCommand.configure(new CommandLine(command)).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
        return new RecordsCliRun(code, out.toString(), err.toString());
    }
}
