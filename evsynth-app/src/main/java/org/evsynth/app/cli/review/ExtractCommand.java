package org.evsynth.app.cli.review;

import java.io.IOException;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.app.cli.CommandFailure;
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

    @Option(names = "--rob", paramLabel = "TOOL",
            description = "Record risk-of-bias judgements with this tool (rob2 or robins-i): DOMAIN=JUDGEMENT pairs, "
                    + "e.g. D1=low D2=\"some concerns\" Overall=high; --support gives the reasoning; --outcome "
                    + "makes them outcome-specific.")
    private String rob;

    @Option(names = "--support", paramLabel = "TEXT", description = "With --rob: the quotes and reasoning.")
    private String support;

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    /** Judgements checked against the tool's scale before anything is written, so a typo writes nothing. */
    private Integer riskOfBias() throws IOException {
        org.evsynth.report.rob.RobTool tool;
        try {
            tool = org.evsynth.report.rob.RobTool.of(rob);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.badInput("--rob: " + e.getMessage());
        }
        if (data.isEmpty()) {
            throw CommandFailure.badInput("--rob needs DOMAIN=JUDGEMENT pairs, e.g. D1=low Overall=high");
        }
        for (Map.Entry<String, String> e : data.entrySet()) {
            org.evsynth.report.rob.Judgement level = org.evsynth.report.rob.Judgement.parse(e.getValue());
            if (level == null || !tool.allows(level)) {
                throw CommandFailure.badInput(String.format(java.util.Locale.ROOT,
                        "%s=%s: '%s' is not a %s judgement", e.getKey(), e.getValue(), e.getValue(),
                        tool.displayName()));
            }
        }
        return ReviewRun.run(spec, dir, review, r -> {
            for (Map.Entry<String, String> e : data.entrySet()) {
                r.assessRiskOfBias(study, new org.evsynth.review.RiskOfBias(tool.id(), outcome, e.getKey(),
                        org.evsynth.report.rob.Judgement.parse(e.getValue()).level(), support), review.actor());
            }
            spec.commandLine().getOut().printf("evsynth extract: study %d: %d risk-of-bias judgements (%s)%n", study,
                    data.size(), tool);
            return ExitCode.OK;
        });
    }

    @Override
    public Integer call() throws IOException {
        if (rob != null) {
            return riskOfBias();
        }
        if ((outcome == null) != (arm == null)) {
            throw CommandFailure.badInput("--outcome and --arm go together");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        data.forEach((k, v) -> values.put(k, number(v)));
        return ReviewRun.run(spec, dir, review, r -> {
            if (outcome == null) {
                r.extractCharacteristics(study, values, review.actor());
            } else {
                r.extractOutcome(study, outcome, arm, values, review.actor());
            }
            spec.commandLine().getOut().printf("evsynth extract: study %d%s: %s%n", study,
                    outcome == null ? " characteristics" : ", " + outcome + ", " + arm, values);
            return ExitCode.OK;
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
