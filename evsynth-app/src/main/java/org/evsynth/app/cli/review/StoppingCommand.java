package org.evsynth.app.cli.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.app.cli.TextOrJson;
import org.evsynth.records.screening.StoppingState;
import org.evsynth.review.Actor;
import org.evsynth.review.ScreeningStop;
import org.evsynth.review.StoppingStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evsynth stopping}: where prioritised title-and-abstract screening stands against the stopping rule
 * ({@link org.evsynth.review.ScreeningStops#status}), and the owner's stop by the rule
 * ({@link org.evsynth.review.ScreeningStops#stop}), refused with the rule's reason until it says stop.
 */
@Command(name = "stopping", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Show where prioritised screening stands against the stopping rule, or stop by it (owner).",
            "In priority order (screening.order: priority) the rule is the hypergeometric test of Callaghan &",
            "Müller-Hansen (2020); shown: the recall reached with the stated confidence, a point estimate, the",
            "test's p-value against the target, the records screened and the",
            "random sample's counts, with the ranked-tail p-value and two heuristics beside it (labelled so: they",
            "carry no guarantee), and the stops made. --stop (the review's owner) stops screening by the rule: the",
            "records nobody has screened are marked ineligible by automation, as PRISMA 2020 counts them; refused",
            "(exit 2, with the rule's p-value) while the rule does not say stop. JSON keys: reviewer, order, stop,",
            "rule, target_recall, confidence, p_value, recall_estimate, recall_lower_bound, records, screened,",
            "relevant_found, random_sample {started_at, size, relevant}, heuristics {note, ranked_tail_p_value,",
            "irrelevant_since_relevant, irrelevant_run, irrelevant_run_says_stop, knee_slope_ratio,",
            "knee_says_stop}, stops [{stopped_by, at, model, rule, target_recall, confidence, p_value, screened,",
            "records_marked}], marked_by_automation."})
public final class StoppingCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The review folder.")
    private Path dir;

    @Option(names = "--reviewer", paramLabel = "NAME", description = "Whose ranking the rule is evaluated on (in "
            + "dual screening each reviewer's own decisions). Default: the person acting (--as).")
    private String reviewer;

    @Option(names = "--stop", description = "Stop screening by the rule, as the review's owner (--as NAME).")
    private boolean stop;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = TextOrJson.Words.class,
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    private TextOrJson format;

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Override
    public Integer call() throws IOException {
        if (stop && reviewer != null) {
            throw org.evsynth.app.cli.CommandFailure.badInput("--stop evaluates the rule on the ranking of the "
                    + "person stopping: name them with --as, not --reviewer");
        }
        Actor who = reviewer == null ? review.actor() : Actor.named(reviewer);
        return ReviewRun.run(spec, dir, review, r -> {
            PrintWriter out = spec.commandLine().getOut();
            if (stop) {
                review.requireOwner(dir, "stop screening by the stopping rule");
                ScreeningStop s = r.screeningStops().stop(who);
                out.printf(Locale.ROOT, "evsynth stopping: title-and-abstract screening stopped by %s (p = %.4f "
                        + "after %d records screened): %d records marked ineligible by automation%n",
                        TerminalText.clean(s.stoppedBy()), s.pValue(), s.screened(), s.recordsMarked());
                return ExitCode.OK;
            }
            StoppingStatus status = r.screeningStops().status(who);
            out.print(format == TextOrJson.JSON ? ReviewJson.write(status.asMap()) + "\n" : text(status));
            return ExitCode.OK;
        });
    }

    static String text(StoppingStatus status) {
        StringBuilder b = new StringBuilder();
        StoppingState s = status.state();
        if (s == null) {
            b.append(String.format(Locale.ROOT, "screening.order is %s: the stopping rule applies to prioritised "
                    + "screening only (screening.order: priority)%n", status.order().name().toLowerCase(Locale.ROOT)));
        } else {
            b.append(String.format(Locale.ROOT, "Stopping rule (on %s's ranking): %s%n",
                    TerminalText.clean(status.reviewer()), s.settings().describe()));
            b.append(String.format(Locale.ROOT, "  target: recall %.0f%% shown with %.0f%% confidence%n",
                    100 * s.settings().targetRecall(), 100 * s.settings().confidence()));
            b.append(String.format(Locale.ROOT, "  screened: %d of %d records, %d relevant found%n", s.screened(),
                    s.records(), s.relevantFound()));
            b.append(String.format(Locale.ROOT, "  recall reached with %.0f%% confidence: %.1f%%; point estimate: "
                    + "%s%n", 100 * s.settings().confidence(), 100 * s.recallLowerBound(),
                    percent(s.recallEstimate())));
            b.append(String.format(Locale.ROOT, "  random sample: %s%n", s.sampling() ? String.format(Locale.ROOT,
                    "%d records since record %d screened, %d relevant", s.sampleSize(), s.sampleStart(),
                    s.sampleRelevant()) : "not started (records still come in model order)"));
            b.append(String.format(Locale.ROOT, "  p = %.4f for recall below %.0f%% (stop when below %.2f): %s%n",
                    s.pValue(), 100 * s.settings().targetRecall(), s.settings().alpha(), s.stop()
                            ? "the rule says stop" : "the rule does not say stop yet"));
            b.append(String.format(Locale.ROOT, "  heuristics (no guarantee): ranked-tail p = %s; %d irrelevant "
                    + "since the last relevant (threshold %d%s); knee method %s%n", number(s.rankedTailPValue()),
                    s.irrelevantSinceRelevant(), s.settings().irrelevantRun(), s.irrelevantRunStop() ? ", reached"
                            : "", s.kneeStop() ? "says stop" : Double.isNaN(s.kneeSlopeRatio()) ? "has no knee yet"
                            : String.format(Locale.ROOT, "slope ratio %.1f", s.kneeSlopeRatio())));
        }
        for (ScreeningStop stop : status.stops()) {
            b.append(String.format(Locale.ROOT, "Stopped by %s on %s: p = %.4f after %d records screened; %d "
                    + "records marked ineligible by automation%n", TerminalText.clean(stop.stoppedBy()),
                    stop.at().toString().substring(0, 10), stop.pValue(), stop.screened(), stop.recordsMarked()));
        }
        b.append(String.format(Locale.ROOT, "Marked ineligible by automation now: %d%n", status.markedByAutomation()));
        return b.toString();
    }

    private static String percent(double x) {
        return Double.isNaN(x) ? "none yet (no relevant record found)" : String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }

    private static String number(double x) {
        return Double.isNaN(x) ? "none yet" : String.format(Locale.ROOT, "%.4f", x);
    }
}
