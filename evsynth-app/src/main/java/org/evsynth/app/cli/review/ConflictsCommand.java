package org.evsynth.app.cli.review;

import java.io.IOException;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.app.cli.CommandFailure;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.evsynth.review.Conflict;
import org.evsynth.review.Decision;
import org.evsynth.review.ScreeningDecision;
import org.evsynth.review.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evsynth conflicts}: records whose two reviewers disagree, and their settlement by a third person. Listing
 * shows every reviewer's decision: it is for the person who settles, after both have decided.
 */
@Command(name = "conflicts", sortOptions = false, usageHelpAutoWidth = true,
        description = {"List the records whose reviewers disagree (dual screening), by stage and record,",
            "or settle one: --resolve RECORD include|exclude --stage STAGE [--reason R] [--note N] --as NAME."})
public final class ConflictsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The review folder.")
    private Path dir;

    @Option(names = "--resolve", arity = "2", paramLabel = "RECORD include|exclude",
            description = "Settle a record's conflict (or decide a pending record) as a third person.")
    private List<String> resolve;

    @Option(names = "--stage", paramLabel = "STAGE", defaultValue = "title-abstract",
            description = "With --resolve: title-abstract or full-text. Default: ${DEFAULT-VALUE}.")
    private String stage;

    @Option(names = "--reason", paramLabel = "TEXT", description = "With --resolve: the exclusion reason.")
    private String reason;

    @Option(names = "--note", paramLabel = "TEXT", description = "With --resolve: a note.")
    private String note;

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Override
    public Integer call() throws IOException {
        if (resolve != null) {
            long record;
            Stage s;
            Decision d;
            try {
                record = Long.parseLong(resolve.get(0));
                s = Stage.of(stage);
                d = Decision.of(resolve.get(1));
            } catch (NumberFormatException e) {
                throw CommandFailure.badInput("--resolve RECORD include|exclude: '" + resolve.get(0)
                        + "' is not a record id");
            } catch (IllegalArgumentException e) {
                throw CommandFailure.badInput(e.getMessage());
            }
            return ReviewRun.run(spec, dir, review, r -> {
                r.resolveConflict(record, s, review.actor(), d, reason, note);
                spec.commandLine().getOut().printf("evsynth conflicts: record %d %s at %s by %s%n", record,
                        d == Decision.INCLUDE ? "included" : "excluded", s.id(), review.actor());
                return ExitCode.OK;
            });
        }
        return ReviewRun.run(spec, dir, review, r -> {
            PrintWriter out = spec.commandLine().getOut();
            List<Conflict> conflicts = r.conflicts();
            if (conflicts.isEmpty()) {
                out.println("No conflicts.");
                return ExitCode.OK;
            }
            for (Conflict c : conflicts) {
                out.printf("record %d, %s: %s%n", c.recordId(), c.stage().id(), ReviewDedup.describe(r, c.recordId()));
                for (ScreeningDecision d : c.decisions()) {
                    out.printf("  %s: %s%s%s%n", d.reviewer(), d.decision().id(),
                            d.reason() == null ? "" : " (" + d.reason() + ")",
                            d.note() == null ? "" : " - " + d.note());
                }
            }
            out.printf("%d conflicts. Settle one: evsynth conflicts %s --resolve RECORD include|exclude --stage "
                    + "STAGE --as NAME%n", conflicts.size(), dir);
            return ExitCode.OK;
        });
    }
}
