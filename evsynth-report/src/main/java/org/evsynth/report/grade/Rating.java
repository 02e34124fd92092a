package org.evsynth.report.grade;

import java.util.Locale;
import java.util.Objects;

/**
 * The reviewers' rating in one GRADE domain: levels moved (0, -1, -2, -3 down; 0, +1, +2 up) and the reason,
 * which becomes a footnote in the summary-of-findings table.
 *
 * @param domain the domain
 * @param levels levels moved: negative for rating down, positive for rating up
 * @param reason why; required unless levels is 0
 */
public record Rating(Domain domain, int levels, String reason) {

    /** Validates the direction, the size and the reason. */
    public Rating {
        Objects.requireNonNull(domain, "domain");
        reason = reason == null ? "" : reason.strip();
        if (domain.isUpgrade() ? levels < 0 : levels > 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s can only rate %s; got %+d", domain.key(), domain.isUpgrade() ? "up (0, +1, +2)"
                            : "down (0, -1, -2)", levels));
        }
        if (Math.abs(levels) > domain.maxLevels()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s moves at most %d level%s; got %+d", domain.key(), domain.maxLevels(),
                    domain.maxLevels() == 1 ? "" : "s", levels));
        }
        if (levels != 0 && reason.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s is rated %+d without a reason; GRADE asks for the reason of every rating", domain.key(), levels));
        }
    }

    /** No concern in this domain. */
    public static Rating none(Domain domain) {
        return new Rating(domain, 0, "");
    }

    /** "serious", "very serious", "extremely serious" for rating down; "+1"/"+2" wording for rating up. */
    public String judgement() {
        if (domain.isUpgrade()) {
            return levels == 0 ? "not present" : String.format(Locale.ROOT, "rated up %d level%s", levels,
                    levels == 1 ? "" : "s");
        }
        return switch (levels) {
            case 0 -> "not serious";
            case -1 -> "serious";
            case -2 -> "very serious";
            default -> "extremely serious";
        };
    }
}
