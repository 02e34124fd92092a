package org.evsynth.app.cli.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.evsynth.app.cli.CommandFailure;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.report.bundle.BundleWriter;
import org.evsynth.report.export.BundleExport;
import org.evsynth.report.files.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evsynth export}: the analysis bundle of a live review, for {@code evsynth report}. */
@Command(name = "export", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Write the analysis bundle that evsynth report reads: OUT/review.yaml (question from the",
            "protocol; one comparison per pair of arms, one outcome per extracted outcome), OUT/data/*.csv (one",
            "study table per outcome, from the included studies' extracted data), OUT/prisma.csv (the review's",
            "counts) and OUT/rob.csv when risk-of-bias judgements cover every domain of the tool.",
            "Files an earlier export wrote and this one does not are removed; nothing else in OUT is touched.",
            "Then: evsynth report OUT --out report"})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The review folder.")
    private Path dir;

    @Option(names = "--bundle", required = true, paramLabel = "OUT", description = "The bundle folder to write.")
    private Path bundle;

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Override
    public Integer call() throws IOException {
        if (BundleWriter.holdsForeignBundle(bundle)) {
            throw CommandFailure.badInput(bundle + " holds a review.yaml evsynth export did not write; "
                    + "choose another folder");
        }
        if (bundle.toAbsolutePath().normalize().equals(dir.toAbsolutePath().normalize())) {
            throw CommandFailure.badInput("--bundle must be another folder than the review's");
        }
        return ReviewRun.run(spec, dir, review, r -> {
            BundleExport.Summary s;
            try {
                s = BundleExport.write(r, bundle);
            } catch (OutputFolder.UnsafeFolderException e) {
                throw CommandFailure.badInput("cannot write the bundle: " + e.getMessage(), e);
            }
            s.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
            if (s.outcomes() == 0) {
                throw CommandFailure.failed("no included study has extracted outcome data; nothing for "
                        + "evsynth report to analyse");
            }
            spec.commandLine().getOut().printf("evsynth export: %d outcomes of %d included studies written to %s%s%n",
                    s.outcomes(), s.studies(), bundle, s.rob() ? " (with rob.csv)" : "");
            return ExitCode.OK;
        });
    }
}
