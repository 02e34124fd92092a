package org.evsynth.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.evsynth.report.analysis.AnalysisFigures;
import org.evsynth.report.analysis.AnalysisPlan;
import org.evsynth.report.figure.Favours;
import org.evsynth.report.figure.ForestPlot;
import org.evsynth.report.table.InputException;
import org.evsynth.report.table.StudyTable;
import org.evsynth.report.table.StudyTableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** `evsynth forest`: the forest plot of the analysis `evsynth meta` runs with the same options. */
@Command(name = "forest", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Forest plot of a pairwise meta-analysis, in the RevMan layout.",
            "The input and the analysis options are those of `evsynth meta`; the format of the figure is chosen",
            "by the extension of --out: .svg, .png or .pdf."})
public final class ForestCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The study table (CSV with a header row).")
    private Path file;

    @CommandLine.Mixin
    private PoolingOptions pooling = new PoolingOptions();

    @CommandLine.Mixin
    private SubgroupOptions subgroups = new SubgroupOptions();

    @Option(names = "--group1", paramLabel = "NAME", defaultValue = "Experimental",
            description = "Name of group 1 (columns _1), for the headings and 'Favours NAME'. Default: ${DEFAULT-VALUE}.")
    private String group1;

    @Option(names = "--group2", paramLabel = "NAME", defaultValue = "Control",
            description = "Name of group 2 (columns _2). Default: ${DEFAULT-VALUE}.")
    private String group2;

    @Option(names = "--higher-is-better", description = "More of the outcome is good (survival, weaning): "
            + "'Favours' group 1 goes on the right of the line of no effect, group 2 on the left.")
    private boolean higherIsBetter;

    @Option(names = "--favours-left", paramLabel = "TEXT", description = "The text left of the line of no effect. "
            + "Default: 'Favours' and group 1's name (group 2's with --higher-is-better).")
    private String favoursLeft;

    @Option(names = "--favours-right", paramLabel = "TEXT", description = "The text right of the line of no effect. "
            + "Default: 'Favours' and group 2's name (group 1's with --higher-is-better).")
    private String favoursRight;

    @Option(names = "--title", paramLabel = "TEXT", description = "A title above the plot.")
    private String title;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file: .svg, .png or .pdf.")
    private Path out;

    @Override
    public Integer call() throws InputException {
        PrintWriter err = spec.commandLine().getErr();
        FigureOutput.check(out);
        AnalysisPlan plan = pooling.plan().withSubgroups(subgroups.subgroups());
        StudyTable table = StudyTableReader.read(file, plan.measure());
        subgroups.check(table);
        String svg = CommandFailure.about(table.file(), () -> {
            ForestPlot plot = AnalysisFigures.forest(plan.run(table)).withGroupLabels(group1, group2)
                    .withFavours(Favours.of(group1, group2, higherIsBetter).replacing(favoursLeft, favoursRight));
            return (title == null ? plot : plot.withTitle(title)).svg();
        });
        table.warnings().forEach(w -> err.println("evsynth forest: warning: " + w));
        return FigureOutput.write(svg, out, spec);
    }
}
