package org.evsynth.report.figure;

import java.util.Locale;

/**
 * A risk-of-bias judgement as the forest plot's coloured circles show it, in robvis's colours and symbols (McGuinness
 * &amp; Higgins 2021). ROBINS-I's words map onto the same scale: moderate is drawn as some concerns, serious as high.
 */
public enum RobLevel {
    /** Low risk of bias. */
    LOW("low", "#02C100", "+"),
    /** Some concerns (RoB 2), moderate (ROBINS-I). */
    SOME_CONCERNS("some concerns", "#E2DF07", "−"),
    /** High (RoB 2), serious (ROBINS-I). */
    HIGH("high", "#BF0000", "×"),
    /** Critical (ROBINS-I). */
    CRITICAL("critical", "#820000", "!"),
    /** No information. */
    NO_INFORMATION("no information", "#4EA1F7", "?");

    private final String word;
    private final String colour;
    private final String symbol;

    RobLevel(String word, String colour, String symbol) {
        this.word = word;
        this.colour = colour;
        this.symbol = symbol;
    }

    /** The judgement in words, e.g. "some concerns". */
    public String word() {
        return word;
    }

    /** The robvis fill colour. */
    public String colour() {
        return colour;
    }

    /** The symbol robvis draws in the circle, for readers who cannot tell the colours apart. */
    public String symbol() {
        return symbol;
    }

    /**
     * The level named by a judgement, case-insensitively: low, some concerns, high, critical, no information, and
     * ROBINS-I's moderate and serious.
     *
     * @throws IllegalArgumentException for any other word, naming it
     */
    public static RobLevel parse(String judgement) {
        String key = judgement.trim().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return switch (key) {
            case "low" -> LOW;
            case "some concerns", "moderate" -> SOME_CONCERNS;
            case "high", "serious" -> HIGH;
            case "critical" -> CRITICAL;
            case "no information", "ni" -> NO_INFORMATION;
            default -> throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "unknown risk-of-bias judgement '%s'; expected low, some concerns, high, critical or "
                            + "no information (or ROBINS-I's moderate, serious)", judgement));
        };
    }
}
