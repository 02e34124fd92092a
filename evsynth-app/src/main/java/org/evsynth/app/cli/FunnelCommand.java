package org.evsynth.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.evsynth.report.analysis.AnalysisFigures;
import org.evsynth.report.analysis.AnalysisPlan;
import org.evsynth.report.analysis.AnalysisResult;
import org.evsynth.report.analysis.Section;
import org.evsynth.report.analysis.Sections;
import org.evsynth.report.figure.FunnelPlot;
import org.evsynth.report.table.InputException;
import org.evsynth.report.table.StudyTable;
import org.evsynth.report.table.StudyTableReader;
import org.evsynth.stats.bias.TrimAndFill;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** `evsynth funnel`: the funnel plot of the analysis `evsynth meta` runs with the same options. */
@Command(name = "funnel", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Funnel plot of a pairwise meta-analysis: effects against standard errors, with the",
            "pseudo-95% region; optionally contour-enhanced and with the studies trim and fill imputes.",
            "The input and the analysis options are those of `evsynth meta`; the format of the figure is chosen",
            "by the extension of --out: .svg, .png or .pdf."})
public final class FunnelCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The study table (CSV with a header row).")
    private Path file;

    @CommandLine.Mixin
    private PoolingOptions pooling = new PoolingOptions();

    @Option(names = "--contours", description = "Shade the regions p > 0.10, 0.05-0.10, 0.01-0.05 and < 0.01 "
            + "around no effect (contour-enhanced funnel plot).")
    private boolean contours;

    @Option(names = "--trim-fill", description = "Add the studies Duval and Tweedie's trim and fill imputes, hollow.")
    private boolean trimFill;

    @Option(names = "--trim-fill-estimator", paramLabel = "L0|R0", defaultValue = "L0",
            description = "Estimator of the number of missing studies. Default: ${DEFAULT-VALUE}.")
    private TrimAndFill.Estimator trimFillEstimator;

    @Option(names = "--trim-fill-side", paramLabel = "left|right",
            description = "Side on which studies are missing. Default: chosen from the data.")
    private TrimAndFill.Side trimFillSide;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file: .svg, .png or .pdf.")
    private Path out;

    @Override
    public Integer call() throws InputException {
        PrintWriter err = spec.commandLine().getErr();
        FigureOutput.check(out);
        Sections sections = Sections.none().withTrimFill(trimFillEstimator, trimFillSide);
        AnalysisPlan plan = pooling.plan().with(trimFill ? sections.with(Section.TRIM_FILL) : sections);
        StudyTable table = StudyTableReader.read(file, plan.measure());
        String svg = CommandFailure.about(table.file(), () -> {
            AnalysisResult result = plan.run(table);
            String notDone = result.sections().notDone().get(Section.TRIM_FILL);
            if (notDone != null) {
                throw CommandFailure.badInput(table.file() + ": --trim-fill " + notDone);
            }
            FunnelPlot plot = AnalysisFigures.funnel(result);
            return (contours ? plot.withContours() : plot).svg();
        });
        table.warnings().forEach(w -> err.println("evsynth funnel: warning: " + w));
        return FigureOutput.write(svg, out, spec);
    }
}
