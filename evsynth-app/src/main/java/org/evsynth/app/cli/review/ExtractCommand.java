package org.evsynth.app.cli.review;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evsynth extract}: one study's characteristics, or one arm's data for an outcome, in the shapes the engine
 * takes. {@code evsynth export} turns them into the analysis bundle.
 */
@Command(name = "extract", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Store extracted data for a study: its characteristics (without --outcome), or one arm's",
            "outcome data as events=,total= or mean=,sd=,n= or estimate=,lower=,upper=. Examples:",
            "  evsynth extract DIR --study 1 design=RCT country=Denmark n=360",
            "  evsynth extract DIR --study 1 --outcome \"Death at 180 days\" --arm \"Microaxial flow pump\" "
                    + "events=82 total=179",
            "For export, the first arm extracted for an outcome is group 1 (the experimental arm). An estimate",
            "with its CI (a contrast) is stored with the measure as the arm: --arm HR estimate=0.74 lower=0.55 "
                    + "upper=0.99."})
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The review folder.")
    private Path dir;

    @Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "The data.")
    private Map<String, String> data = new LinkedHashMap<>();

    @Option(names = "--study", required = true, paramLabel = "STUDY", description = "The study's id.")
    private long study;

    @Option(names = "--outcome", paramLabel = "NAME", description = "The outcome, with its time point.")
    private String outcome;

    @Option(names = "--arm", paramLabel = "NAME", description = "With --outcome: the arm (group).")
    private String arm;

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Override
    public Integer call() {
        if ((outcome == null) != (arm == null)) {
            return ReviewRun.fail(spec, "extract", "--outcome and --arm go together", ReviewRun.BAD_INPUT);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        data.forEach((k, v) -> values.put(k, number(v)));
        return ReviewRun.run(spec, "extract", dir, review, r -> {
            if (outcome == null) {
                r.extractCharacteristics(study, values, review.actor());
            } else {
                r.extractOutcome(study, outcome, arm, values, review.actor());
            }
            spec.commandLine().getOut().printf("evsynth extract: study %d%s: %s%n", study,
                    outcome == null ? " characteristics" : ", " + outcome + ", " + arm, values);
            return ReviewRun.OK;
        });
    }

    /** A whole number or a decimal as a number, anything else as text. */
    private static Object number(String v) {
        if (v.matches("-?\\d{1,18}")) {
            return Long.parseLong(v);
        }
        if (v.matches("-?\\d*\\.\\d+([eE][-+]?\\d+)?")) {
            return Double.parseDouble(v);
        }
        return v;
    }
}
