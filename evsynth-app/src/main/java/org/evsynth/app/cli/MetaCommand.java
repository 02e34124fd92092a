package org.evsynth.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.evsynth.report.analysis.AnalysisPlan;
import org.evsynth.report.analysis.AnalysisResult;
import org.evsynth.report.analysis.Section;
import org.evsynth.report.analysis.Sections;
import org.evsynth.report.output.Provenance;
import org.evsynth.report.table.InputException;
import org.evsynth.report.table.StudyTable;
import org.evsynth.report.table.StudyTableReader;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.meta.Pooling;
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
            "  person-time  study,events_1,time_1,events_2,time_2",
            "  rates        study,events,time",
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
    private StudyRowOptions rows = new StudyRowOptions();

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
        AnalysisPlan plan = AnalysisPlan.of(pooling.settings().with(rows.missingValues())).withMeasure(pooling.measure)
                .withSubgroups(subgroups.subgroups()).withWeights(rows.weights);
        plan = plan.with(withOddsRatioTests(plan, sections.sections()));
        StudyTable table = StudyTableReader.read(file, plan.measure(), rows.missingValues());
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
        ProgressPrinter progress = ProgressPrinter.onStandardError("evsynth meta", "refits", err, false);
        try {
            progress.phase(String.format(java.util.Locale.ROOT, "analysing %,d studies", table.studies().size()));
            AnalysisResult result = CommandFailure.about(table.file(), () -> writer.run(table, progress));
            progress.output("writing the results");
            writer.write(result, null, provenance, out);
            out.flush();
        } finally {
            progress.finish();
        }
        return ExitCode.OK;
    }

    /**
     * Mantel-Haenszel pooling of odds ratios comes with the Cochran-Mantel-Haenszel and Tarone tests, as metafor's
     * rma.mh prints them.
     */
    private static Sections withOddsRatioTests(AnalysisPlan plan, Sections asked) {
        boolean oddsRatiosByMantelHaenszel = plan.settings().pooling() == Pooling.MH
                && plan.measure() == EffectMeasure.OR;
        return oddsRatiosByMantelHaenszel ? asked.with(Section.CMH, Section.TARONE) : asked;
    }

    /** The columns the options name must be in the table, and no section may be one the data can never have. */
    private void check(AnalysisPlan plan, StudyTable table) throws InputException {
        subgroups.check(table);
        rows.check(table);
        if (sections.cluster != null) {
            table.requireColumn(sections.cluster, "--cluster");
        }
        if (batch != null) {
            table.requireColumn(batch, "--batch");
        }
        if (sections.cumulative != null) {
            table.requireColumn(sections.cumulative, "--cumulative");
        }
        java.util.List<String> problems = plan.usageProblems(table.format(), table.measure());
        if (!problems.isEmpty()) {
            throw new InputException(table.file() + ": --" + problems.get(0));
        }
    }
}
