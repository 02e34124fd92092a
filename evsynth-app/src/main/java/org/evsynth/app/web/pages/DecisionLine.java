package org.evsynth.app.web.pages;

import org.evsynth.review.ScreeningDecision;

/**
 * A screening decision as the pages show it, only ever one the service let the viewer see.
 *
 * @param reviewer who decided
 * @param decision include, exclude or maybe
 * @param reason   the exclusion reason, or null
 * @param note     the reviewer's note, or null
 * @param at       when, as YYYY-MM-DD HH:MM (UTC)
 */
public record DecisionLine(String reviewer, String decision, String reason, String note, String at) {

    public static DecisionLine of(ScreeningDecision d) {
        return new DecisionLine(d.reviewer(), d.decision().id(), d.reason(), d.note(), Times.minute(d.at()));
    }
}
