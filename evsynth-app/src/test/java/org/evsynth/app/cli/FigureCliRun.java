package org.evsynth.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/**
 * One run of a figure command in-process, configured as EvsynthCommand configures its subcommands, so the tests do
 * not depend on the command being registered there yet.
 */
final class FigureCliRun {

    private FigureCliRun() {
    }

    static CliRun of(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = EvsynthCommand.configure(new CommandLine(command));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
