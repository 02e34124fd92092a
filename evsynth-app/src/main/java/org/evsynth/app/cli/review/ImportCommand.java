package org.evsynth.app.cli.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.evsynth.app.cli.CommandFailure;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.review.ImportSummary;
import org.evsynth.review.Searches;
import org.evsynth.review.SourceKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evsynth import}: one database export as one search, all or nothing. */
@Command(name = "import", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Import a database export (any format evsynth records reads) into the review as one search,",
            "all or nothing: a file that does not read to its end adds nothing. The same file imported again is",
            "recognised (by SHA-256) and adds nothing. A search imported by mistake is withdrawn with",
            "evsynth searches DIR --withdraw SEARCH."})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The review folder.")
    private Path dir;

    @Parameters(index = "1", paramLabel = "FILE", description = "The exported records.")
    private Path file;

    @Option(names = "--source", required = true, paramLabel = "NAME",
            description = "The database or register searched: MEDLINE, Embase, CENTRAL, ...")
    private String source;

    @Option(names = "--searched", paramLabel = "YYYY-MM-DD", description = "The date the search was run.")
    private String searched;

    @Option(names = "--register",
            description = "The source is a trial register (ClinicalTrials.gov, ICTRP, ...), counted apart from "
                    + "bibliographic databases in the PRISMA diagram.")
    private boolean register;

    @Option(names = "--strategy", paramLabel = "FILE", description = "The search strategy as run (text).")
    private Path strategy;

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Override
    public Integer call() throws IOException {
        LocalDate on;
        try {
            on = searched == null ? null : LocalDate.parse(searched);
        } catch (DateTimeParseException e) {
            throw CommandFailure.badInput("--searched '" + searched + "' is not a date YYYY-MM-DD");
        }
        for (Path p : strategy == null ? new Path[] {file} : new Path[] {file, strategy}) {
            if (!Files.isRegularFile(p)) {
                throw CommandFailure.badInput(p + ": no such file");
            }
        }
        String strategyText = strategy == null ? null : Files.readString(strategy, StandardCharsets.UTF_8);
        Searches.Import command = Searches.Import.of(file, source, register ? SourceKind.REGISTER
                : SourceKind.DATABASE, on, strategyText);
        return ReviewRun.run(spec, dir, review, r -> {
            ImportSummary s = r.searches().importFile(review.actor(), command);
            PrintWriter out = spec.commandLine().getOut();
            if (s.alreadyImported()) {
                out.printf("evsynth import: %s was imported before as search %d; nothing added%n", file,
                        s.searchId());
            } else {
                out.printf("evsynth import: %s: %d records added as search %d (%s%s)%n", file, s.recordsAdded(),
                        s.searchId(), TerminalText.clean(source), on == null ? "" : ", searched " + on);
                if (s.strategyHits() != null) {
                    out.println("strategy hits on these records: " + TerminalText.clean(s.strategyHits()));
                }
            }
            s.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + TerminalText.clean(w)));
            return ExitCode.OK;
        });
    }
}
