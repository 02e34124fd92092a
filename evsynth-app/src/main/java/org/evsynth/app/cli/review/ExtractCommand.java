package org.evsynth.app.cli.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evsynth.app.cli.CommandFailure;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.review.ExtractionEntry;
import org.evsynth.review.Extraction;
import org.evsynth.review.RobAssessment;
import org.evsynth.review.rob.RobTool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evsynth extract}: one study's characteristics, or one arm's data for an outcome, in the shapes the engine
 * takes, checked on entry with the engine's rules; risk-of-bias judgements; corrections and bulk imports.
 * {@code evsynth export} turns them into the analysis bundle.
 */
@Command(name = "extract", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Store extracted data for a study: its characteristics (without --outcome), or one arm's",
            "outcome data as events=,total= or mean=,sd=,n= or estimate=,lower=,upper= (checked as the analysis",
            "checks them: no mean=abc, no sd=-2). Examples:",
            "  evsynth extract DIR --study 1 design=RCT country=Denmark n=360",
            "  evsynth extract DIR --study 1 --outcome \"Death at 180 days\" --arm \"Microaxial flow pump\" "
                    + "events=82 total=179",
            "For export, the first arm extracted for an outcome is group 1 (the experimental arm). An estimate",
            "with its CI (a contrast) is stored with the measure as the arm: --arm HR estimate=0.74 lower=0.55 "
                    + "upper=0.99.",
            "Corrections: enter the data again (the newest wins), --withdraw (with --outcome and --arm, or the",
            "characteristics), --rename-arm NAME / --rename-outcome NAME. In bulk: --import FILE.csv with the",
            "columns study,outcome,arm,events,total,mean,sd,n,estimate,lower,upper (all or nothing); with --rob,",
            "the columns study,domain,judgement,outcome,support."})
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The review folder.")
    private Path dir;

    @Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "The data.")
    private Map<String, String> data = new LinkedHashMap<>();

    @Option(names = "--study", paramLabel = "STUDY", description = "The study's id (required but with --import).")
    private Long study;

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

    @Option(names = "--withdraw", description = "Withdraw the characteristics, the --outcome --arm data, or with "
            + "--rob the judgements of the --domain given.")
    private boolean withdraw;

    @Option(names = "--domain", paramLabel = "DOMAIN", description = "With --rob --withdraw: a domain (repeat).")
    private List<String> domains = List.of();

    @Option(names = "--rename-arm", paramLabel = "NAME", description = "Move the --outcome --arm data to this arm.")
    private String renameArm;

    @Option(names = "--rename-outcome", paramLabel = "NAME",
            description = "Move the --outcome --arm data to this outcome.")
    private String renameOutcome;

    @Option(names = "--import", paramLabel = "FILE.csv", description = "Store the arms (or with --rob the "
            + "judgements) listed in the file, all or nothing.")
    private Path importFile;

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Override
    public Integer call() throws IOException {
        if (importFile == null && study == null) {
            throw CommandFailure.badInput("Missing required option: '--study=STUDY'");
        }
        if (rob != null) {
            return riskOfBias(tool());
        }
        if ((outcome == null) != (arm == null)) {
            throw CommandFailure.badInput("--outcome and --arm go together");
        }
        if (importFile != null) {
            var csv = CsvFiles.open(importFile);
            return ReviewRun.run(spec, dir, review, r -> done(r.extraction().importArms(review.actor(), csv).size()
                    + " arms stored from " + importFile));
        }
        if (withdraw || renameArm != null || renameOutcome != null) {
            return correct();
        }
        return ReviewRun.run(spec, dir, review, r -> {
            ExtractionEntry e = outcome == null
                    ? r.extraction().characteristics(review.actor(), new Extraction.Characteristics(study, data))
                    : r.extraction().arm(review.actor(), new Extraction.Arm(study, outcome, arm, data));
            return done("study " + study + (outcome == null ? " characteristics" : ", " + outcome + ", " + arm)
                    + ": " + e.data());
        });
    }

    private int correct() throws IOException {
        if ((renameArm != null || renameOutcome != null) && outcome == null) {
            throw CommandFailure.badInput("--rename-arm and --rename-outcome need --outcome and --arm");
        }
        return ReviewRun.run(spec, dir, review, r -> {
            if (withdraw) {
                r.extraction().withdraw(review.actor(), new Extraction.Withdraw(study, outcome, arm));
                return done("study " + study + ": " + (outcome == null ? "characteristics" : outcome + ", " + arm)
                        + " withdrawn");
            }
            ExtractionEntry e = r.extraction().rename(review.actor(), new Extraction.Rename(study, outcome, arm,
                    renameOutcome != null ? renameOutcome : outcome, renameArm != null ? renameArm : arm));
            return done("study " + study + ": " + outcome + ", " + arm + " is now " + e.outcome() + ", " + e.arm());
        });
    }

    private RobTool tool() {
        try {
            return RobTool.of(rob);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.badInput("--rob: " + e.getMessage());
        }
    }

    /** Judgements checked against the tool's scale, all in one transaction, so that a typo writes nothing. */
    private Integer riskOfBias(RobTool tool) throws IOException {
        if (importFile != null) {
            var csv = CsvFiles.open(importFile);
            return ReviewRun.run(spec, dir, review, r -> done(r.riskOfBias().importJudgements(review.actor(), tool,
                    csv).size() + " risk-of-bias judgements (" + tool + ") stored from " + importFile));
        }
        if (withdraw) {
            return ReviewRun.run(spec, dir, review, r -> {
                for (String d : domains) {
                    r.riskOfBias().withdraw(review.actor(), new RobAssessment.Withdraw(study, tool, outcome, d));
                }
                return done("study " + study + ": " + domains.size() + " risk-of-bias judgements withdrawn");
            });
        }
        if (data.isEmpty()) {
            throw CommandFailure.badInput("--rob needs DOMAIN=JUDGEMENT pairs, e.g. D1=low Overall=high");
        }
        List<RobAssessment.Assess> commands = new ArrayList<>();
        data.forEach((domain, level) -> commands.add(new RobAssessment.Assess(study, tool, outcome, domain, level,
                support)));
        return ReviewRun.run(spec, dir, review, r -> {
            r.riskOfBias().assessAll(review.actor(), commands);
            return done("study " + study + ": " + data.size() + " risk-of-bias judgements (" + tool + ")");
        });
    }

    private int done(String what) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("evsynth extract: " + TerminalText.clean(what));
        return ExitCode.OK;
    }
}
