package org.evsynth.app.cli.review;

import java.io.IOException;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.app.cli.CommandFailure;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.evsynth.review.ImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evsynth import}: one database export as one search, all or nothing. */
@Command(name = "import", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Import a database export (any format evsynth records reads) into the review as one search,",
            "all or nothing. The same file imported again is recognised (by SHA-256) and adds nothing."})
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
        return ReviewRun.run(spec, dir, review, r -> {
            String strategyText = strategy == null ? null : Files.readString(strategy, StandardCharsets.UTF_8);
            ImportSummary s = r.importSearch(file, source, register, on, strategyText, review.actor());
            PrintWriter out = spec.commandLine().getOut();
            if (s.alreadyImported()) {
                out.printf("evsynth import: %s was imported before as search %d; nothing added%n", file,
                        s.searchId());
            } else {
                out.printf("evsynth import: %s: %d records added as search %d (%s%s)%n", file, s.recordsAdded(),
                        s.searchId(), source, on == null ? "" : ", searched " + on);
                r.searches().stream().filter(x -> x.id() == s.searchId() && x.strategyHits() != null).findFirst()
                        .ifPresent(x -> out.println("strategy hits on these records: " + x.strategyHits()));
            }
            s.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
            return ExitCode.OK;
        });
    }
}
