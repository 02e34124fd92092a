package org.evsynth.app.cli.records;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.evsynth.app.cli.TextOrJson;
import org.evsynth.app.cli.review.ReviewDedup;
import org.evsynth.app.cli.review.ReviewOptions;
import org.evsynth.records.dedup.DedupOptions;
import org.evsynth.records.dedup.DeduplicationResult;
import org.evsynth.records.dedup.Deduplicator;
import org.evsynth.records.io.ImportResult;
import org.evsynth.records.io.ImportWarning;
import org.evsynth.app.cli.CommandFailure;
import org.evsynth.app.cli.EnumWords;
import org.evsynth.app.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evsynth dedup}: two-stage deduplication of record files. Certain duplicates are merged; probable
 * ones are listed for a person with their score and the fields that agree and disagree.
 */
@Command(name = "dedup", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Find duplicate records across and within files, in two stages.",
            "Stage one merges certain duplicates (same DOI or PMID with agreeing title and year, or the same "
                    + "title, year, first author and pages); stage two lists probable duplicates for review.",
            "Status per record: unique (kept: alone or first of its group), duplicate (merged automatically), "
                    + "review (in a pair awaiting a person). Positions are 1-based within each file; "
                    + "summary.unique counts the records kept.",
            "With a review folder (evsynth dedup DIR): applies stage one to the review's records, stored and "
                    + "undoable, and lists the review queue; --resolve PAIR same|different settles a pair."})
public final class DedupCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RecordInputs inputs = new RecordInputs();

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Option(names = "--resolve", arity = "2", paramLabel = "PAIR same|different",
            description = "With a review folder: settle a pair of the review queue.")
    private List<String> resolve;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", converter = TextOrJson.Words.class,
            description = "json or text (with a review folder, text unless json is asked for). "
                    + "Default: ${DEFAULT-VALUE}.")
    private TextOrJson format;

    @Option(names = "--threshold", paramLabel = "SCORE", defaultValue = "0.8",
            description = "Score from which a pair goes to review, in (0, 1]. Default: ${DEFAULT-VALUE}.")
    private double threshold;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.isReview(review)) {
            if (resolve != null) {
                return ReviewDedup.resolve(spec, inputs.files.get(0), review, resolve);
            }
            boolean json = spec.commandLine().getParseResult().hasMatchedOption("--format")
                    && format == TextOrJson.JSON;
            return ReviewDedup.run(spec, inputs.files.get(0), review, json);
        }
        if (resolve != null) {
            throw CommandFailure.badInput("--resolve applies to a review folder, not to record files");
        }
        DedupOptions options = DedupOptions.defaults().withReviewThreshold(threshold);
        ImportResult imported = inputs.read();
        for (ImportWarning warning : imported.warnings()) {
            err.println("warning: " + warning);
        }
        DeduplicationResult result = new Deduplicator(options).deduplicate(imported.records());
        out.print(format == TextOrJson.JSON ? DedupReport.json(result) : DedupReport.text(result));
        out.flush();
        return ExitCode.OK;
    }
}
