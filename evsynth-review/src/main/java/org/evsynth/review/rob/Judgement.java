package org.evsynth.review.rob;

import java.util.Locale;

/**
 * One risk-of-bias judgement, with the colour and symbol robvis draws for it (McGuinness &amp; Higgins 2021,
 * robvis, "cochrane" colour scheme), so that figures made by evsynth read like the ones reviewers already know.
 * RoB 2 and ROBINS-I share the colours across their scales: Some concerns and Moderate are yellow, High and Serious
 * red.
 */
public enum Judgement {
    LOW("Low", "+", "#02C100"),
    SOME_CONCERNS("Some concerns", "-", "#E2DF07"),
    MODERATE("Moderate", "-", "#E2DF07"),
    HIGH("High", "X", "#BF0000"),
    SERIOUS("Serious", "X", "#BF0000"),
    CRITICAL("Critical", "!", "#820000"),
    NO_INFORMATION("No information", "?", "#4EA1F7");

    private final String label;
    private final String symbol;
    private final String colour;

    Judgement(String label, String symbol, String colour) {
        this.label = label;
        this.symbol = symbol;
        this.colour = colour;
    }

    /** The word as the tools print it: "Some concerns". */
    public String label() {
        return label;
    }

    /** The level in lower case, the form other figures and the bundle use: "some concerns". */
    public String level() {
        return label.toLowerCase(Locale.ROOT);
    }

    /** The symbol robvis prints in the circle: +, -, X, ! or ?. */
    public String symbol() {
        return symbol;
    }

    /** The fill colour as #RRGGBB. */
    public String colour() {
        return colour;
    }

    /**
     * The judgement a word names, ignoring case, spaces and the words "risk (of bias)", so that "low risk",
     * "Some Concerns" and "NI" all read; null when the word names none.
     */
    public static Judgement parse(String word) {
        String w = word.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .replaceAll(" ?risk( of bias)?$", "");
        return switch (w) {
            case "low" -> LOW;
            case "some concerns", "some concern" -> SOME_CONCERNS;
            case "moderate" -> MODERATE;
            case "high" -> HIGH;
            case "serious" -> SERIOUS;
            case "critical" -> CRITICAL;
            case "no information", "no info", "ni" -> NO_INFORMATION;
            default -> null;
        };
    }
}
