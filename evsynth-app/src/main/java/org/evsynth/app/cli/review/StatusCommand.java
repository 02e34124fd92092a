package org.evsynth.app.cli.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.evsynth.app.cli.TextOrJson;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.review.Agreement;
import org.evsynth.review.ReviewStatus;
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
        description = {"The PRISMA 2020 counts derived from the review's decisions, per stage what is pending, per",
            "reviewer, and the reviewers' agreement (percent and Cohen's kappa, with the counts). JSON keys:",
            "identified {per_source, registers, total}, duplicates_removed, screened, excluded_screening,",
            "marked_by_automation (records left unscreened by a stop by the stopping rule, not among those",
            "screened and excluded), sought,",
            "not_retrieved, assessed, excluded_full_text {reason: n}, studies_included, reports_included,",
            "pending {STAGE: {undecided, conflicts, per_reviewer, decided_per_reviewer}},",
            "agreement {STAGE: [{reviewers, records, agreed, percent, kappa, table}]}."})
public final class StatusCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The review folder.")
    private Path dir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = TextOrJson.Words.class,
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    private TextOrJson format;

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Override
    public Integer call() throws IOException {
        return ReviewRun.run(spec, dir, review, r -> {
            ReviewStatus s = r.status();
            PrintWriter out = spec.commandLine().getOut();
            if (format == TextOrJson.JSON) {
                out.println(ReviewJson.write(s.asMap()));
            } else {
                out.print(text(r.title(), s));
            }
            return ExitCode.OK;
        });
    }

    static String text(String title, ReviewStatus s) {
        StringBuilder b = new StringBuilder();
        b.append(TerminalText.clean(title)).append('\n');
        b.append("Records identified:             ").append(s.identifiedTotal()).append(list(s.identifiedPerSource()))
                .append('\n');
        b.append("Duplicates removed:             ").append(s.duplicatesRemoved()).append('\n');
        int conflicts = s.pending().get(Stage.TITLE_ABSTRACT).conflicts();
        b.append("Records screened:               ").append(s.screened()).append(conflicts == 0 ? ""
                : String.format(Locale.ROOT, " (records with a final title-and-abstract decision; %d more in "
                        + "conflict await a third person)", conflicts)).append('\n');
        b.append("Records excluded:               ").append(s.excludedScreening()).append('\n');
        if (s.markedByAutomation() > 0) {
            b.append("Marked ineligible by automation: ").append(s.markedByAutomation())
                    .append(" (left unscreened when screening stopped by the stopping rule; evsynth stopping)\n");
        }
        b.append("Reports sought for retrieval:   ").append(s.sought()).append('\n');
        b.append("Reports not retrieved:          ").append(s.notRetrieved()).append('\n');
        b.append("Reports assessed (full text):   ").append(s.assessed()).append('\n');
        int excluded = s.excludedFullText().values().stream().mapToInt(Integer::intValue).sum();
        b.append("Reports excluded:               ").append(excluded).append(list(s.excludedFullText())).append('\n');
        b.append("Studies included:               ").append(s.studiesIncluded()).append('\n');
        b.append("Reports of included studies:    ").append(s.reportsIncluded()).append('\n');
        for (Stage stage : Stage.values()) {
            StagePending p = s.pending().get(stage);
            b.append(String.format(Locale.ROOT, "Pending at %-20s %d undecided", stage.id() + ":", p.undecided()));
            if (p.conflicts() > 0) {
                b.append(String.format(Locale.ROOT, " (%d of them in conflict)", p.conflicts()));
            }
            if (!p.perReviewer().isEmpty()) {
                b.append("; not yet screened by ").append(new TreeMap<>(p.perReviewer()).entrySet().stream()
                        .map(e -> TerminalText.clean(e.getKey()) + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
            }
            b.append('\n');
        }
        for (Stage stage : Stage.values()) {
            for (Agreement a : s.agreement().get(stage)) {
                b.append(String.format(Locale.ROOT, "Agreement at %-18s %s and %s agreed on %d of the %d records "
                        + "both decided (%.1f%%), Cohen's kappa %s%n", stage.id() + ":", TerminalText.clean(a.first()),
                        TerminalText.clean(a.second()), a.agreed(), a.records(), a.percent(),
                        Double.isNaN(a.kappa()) ? "not defined (one decision only)"
                                : String.format(Locale.ROOT, "%.2f", a.kappa())));
            }
        }
        return b.toString();
    }

    private static String list(Map<String, Integer> counts) {
        return counts.isEmpty() ? "" : new TreeMap<>(counts).entrySet().stream()
                .map(e -> TerminalText.clean(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
