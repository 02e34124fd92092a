package org.evsynth.report.grade;

import java.util.Locale;

/**
 * The GRADE domains: five for rating down and three for rating up (GRADE handbook 5.2 and 5.3; Guyatt et al.
 * 2011, J Clin Epidemiol 64:1311 for the upgrades). Each has its YAML key in the analysis bundle.
 */
public enum Domain {
    RISK_OF_BIAS("risk_of_bias", "risk of bias", false, 2),
    INCONSISTENCY("inconsistency", "inconsistency", false, 2),
    INDIRECTNESS("indirectness", "indirectness", false, 2),
    IMPRECISION("imprecision", "imprecision", false, 3),
    PUBLICATION_BIAS("publication_bias", "publication bias", false, 2),
    LARGE_EFFECT("large_effect", "large effect", true, 2),
    DOSE_RESPONSE("dose_response", "dose-response gradient", true, 1),
    OPPOSING_CONFOUNDING("opposing_confounding", "plausible confounding would reduce the effect", true, 1);

    private final String key;
    private final String words;
    private final boolean upgrade;
    private final int maxLevels;

    Domain(String key, String words, boolean upgrade, int maxLevels) {
        this.key = key;
        this.words = words;
        this.upgrade = upgrade;
        this.maxLevels = maxLevels;
    }

    /** The snake_case key used in review.yaml. */
    public String key() {
        return key;
    }

    /** Words for footnotes and tables. */
    public String words() {
        return words;
    }

    /** Whether the domain can only rate up (large effect, dose-response, opposing confounding). */
    public boolean isUpgrade() {
        return upgrade;
    }

    /**
     * The most levels this domain can move: 2 for most; 3 for imprecision (GRADE 2022 guidance on imprecision,
     * Zeng et al., J Clin Epidemiol 150:216, allows rating down three levels for very serious imprecision);
     * 1 for dose-response and opposing confounding.
     */
    public int maxLevels() {
        return maxLevels;
    }

    /** The domain with this YAML key. */
    public static Domain ofKey(String key) {
        for (Domain d : values()) {
            if (d.key.equals(key)) {
                return d;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "'%s' is not a GRADE domain", key));
    }
}
