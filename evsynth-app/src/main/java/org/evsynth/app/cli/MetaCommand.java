package org.evsynth.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.evsynth.report.analysis.AnalysisPlan;
import org.evsynth.report.analysis.AnalysisResult;
import org.evsynth.report.output.Provenance;
import org.evsynth.report.table.InputException;
import org.evsynth.report.table.StudyTable;
import org.evsynth.report.table.StudyTableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** `evsynth meta`: a pairwise meta-analysis of a study table. */
@Command(name = "meta", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Pairwise meta-analysis of a CSV study table.",
            "The input kind is recognised from the columns:",
            "  binary       study,events_1,total_1,events_2,total_2",
            "  continuous   study,mean_1,sd_1,n_1,mean_2,sd_2,n_2",
            "  proportions  study,events,total",
            "  generic      study,estimate,ci_lower,ci_upper  or  study,theta,se",
            "Group 1 is the experimental arm. Other columns are kept (for --by and --batch).",
            "A section that needs more studies than were pooled is not done, and says why."})
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
        AnalysisPlan plan = pooling.plan().withSubgroups(subgroups.subgroups()).with(sections.sections());
        StudyTable table = StudyTableReader.read(file, plan.measure());
        check(plan, table);
        AnalysisWriter writer = new AnalysisWriter(plan, format);
        if (batch != null) {
            ProgressPrinter progress = ProgressPrinter.onStandardError("evsynth meta: batch", "analyses", err, true);
            try {
                return new BatchRun(writer, table, batch, out, err, Runtime.getRuntime().availableProcessors())
                        .run(progress);
            } finally {
                progress.finish();
            }
        }
        Provenance provenance = new Provenance(Provenance.evsynthVersion(), table.file(), table.sha256(),
                spec.commandLine().getParseResult().originalArgs());
        ProgressPrinter progress = ProgressPrinter.onStandardError("evsynth meta: sensitivity analyses", "refits",
                err, false);
        AnalysisResult result;
        try {
            result = CommandFailure.about(table.file(), () -> writer.run(table, progress));
        } finally {
            progress.finish();
        }
        writer.write(result, null, provenance, out);
        out.flush();
        return ExitCode.OK;
    }

    /** The columns the options name must be in the table, and no section may be one the data can never have. */
    private void check(AnalysisPlan plan, StudyTable table) throws InputException {
        subgroups.check(table);
        if (batch != null) {
            table.requireColumn(batch, "--batch");
        }
        if (sections.cumulative != null) {
            table.requireColumn(sections.cumulative, "--cumulative");
        }
        java.util.List<String> problems = plan.usageProblems(table.format());
        if (!problems.isEmpty()) {
            throw new InputException(table.file() + ": --" + problems.get(0));
        }
    }
}
