package org.evsynth.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.evsynth.report.rob.RobTable;
import org.evsynth.report.rob.RobTool;
import org.evsynth.report.rob.SummaryPlot;
import org.evsynth.report.rob.TrafficLightPlot;
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

    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The judgement table (CSV with a header row).")
    private Path file;

    @Option(names = "--tool", required = true, paramLabel = "TOOL", description = "rob2 or robins-i.")
    private String tool;

    @Option(names = "--plot", paramLabel = "PLOT", defaultValue = "traffic-light",
            description = "traffic-light, summary or both. Default: ${DEFAULT-VALUE}.")
    private String plot;

    @Option(names = "--weighted", description = "Weight the summary plot by the Weight column.")
    private boolean weighted;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file: .svg, .png or .pdf.")
    private Path out;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String kind = plot.toLowerCase(Locale.ROOT);
        if (!List.of("traffic-light", "summary", "both").contains(kind)) {
            err.println("evsynth rob: --plot must be traffic-light, summary or both, not '" + plot + "'");
            return BAD_INPUT;
        }
        String extension = FigureOutput.extension(out);
        if (extension == null) {
            err.println("evsynth rob: cannot tell the format of '" + out + "': --out must end in .svg, .png or .pdf");
            return BAD_INPUT;
        }
        RobTool robTool;
        RobTable table;
        try {
            robTool = RobTool.of(tool);
            table = RobTable.read(file, robTool);
        } catch (NoSuchFileException e) {
            err.println("evsynth rob: " + file + ": no such file");
            return BAD_INPUT;
        } catch (IOException | IllegalArgumentException e) {
            err.println("evsynth rob: " + e.getMessage());
            return BAD_INPUT;
        }
        boolean summary = !kind.equals("traffic-light");
        if (summary && weighted && !table.hasWeights()) {
            err.println("evsynth rob: " + file + ", line 1: --weighted needs a Weight column after Overall");
            return BAD_INPUT;
        }
        List<Path> targets = new ArrayList<>();
        List<String> drawings = new ArrayList<>();
        if (!kind.equals("summary")) {
            targets.add(kind.equals("both") ? sibling(out, "-traffic-light", extension) : out);
            drawings.add(TrafficLightPlot.svg(table));
        }
        if (summary) {
            targets.add(kind.equals("both") ? sibling(out, "-summary", extension) : out);
            drawings.add(SummaryPlot.svg(table, weighted));
        }
        for (int i = 0; i < targets.size(); i++) {
            int code = FigureOutput.write("rob", drawings.get(i), targets.get(i), spec);
            if (code != 0) {
                return code;
            }
        }
        return 0;
    }


    private static Path sibling(Path path, String suffix, String extension) {
        String name = path.getFileName().toString();
        return path.resolveSibling(name.substring(0, name.length() - extension.length()) + suffix + extension);
    }
}
