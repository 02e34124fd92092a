package org.evsynth.app.cli.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.evsynth.app.cli.CommandFailure;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.review.Conflict;
import org.evsynth.review.Conflicts;
import org.evsynth.review.Decision;
import org.evsynth.review.Resolution;
import org.evsynth.review.Review;
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
        description = {"List the records whose reviewers disagree (dual screening), by stage and record, or settle",
            "them as a third person: --resolve RECORD include|exclude (repeat it for several) --stage STAGE",
            "[--reason R] [--note N] --as NAME, or --import FILE.csv with the columns",
            "record,stage,decision[,reason][,note]. Settling is all or nothing, and only where the reviewers",
            "disagree."})
public final class ConflictsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The review folder.")
    private Path dir;

    @Option(names = "--resolve", arity = "2", paramLabel = "RECORD include|exclude",
            description = "Settle a record's conflict as a third person; repeat for several records.")
    private List<String> resolve;

    @Option(names = "--stage", paramLabel = "STAGE", defaultValue = "title-abstract",
            description = "With --resolve: title-abstract or full-text. Default: ${DEFAULT-VALUE}.")
    private String stage;

    @Option(names = "--reason", paramLabel = "TEXT", description = "With --resolve: the exclusion reason.")
    private String reason;

    @Option(names = "--note", paramLabel = "TEXT", description = "With --resolve: a note.")
    private String note;

    @Option(names = "--import", paramLabel = "FILE.csv",
            description = "Settle the conflicts listed in the file (record,stage,decision,reason,note).")
    private Path importFile;

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Override
    public Integer call() throws IOException {
        if (importFile != null) {
            var csv = CsvFiles.open(importFile);
            return ReviewRun.run(spec, dir, review, r -> {
                List<Resolution> done = r.conflicts().importResolutions(review.actor(), csv);
                spec.commandLine().getOut().printf("evsynth conflicts: %d conflicts settled from %s by %s%n",
                        done.size(), importFile, TerminalText.clean(review.actor().name()));
                return ExitCode.OK;
            });
        }
        if (resolve != null) {
            List<Conflicts.Resolve> commands = commands();
            return ReviewRun.run(spec, dir, review, r -> {
                for (Resolution x : r.conflicts().resolveAll(review.actor(), commands)) {
                    spec.commandLine().getOut().printf("evsynth conflicts: record %d %s at %s by %s%n", x.record(),
                            x.decision() == Decision.INCLUDE ? "included" : "excluded", x.stage().id(),
                            TerminalText.clean(x.resolver()));
                }
                return ExitCode.OK;
            });
        }
        return ReviewRun.run(spec, dir, review, r -> list(r, spec.commandLine().getOut()));
    }

    /** The --resolve pairs, RECORD and include|exclude each. */
    private List<Conflicts.Resolve> commands() {
        Stage s;
        try {
            s = Stage.of(stage);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.badInput(e.getMessage());
        }
        List<Conflicts.Resolve> out = new ArrayList<>();
        for (int i = 0; i + 1 < resolve.size(); i += 2) {
            long record;
            try {
                record = Long.parseLong(resolve.get(i));
            } catch (NumberFormatException e) {
                throw CommandFailure.badInput("--resolve RECORD include|exclude: '" + resolve.get(i)
                        + "' is not a record id");
            }
            Decision d;
            try {
                d = Decision.of(resolve.get(i + 1));
            } catch (IllegalArgumentException e) {
                throw CommandFailure.badInput("--resolve " + resolve.get(i) + ": " + e.getMessage());
            }
            out.add(new Conflicts.Resolve(record, s, d, reason, note));
        }
        return out;
    }

    private int list(Review r, PrintWriter out) {
        List<Conflict> conflicts = r.conflicts().list(null);
        if (conflicts.isEmpty()) {
            out.println("No conflicts.");
            return ExitCode.OK;
        }
        for (Conflict c : conflicts) {
            out.printf("record %d, %s: %s%n", c.recordId(), c.stage().id(), ReviewDedup.describe(r, c.recordId()));
            for (ScreeningDecision d : c.decisions()) {
                out.printf("  %s: %s%s%s%n", TerminalText.clean(d.reviewer()), d.decision().id(),
                        d.reason() == null ? "" : " (" + TerminalText.clean(d.reason()) + ")",
                        d.note() == null ? "" : " - " + TerminalText.clean(d.note()));
            }
        }
        out.printf("%d conflicts. Settle one: evsynth conflicts %s --resolve RECORD include|exclude --stage "
                + "STAGE --as NAME%n", conflicts.size(), dir);
        return ExitCode.OK;
    }
}
