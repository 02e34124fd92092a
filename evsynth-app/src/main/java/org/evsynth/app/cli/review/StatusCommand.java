package org.evsynth.app.cli.review;

import java.io.IOException;
import org.evsynth.app.cli.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.evsynth.review.PrismaCounts;
import org.evsynth.review.Stage;
import org.evsynth.review.StagePending;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evsynth status}: the PRISMA 2020 counts, derived from the review's data, and what is left to decide. */
@Command(name = "status", sortOptions = false, usageHelpAutoWidth = true,
        description = {"The PRISMA 2020 counts derived from the review's decisions, and per stage what is pending,",
            "per reviewer. JSON keys: identified {per_source, total}, duplicates_removed, screened,",
            "excluded_screening, sought, not_retrieved, assessed, excluded_full_text {reason: n},",
            "studies_included, reports_included, pending {STAGE: {undecided, conflicts, per_reviewer}}."})
public final class StatusCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The review folder.")
    private Path dir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    private TextOrJson format;

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Override
    public Integer call() throws IOException {
        return ReviewRun.run(spec, dir, review, r -> {
            PrismaCounts s = r.status();
            PrintWriter out = spec.commandLine().getOut();
            if (format == TextOrJson.JSON) {
                out.println(ReviewJson.write(s.asMap()));
            } else {
                out.print(text(r.title(), s));
            }
            return ExitCode.OK;
        });
    }

    static String text(String title, PrismaCounts s) {
        StringBuilder b = new StringBuilder();
        b.append(title).append('\n');
        b.append("Records identified:             ").append(s.identifiedTotal()).append(list(s.identifiedPerSource()))
                .append('\n');
        b.append("Duplicates removed:             ").append(s.duplicatesRemoved()).append('\n');
        b.append("Records screened:               ").append(s.screened()).append('\n');
        b.append("Records excluded:               ").append(s.excludedScreening()).append('\n');
        b.append("Reports sought for retrieval:   ").append(s.sought()).append('\n');
        b.append("Reports not retrieved:          ").append(s.notRetrieved()).append('\n');
        b.append("Reports assessed (full text):   ").append(s.assessed()).append('\n');
        int excluded = s.excludedFullText().values().stream().mapToInt(Integer::intValue).sum();
        b.append("Reports excluded:               ").append(excluded).append(list(s.excludedFullText())).append('\n');
        b.append("Studies included:               ").append(s.studiesIncluded()).append('\n');
        b.append("Reports of included studies:    ").append(s.reportsIncluded()).append('\n');
        for (Stage stage : Stage.values()) {
            StagePending p = s.pending().get(stage);
            b.append(String.format("Pending at %-20s %d undecided, %d in conflict", stage.id() + ":", p.undecided(),
                    p.conflicts()));
            if (!p.perReviewer().isEmpty()) {
                b.append("; not yet screened by ").append(new TreeMap<>(p.perReviewer()).entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String list(Map<String, Integer> counts) {
        return counts.isEmpty() ? "" : new TreeMap<>(counts).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ", " (", ")"));
    }
}
