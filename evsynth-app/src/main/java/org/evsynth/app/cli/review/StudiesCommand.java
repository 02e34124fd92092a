package org.evsynth.app.cli.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.evsynth.app.cli.CommandFailure;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.review.Review;
import org.evsynth.review.Studies;
import org.evsynth.review.Study;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evsynth studies}: studies, the unit of analysis, and the reports (records) linked to each. */
@Command(name = "studies", sortOptions = false, usageHelpAutoWidth = true,
        description = {"List the studies with their reports (the default), create a study with its reports, or",
            "link more reports to a study. A record is a report of at most one study; linking moves it; a report",
            "excluded at any stage, not retrieved or a duplicate is refused. Corrections: --unlink RECORD,",
            "--relabel STUDY --label TEXT, --withdraw STUDY.",
            "  evsynth studies DIR --create \"DanGer Shock\" --records 12,15",
            "  evsynth studies DIR --link 1 --records 40"})
public final class StudiesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The review folder.")
    private Path dir;

    @ArgGroup(exclusive = true)
    private Action action = new Action();

    static final class Action {
        @Option(names = "--create", paramLabel = "LABEL", description = "Create a study (\"Moller 2024\").")
        String create;

        @Option(names = "--link", paramLabel = "STUDY", description = "Link reports to this study (its id).")
        Long link;

        @Option(names = "--unlink", paramLabel = "RECORD", description = "Unlink this report from its study.")
        Long unlink;

        @Option(names = "--relabel", paramLabel = "STUDY", description = "Give this study the label --label.")
        Long relabel;

        @Option(names = "--withdraw", paramLabel = "STUDY",
                description = "Withdraw this study: its reports are unlinked, its data no longer exported.")
        Long withdraw;

        @Option(names = "--list", description = "List the studies and their reports (the default).")
        boolean list;
    }

    @Option(names = "--records", split = ",", paramLabel = "ID[,ID...]",
            description = "With --create or --link: the records that report the study.")
    private List<Long> records = List.of();

    @Option(names = "--label", paramLabel = "TEXT", description = "With --relabel: the new label.")
    private String label;

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Override
    public Integer call() throws IOException {
        if (action.link != null && records.isEmpty()) {
            throw CommandFailure.badInput("--link needs --records");
        }
        if (action.relabel != null && label == null) {
            throw CommandFailure.badInput("--relabel needs --label");
        }
        return ReviewRun.run(spec, dir, review, r -> {
            PrintWriter out = spec.commandLine().getOut();
            Studies studies = r.studies();
            if (action.create != null || action.link != null) {
                Study s = action.create != null
                        ? studies.create(review.actor(), new Studies.Create(action.create, records))
                        : studies.link(review.actor(), new Studies.Link(action.link, records));
                out.printf("evsynth studies: study %d%s, reports %s%n", s.id(),
                        action.create != null ? " '" + TerminalText.clean(action.create) + "' created" : "", records);
            } else if (action.unlink != null) {
                studies.unlink(review.actor(), action.unlink);
                out.printf("evsynth studies: record %d unlinked%n", action.unlink);
            } else if (action.relabel != null) {
                Study s = studies.relabel(review.actor(), new Studies.Relabel(action.relabel, label));
                out.printf("evsynth studies: study %d is now '%s'%n", s.id(), TerminalText.clean(s.label()));
            } else if (action.withdraw != null) {
                studies.withdraw(review.actor(), action.withdraw);
                out.printf("evsynth studies: study %d withdrawn%n", action.withdraw);
            } else {
                list(r, out);
            }
            return ExitCode.OK;
        });
    }

    private static void list(Review r, PrintWriter out) {
        List<Study> studies = r.studies().list();
        if (studies.isEmpty()) {
            out.println("No studies.");
        }
        for (Study s : studies) {
            out.printf("study %d: %s%n", s.id(), TerminalText.clean(s.label()));
            for (long report : s.reports()) {
                out.printf("  record %d: %s%n", report, ReviewDedup.describe(r, report));
            }
        }
    }
}
