package org.evsynth.report.grade;

import java.util.Locale;

/**
 * The four levels of certainty of evidence in GRADE (Balshem et al. 2011, J Clin Epidemiol 64:401; GRADE
 * handbook section 5), with the symbols summary-of-findings tables print: ⊕⊕⊕⊕ high to ⊕◯◯◯ very low.
 */
public enum Certainty {
    VERY_LOW(1, "very low"),
    LOW(2, "low"),
    MODERATE(3, "moderate"),
    HIGH(4, "high");

    private final int level;
    private final String words;

    Certainty(int level, String words) {
        this.level = level;
        this.words = words;
    }

    /** 1 (very low) to 4 (high). */
    public int level() {
        return level;
    }

    /** "high", "moderate", "low" or "very low". */
    public String words() {
        return words;
    }

    /** Filled circled plus signs for the level, open circles for the rest: "⊕⊕◯◯" for low. */
    public String symbols() {
        return "⊕".repeat(level) + "◯".repeat(4 - level);
    }

    /** The level moved by this many steps, held within very low to high, as GRADE does. */
    public Certainty shift(int steps) {
        int target = Math.max(1, Math.min(4, level + steps));
        for (Certainty c : values()) {
            if (c.level == target) {
                return c;
            }
        }
        throw new AssertionError(target);
    }

    /** Parses "high", "moderate", "low", "very low" or "very_low", ignoring case. */
    public static Certainty parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        for (Certainty c : values()) {
            if (c.words.equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "'%s' is not a GRADE certainty; expected high, moderate, low or very low", text));
    }
}
