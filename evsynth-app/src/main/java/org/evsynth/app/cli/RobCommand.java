package org.evsynth.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.evsynth.report.rob.RobTable;
import org.evsynth.review.rob.RobTool;
import org.evsynth.report.rob.SummaryPlot;
import org.evsynth.report.rob.TrafficLightPlot;
import org.evsynth.report.table.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `evsynth rob`: the risk-of-bias traffic-light and summary plots of a judgement table, as robvis draws them. */
@Command(name = "rob", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Risk-of-bias figures from a CSV of judgements (the layout robvis reads):",
            "  Study,D1,...,Dn,Overall[,Weight]   n = 5 for RoB 2, 7 for ROBINS-I",
            "Judgements: Low, Some concerns, High, No information (RoB 2); Low, Moderate, Serious, Critical,",
            "No information (ROBINS-I); any case. The format is chosen by the extension of --out.",
            "With --plot both, two files are written: NAME-traffic-light.EXT and NAME-summary.EXT."})
public final class RobCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The judgement table (CSV with a header row).")
    private Path file;

    @Option(names = "--tool", required = true, paramLabel = "TOOL", description = "rob2 or robins-i.")
    private String tool;

    @Option(names = "--plot", paramLabel = "PLOT", defaultValue = "traffic-light", converter = Plot.Words.class,
            description = "traffic-light, summary or both. Default: ${DEFAULT-VALUE}.")
    private Plot plot;

    @Option(names = "--weighted", description = "Weight the summary plot by the Weight column.")
    private boolean weighted;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file: .svg, .png or .pdf.")
    private Path out;

    @Override
    public Integer call() throws IOException, InputException {
        FigureOutput.check(out);
        String extension = FigureOutput.extension(out);
        RobTable table = RobTable.read(file, RobTool.of(tool));
        boolean summary = plot != Plot.TRAFFIC_LIGHT;
        if (summary && weighted && !table.hasWeights()) {
            throw CommandFailure.badInput(file + ", line 1: --weighted needs a Weight column after Overall");
        }
        List<Path> targets = new ArrayList<>();
        List<String> drawings = new ArrayList<>();
        if (plot != Plot.SUMMARY) {
            targets.add(plot == Plot.BOTH ? sibling(out, "-traffic-light", extension) : out);
            drawings.add(TrafficLightPlot.svg(table));
        }
        if (summary) {
            targets.add(plot == Plot.BOTH ? sibling(out, "-summary", extension) : out);
            drawings.add(SummaryPlot.svg(table, weighted));
        }
        for (int i = 0; i < targets.size(); i++) {
            FigureOutput.write(drawings.get(i), targets.get(i), spec);
        }
        return ExitCode.OK;
    }

    /** The figures `--plot` asks for. */
    enum Plot {
        TRAFFIC_LIGHT, SUMMARY, BOTH;

        static final class Words extends EnumWords<Plot> {
            Words() {
                super(Plot.class);
            }
        }
    }


    private static Path sibling(Path path, String suffix, String extension) {
        String name = path.getFileName().toString();
        return path.resolveSibling(name.substring(0, name.length() - extension.length()) + suffix + extension);
    }
}
