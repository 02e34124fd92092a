package org.evsynth.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.evsynth.report.table.InputException;
import org.evsynth.report.table.StudyTable;
import org.evsynth.report.table.StudyTableReader;
import org.evsynth.report.output.Provenance;
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

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The study table (CSV with a header row).")
    private Path file;

    @CommandLine.Mixin
    private PoolingOptions pooling = new PoolingOptions();

    @CommandLine.Mixin
    private SubgroupOptions subgroups = new SubgroupOptions();

    @Option(names = "--batch", paramLabel = "COLUMN",
            description = "One analysis per distinct value of this column; JSON output is one object per line.")
    private String batch;


    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv. Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @CommandLine.Mixin
    private SectionOptions sections = new SectionOptions();

    @Override
    public Integer call() throws InputException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MetaAnalysis analysis = pooling.settings();
        StudyTable table = StudyTableReader.read(file, pooling.measure);
        subgroups.check(table);
        if (batch != null) {
            table.requireColumn(batch, "--batch");
        }
        if (sections.cumulative != null) {
            table.requireColumn(sections.cumulative, "--cumulative");
        }
        checkBinary(table, sections.peters, "--peters");
        checkBinary(table, sections.harbord, "--harbord");
        Provenance provenance = new Provenance(Provenance.evsynthVersion(), table.file(), table.sha256(),
                spec.commandLine().getParseResult().originalArgs());
        if (batch != null) {
            return new BatchRun(new AnalysisWriter(analysis, table, subgroups, format, out, sections), table, batch, out, err).run();
        }
        StringBuilder text = new StringBuilder();
        CommandFailure.about(table.file(), () -> {
            new AnalysisWriter(analysis, table, subgroups, format, text, sections).append(table.rows(), null, provenance);
            return text;
        });
        out.print(text);
        out.flush();
        return ExitCode.OK;
    }

    private static void checkBinary(StudyTable table, boolean asked, String option) throws InputException {
        if (asked && table.format() != org.evsynth.report.table.InputFormat.BINARY) {
            throw new InputException(table.file() + ": " + option + " is a test for binary outcomes and needs the "
                    + "columns events_1,total_1,events_2,total_2");
        }
    }
}
