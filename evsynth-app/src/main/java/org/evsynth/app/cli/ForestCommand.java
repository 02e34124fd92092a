package org.evsynth.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.evsynth.app.io.InputException;
import org.evsynth.app.io.StudyRow;
import org.evsynth.app.io.StudyTable;
import org.evsynth.app.io.StudyTableReader;
import org.evsynth.report.figure.ForestPlot;
import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.MetaAnalysisException;
import org.evsynth.stats.regression.CommonTau2Subgroups;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `evsynth forest`: the forest plot of the analysis `evsynth meta` runs with the same options. */
@Command(name = "forest", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Forest plot of a pairwise meta-analysis, in the RevMan layout.",
            "The input and the analysis options are those of `evsynth meta`; the format of the figure is chosen",
            "by the extension of --out: .svg, .png or .pdf."})
public final class ForestCommand implements Callable<Integer> {

    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The study table (CSV with a header row).")
    private Path file;

    @CommandLine.Mixin
    private PoolingOptions pooling = new PoolingOptions();

    @Option(names = "--by", paramLabel = "COLUMN", description = "Subgroup analysis by this column.")
    private String by;

    @Option(names = "--common-tau2",
            description = "With --by: one tau² shared by all subgroups instead of a tau² per subgroup.")
    private boolean commonTau2;

    @Option(names = "--group1", paramLabel = "NAME", defaultValue = "Experimental",
            description = "Name of group 1 (columns _1), for the headings and 'Favours NAME'. Default: ${DEFAULT-VALUE}.")
    private String group1;

    @Option(names = "--group2", paramLabel = "NAME", defaultValue = "Control",
            description = "Name of group 2 (columns _2). Default: ${DEFAULT-VALUE}.")
    private String group2;

    @Option(names = "--title", paramLabel = "TEXT", description = "A title above the plot.")
    private String title;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file: .svg, .png or .pdf.")
    private Path out;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        MetaAnalysis analysis;
        StudyTable table;
        try {
            FigureOutput.check(out);
            analysis = pooling.settings();
            table = StudyTableReader.read(file, pooling.measure);
            checkColumn(table);
            if (commonTau2 && by == null) {
                throw new InputException("--common-tau2 goes with --by COLUMN");
            }
        } catch (InputException | IllegalArgumentException e) {
            err.println("evsynth forest: " + e.getMessage());
            return BAD_INPUT;
        }
        String svg;
        try {
            svg = plot(analysis, table).svg();
        } catch (MetaAnalysisException e) {
            err.println("evsynth forest: " + table.file() + ": " + e.getMessage());
            return FAILED;
        } catch (IllegalArgumentException e) {
            err.println("evsynth forest: " + table.file() + ": " + e.getMessage());
            return BAD_INPUT;
        }
        table.warnings().forEach(w -> err.println("evsynth forest: warning: " + w));
        return FigureOutput.write("forest", svg, out, spec);
    }

    private ForestPlot plot(MetaAnalysis analysis, StudyTable table) {
        ForestPlot plot;
        if (by != null) {
            Map<StudyData, String> groupOf = new IdentityHashMap<>();
            table.rows().forEach(r -> groupOf.put(r.data(), r.value(by)));
            plot = ForestPlot.of(commonTau2
                    ? CommonTau2Subgroups.run(analysis, table.measure(), table.studies(), groupOf::get)
                    : analysis.runBySubgroup(table.measure(), table.studies(), groupOf::get))
                    .withArms(table.studies(), groupOf::get);
        } else {
            plot = ForestPlot.of(analysis.run(table.measure(), table.studies())).withArms(table.studies());
        }
        plot = plot.withGroupLabels(group1, group2);
        return title == null ? plot : plot.withTitle(title);
    }

    /** The --by column must exist and have a value in every row, as `meta` requires. */
    private void checkColumn(StudyTable table) throws InputException {
        if (by == null) {
            return;
        }
        if (!table.header().contains(by)) {
            throw new InputException(String.format(Locale.ROOT, "%s: --by column '%s' is not in the file; found: %s",
                    table.file(), by, String.join(", ", table.header())));
        }
        for (StudyRow row : table.rows()) {
            if (row.value(by).isEmpty()) {
                throw InputException.at(table.file(), row.line(), by,
                        "the cell is empty; every study needs a value for --by");
            }
        }
    }
}
