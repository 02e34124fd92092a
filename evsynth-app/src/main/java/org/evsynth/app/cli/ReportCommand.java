package org.evsynth.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.evsynth.report.bundle.BundleException;
import org.evsynth.report.document.Report;
import org.evsynth.report.files.OutputFolder;
import org.evsynth.report.output.Provenance;
import org.evsynth.report.table.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** `evsynth report`: the whole analysis bundle as one report. */
@Command(name = "report", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Analyse every outcome of a review's analysis bundle (review.yaml and its CSVs) and write",
            "OUT/index.html (self-contained), OUT/report.pdf, OUT/figures/ (SVG and PNG) and OUT/results.json.",
            "OUT may hold other files: they are left alone, and files an earlier report wrote there but this one",
            "does not are removed (OUT/" + Report.MANIFEST + " lists what evsynth wrote).",
            "",
            "An analysis bundle is a folder holding review.yaml (the title, the comparisons and their outcomes, each",
            "with its measure, model and study table), one study table per outcome (CSV, in the columns `evsynth",
            "meta --help` lists), and optionally a risk-of-bias table (robvis layout) and PRISMA 2020 counts, named",
            "under risk_of_bias and prisma. `evsynth export DIR` writes one from a review;",
            "examples/mcs-cardiogenic-shock is a complete one.",
            "Every key is described in the README, section 'The analysis bundle (review.yaml)'; a key evsynth does",
            "not know is an error naming the nearest one."})
public final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The analysis bundle: a folder with review.yaml.")
    private Path dir;

    @Option(names = "--out", paramLabel = "OUT", defaultValue = "report",
            description = "Folder to write the report to. Default: ${DEFAULT-VALUE}.")
    private Path out;

    @Override
    public Integer call() throws BundleException, InputException {
        PrintWriter err = spec.commandLine().getErr();
        Report.Summary summary;
        try {
            summary = Report.write(dir, out, Provenance.evsynthVersion());
        } catch (OutputFolder.UnsafeFolderException e) {
            throw CommandFailure.badInput("cannot write the report: " + e.getMessage(), e);
        } catch (IOException e) {
            throw CommandFailure.failed("cannot write the report: " + e.getMessage(), e);
        }
        spec.commandLine().getOut().printf("evsynth report: %d outcomes written to %s (index.html, report.pdf, "
                + "results.json, %d figures)%n", summary.outcomes(), out, summary.figures());
        summary.replaced().forEach(f -> err.println("warning: replaced " + out.resolve(f)
                + ", which no earlier evsynth report wrote"));
        summary.warnings().forEach(w -> err.println("warning: " + w));
        return ExitCode.OK;
    }
}
