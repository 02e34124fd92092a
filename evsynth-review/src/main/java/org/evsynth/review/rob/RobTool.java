package org.evsynth.review.rob;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A risk-of-bias tool: its domains, in the order the tool numbers them, and the judgements its scale allows.
 * Domain names follow robvis, with British spelling.
 */
public enum RobTool {
    /** RoB 2 for randomised trials (Sterne et al. 2019, BMJ 366:l4898). */
    ROB2("rob2", "RoB 2",
            List.of("Bias arising from the randomisation process",
                    "Bias due to deviations from intended interventions",
                    "Bias due to missing outcome data",
                    "Bias in measurement of the outcome",
                    "Bias in selection of the reported result"),
            List.of(Judgement.LOW, Judgement.SOME_CONCERNS, Judgement.HIGH, Judgement.NO_INFORMATION)),
    /** ROBINS-I for non-randomised studies of interventions (Sterne et al. 2016, BMJ 355:i4919). */
    ROBINS_I("robins-i", "ROBINS-I",
            List.of("Bias due to confounding",
                    "Bias due to selection of participants",
                    "Bias in classification of interventions",
                    "Bias due to deviations from intended interventions",
                    "Bias due to missing data",
                    "Bias in measurement of outcomes",
                    "Bias in selection of the reported result"),
            List.of(Judgement.LOW, Judgement.MODERATE, Judgement.SERIOUS, Judgement.CRITICAL,
                    Judgement.NO_INFORMATION));

    private final String id;
    private final String displayName;
    private final List<String> domains;
    private final List<Judgement> scale;

    RobTool(String id, String displayName, List<String> domains, List<Judgement> scale) {
        this.id = id;
        this.displayName = displayName;
        this.domains = domains;
        this.scale = scale;
    }

    /** The command-line word: rob2 or robins-i. */
    public String id() {
        return id;
    }

    /** The name as printed: "RoB 2", "ROBINS-I". */
    public String displayName() {
        return displayName;
    }

    /** The domains' names, D1 first. */
    public List<String> domains() {
        return domains;
    }

    /** The judgements this tool's scale allows, from least to most concerning, No information last. */
    public List<Judgement> scale() {
        return scale;
    }

    /** Whether this tool's scale allows the judgement. */
    public boolean allows(Judgement judgement) {
        return scale.contains(judgement);
    }

    /** The scale as a readable list for messages: "Low, Some concerns, High, No information". */
    public String scaleText() {
        return scale.stream().map(Judgement::label).collect(Collectors.joining(", "));
    }

    /** The name of the judgement that sums up the domains, after D1..Dn in a table. */
    public static final String OVERALL = "Overall";

    /**
     * The domain a word names, as this tool names it: "D1".."Dn", the domain's name in British or American spelling,
     * or "Overall"; empty when the word names none of them.
     */
    public java.util.Optional<String> domain(String word) {
        String w = comparable(word);
        if (w.equals("overall")) {
            return java.util.Optional.of(OVERALL);
        }
        for (int k = 0; k < domains.size(); k++) {
            if (w.equals("d" + (k + 1)) || w.equals(comparable(domains.get(k)))) {
                return java.util.Optional.of(domains.get(k));
            }
        }
        return java.util.Optional.empty();
    }

    private static String comparable(String s) {
        return s.toLowerCase(Locale.ROOT).replace('z', 's').replaceAll("[^a-z0-9]", "");
    }

    /**
     * The tool a word names ("rob2", "RoB 2", "robins-i", "ROBINS_I").
     *
     * @throws IllegalArgumentException naming the word and the choices
     */
    public static RobTool of(String word) {
        String w = word.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
        for (RobTool tool : values()) {
            if (tool.id.replace("-", "").equals(w)) {
                return tool;
            }
        }
        throw new IllegalArgumentException("unknown risk-of-bias tool '" + word + "': use rob2 or robins-i");
    }
}
