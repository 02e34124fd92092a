package org.evsynth.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.evsynth.app.cli.review.ReviewOptions;
import org.evsynth.app.cli.review.ReviewRun;
import org.evsynth.report.export.ReviewCounts;
import org.evsynth.report.prisma.PrismaCounts;
import org.evsynth.report.prisma.PrismaDiagram;
import org.evsynth.report.table.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `evsynth prisma`: the PRISMA 2020 flow diagram from a file of counts. Counts that do not add up are printed as
 * warnings on standard error; the diagram is still drawn, with the counts as reported.
 */
@Command(name = "prisma", sortOptions = false, usageHelpAutoWidth = true,
        description = {"PRISMA 2020 flow diagram from a CSV of counts: a header data,n (the PRISMA2020 R package's",
            "template, which reads as it is) or box,count, and one row per count, e.g.",
            "  records_screened,827      new_studies,10      duplicates,93",
            "  database:MEDLINE,412      register:ClinicalTrials.gov,20      reason:Wrong population,30",
            "Missing counts are drawn as 'n = unknown'; counts that follow arithmetically from others are",
            "drawn with ', derived'. The format is chosen by the extension of --out.",
            "With a review folder instead of a file (evsynth prisma DIR --out F), the review's own counts."})
public final class PrismaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "COUNTS|DIR", description = "The counts (CSV with a header row), or a "
            + "review folder.")
    private Path file;

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file: .svg, .png or .pdf.")
    private Path out;

    @Override
    public Integer call() throws IOException, InputException {
        PrintWriter err = spec.commandLine().getErr();
        FigureOutput.check(out);
        if (review.isReview(file)) {
            return ReviewRun.run(spec, file, review, r -> draw(PrismaDiagram.of(ReviewCounts.of(r)), err));
        }
        return draw(PrismaDiagram.of(PrismaCounts.read(file)), err);
    }

    /** Draws the diagram; counts that do not add up (screening still open, for a review) are warned about. */
    private int draw(PrismaDiagram diagram, PrintWriter err) {
        for (String warning : diagram.warnings()) {
            err.println("warning: " + file + ": " + warning);
        }
        return FigureOutput.write(diagram.svg(), out, spec);
    }
}
