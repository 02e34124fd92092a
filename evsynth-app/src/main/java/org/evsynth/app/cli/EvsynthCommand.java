package org.evsynth.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.evsynth.app.cli.records.DedupCommand;
import org.evsynth.app.cli.records.RecordsCommand;
import org.evsynth.app.cli.records.SearchCommand;
import org.evsynth.app.cli.review.ConflictsCommand;
import org.evsynth.app.cli.review.DecisionsCommand;
import org.evsynth.app.cli.review.ExportCommand;
import org.evsynth.app.cli.review.KeyPapersCommand;
import org.evsynth.app.cli.review.StoppingCommand;
import org.evsynth.app.cli.review.ExtractCommand;
import org.evsynth.app.cli.review.ImportCommand;
import org.evsynth.app.cli.review.SearchesCommand;
import org.evsynth.app.cli.review.InitCommand;
import org.evsynth.app.cli.review.LogCommand;
import org.evsynth.app.cli.review.RetrievalCommand;
import org.evsynth.app.cli.review.ScreenCommand;
import org.evsynth.app.cli.review.StatusCommand;
import org.evsynth.app.cli.review.StudiesCommand;
import org.evsynth.app.cli.web.ServeCommand;
import org.evsynth.app.cli.web.UserCommand;
import org.evsynth.report.output.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The `evsynth` command and its subcommands. */
@Command(name = "evsynth",
        scope = CommandLine.ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = EvsynthCommand.Version.class,
        description = "Evidence synthesis from database exports to a pooled, graded answer.",
        subcommands = {MetaCommand.class, MetaregCommand.class, RecordsCommand.class, DedupCommand.class,
            SearchCommand.class, ForestCommand.class, FunnelCommand.class, RobCommand.class, PrismaCommand.class,
            ReportCommand.class, InitCommand.class, ImportCommand.class, SearchesCommand.class, DecisionsCommand.class,
            ScreenCommand.class, KeyPapersCommand.class, StoppingCommand.class, ConflictsCommand.class,
            RetrievalCommand.class, StudiesCommand.class, ExtractCommand.class, StatusCommand.class,
            ExportCommand.class, LogCommand.class, SimulateCommand.class, ServeCommand.class, UserCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the analysis could not be done (the reason is printed)",
            "2:bad usage or bad input (file, line and column are printed)"})
public final class EvsynthCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs evsynth with the arguments and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, writing UTF-8 to standard output and error. */
    public static CommandLine commandLine() {
        return commandLine(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    /** The configured command line writing to the given streams (tests use string writers). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = configure(new CommandLine(new EvsynthCommand()));
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine;
    }

    /**
     * Gives a command line evsynth's conventions: failures printed as {@code evsynth CMD: message} and mapped to
     * exit codes by {@link FailureHandler}, enum words in any case. Tests that run one command on its own use it too.
     */
    public static CommandLine configure(CommandLine commandLine) {
        FailureHandler failures = new FailureHandler();
        commandLine.setExecutionExceptionHandler(failures);
        commandLine.setExitCodeExceptionMapper(failures);
        commandLine.setParameterExceptionHandler(new UsageErrors());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        HelpLayout.apply(commandLine);
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"evsynth " + Provenance.evsynthVersion()};
        }
    }
}
