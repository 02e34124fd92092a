package org.evsynth.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.evsynth.report.table.InputException;
import org.evsynth.report.table.StudyTable;
import org.evsynth.report.table.StudyTableReader;
import org.evsynth.report.figure.FunnelPlot;
import org.evsynth.stats.bias.TrimAndFill;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.MetaAnalysisException;
import org.evsynth.stats.meta.MetaAnalysisResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
        MetaAnalysis analysis = pooling.settings();
        StudyTable table = StudyTableReader.read(file, pooling.measure);
        String svg = CommandFailure.about(table.file(), () -> {
            MetaAnalysisResult result = analysis.run(table.measure(), table.studies());
            FunnelPlot plot = FunnelPlot.of(result);
            if (contours) {
                plot = plot.withContours();
            }
            if (trimFill) {
                EffectSizes sizes = analysis.effectSizes(table.measure(), table.studies());
                plot = plot.withTrimAndFill(TrimAndFill.run(analysis, table.measure(), sizes, trimFillEstimator,
                        trimFillSide));
            }
            return plot.svg();
        });
        table.warnings().forEach(w -> err.println("evsynth funnel: warning: " + w));
        return FigureOutput.write(svg, out, spec);
    }
}
