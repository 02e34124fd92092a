package org.evsynth.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.evsynth.app.io.InputException;
import org.evsynth.app.io.StudyRow;
import org.evsynth.app.io.StudyTable;
import org.evsynth.app.io.StudyTableReader;
import org.evsynth.app.output.Provenance;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.MetaAnalysisException;
import org.evsynth.stats.meta.Model;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `evsynth meta`: a pairwise meta-analysis of a study table. */
@Command(name = "meta", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Pairwise meta-analysis of a CSV study table.",
            "The input kind is recognised from the columns:",
            "  binary       study,events_1,total_1,events_2,total_2",
            "  continuous   study,mean_1,sd_1,n_1,mean_2,sd_2,n_2",
            "  proportions  study,events,total",
            "  generic      study,estimate,ci_lower,ci_upper  or  study,theta,se",
            "Group 1 is the experimental arm. Other columns are kept (for --by and --batch)."})
public final class MetaCommand implements Callable<Integer> {

    /** Exit code for an analysis that could not be done. */
    static final int ANALYSIS_FAILED = 1;
    /** Exit code for bad usage or bad input. */
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
            description = "With --by: one tau² shared by all subgroups (from the mixed-effects model with the subgroup "
                    + "as moderator) instead of a tau² per subgroup.")
    private boolean commonTau2;

    @Option(names = "--batch", paramLabel = "COLUMN",
            description = "One analysis per distinct value of this column; JSON output is one object per line.")
    private String batch;


    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv. Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @CommandLine.Mixin
    private SectionOptions sections = new SectionOptions();

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MetaAnalysis analysis;
        StudyTable table;
        try {
            analysis = pooling.settings();
            table = StudyTableReader.read(file, pooling.measure);
            checkColumn(table, by, "--by");
            checkColumn(table, batch, "--batch");
            checkColumn(table, sections.cumulative, "--cumulative");
            if (commonTau2 && by == null) {
                throw new InputException("--common-tau2 goes with --by COLUMN");
            }
            checkBinary(table, sections.peters, "--peters");
            checkBinary(table, sections.harbord, "--harbord");
        } catch (InputException e) {
            err.println("evsynth meta: " + e.getMessage());
            return BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("evsynth meta: " + e.getMessage());
            return BAD_INPUT;
        }
        Provenance provenance = new Provenance(Provenance.evsynthVersion(), table.file(), table.sha256(),
                spec.commandLine().getParseResult().originalArgs());
        if (batch != null) {
            return new BatchRun(new AnalysisWriter(analysis, table, by, commonTau2, format, out, sections), table, batch, out, err).run();
        }
        StringBuilder text = new StringBuilder();
        try {
            new AnalysisWriter(analysis, table, by, commonTau2, format, text, sections).append(table.rows(), null, provenance);
        } catch (MetaAnalysisException e) {
            err.println("evsynth meta: " + table.file() + ": " + e.getMessage());
            return ANALYSIS_FAILED;
        } catch (IllegalArgumentException e) {
            err.println("evsynth meta: " + table.file() + ": " + e.getMessage());
            return BAD_INPUT;
        }
        out.print(text);
        out.flush();
        return 0;
    }

    /** The column must exist, and have a value in every row. */
    private static void checkColumn(StudyTable table, String column, String option) throws InputException {
        if (column == null) {
            return;
        }
        if (!table.header().contains(column)) {
            throw new InputException(String.format(Locale.ROOT, "%s: %s column '%s' is not in the file; found: %s",
                    table.file(), option, column, String.join(", ", table.header())));
        }
        for (StudyRow row : table.rows()) {
            if (row.value(column).isEmpty()) {
                throw InputException.at(table.file(), row.line(), column,
                        "the cell is empty; every study needs a value for " + option);
            }
        }
    }

    private static void checkBinary(StudyTable table, boolean asked, String option) throws InputException {
        if (asked && table.format() != org.evsynth.app.io.InputFormat.BINARY) {
            throw new InputException(table.file() + ": " + option + " is a test for binary outcomes and needs the "
                    + "columns events_1,total_1,events_2,total_2");
        }
    }
}
