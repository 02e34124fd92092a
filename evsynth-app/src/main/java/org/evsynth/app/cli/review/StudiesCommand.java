package org.evsynth.app.cli.review;

import java.io.IOException;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.app.cli.CommandFailure;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.evsynth.review.Review;
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
            "link more reports to a study. A record is a report of at most one study; linking moves it.",
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

        @Option(names = "--list", description = "List the studies and their reports (the default).")
        boolean list;
    }

    @Option(names = "--records", split = ",", paramLabel = "ID[,ID...]",
            description = "With --create or --link: the records that report the study.")
    private List<Long> records = List.of();

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Override
    public Integer call() throws IOException {
        if (action.link != null && records.isEmpty()) {
            throw CommandFailure.badInput("--link needs --records");
        }
        return ReviewRun.run(spec, dir, review, r -> {
            PrintWriter out = spec.commandLine().getOut();
            if (action.create != null || action.link != null) {
                for (long id : records) {
                    r.record(id);
                }
                long study = action.create != null ? r.createStudy(action.create, review.actor()) : action.link;
                for (long id : records) {
                    r.linkReport(study, id, review.actor());
                }
                out.printf("evsynth studies: study %d%s, reports %s%n", study,
                        action.create != null ? " '" + action.create + "' created" : "", records);
                return ExitCode.OK;
            }
            list(r, out);
            return ExitCode.OK;
        });
    }

    private static void list(Review r, PrintWriter out) {
        List<Study> studies = r.studies();
        if (studies.isEmpty()) {
            out.println("No studies.");
        }
        for (Study s : studies) {
            out.printf("study %d: %s%n", s.id(), s.label());
            for (long report : s.reports()) {
                out.printf("  record %d: %s%n", report, ReviewDedup.describe(r, report));
            }
        }
    }
}
