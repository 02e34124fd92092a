package org.evsynth.review;

import java.util.List;
import java.util.Objects;

/**
 * The rule that turns a record's current decisions at a stage into its outcome.
 *
 * <p>Single screening: the latest include or exclude by anyone decides; maybe leaves the record pending. Dual
 * screening: two or more reviewers whose current decisions are all include, or all exclude for the same reason,
 * decide; any other mix once two have decided is a conflict; at full text two exclusions for different reasons are a
 * conflict too, as Covidence counts them, since PRISMA reports one reason per report. A conflict resolution by a
 * third person (the latest) overrides the reviewers.
 */
final class OutcomeRule {

    private OutcomeRule() {
    }

    /**
     * @param decisions  the reviewers' current decisions, in the order they were made
     * @param resolution the latest conflict resolution, or null
     */
    static StageOutcome outcome(ScreeningMode mode, List<ScreeningDecision> decisions, StageOutcome resolution) {
        if (resolution != null) {
            return resolution;
        }
        return reviewers(mode, decisions);
    }

    /** What the reviewers' decisions alone add up to, without any resolution. */
    static StageOutcome reviewers(ScreeningMode mode, List<ScreeningDecision> decisions) {
        if (decisions.isEmpty()) {
            return StageOutcome.PENDING;
        }
        if (mode == ScreeningMode.SINGLE) {
            return of(decisions.get(decisions.size() - 1));
        }
        if (decisions.size() < 2) {
            return StageOutcome.PENDING;
        }
        ScreeningDecision first = decisions.get(0);
        boolean agree = first.decision() != Decision.MAYBE && decisions.stream().allMatch(d ->
                d.decision() == first.decision()
                        && (d.decision() != Decision.EXCLUDE || d.stage() != Stage.FULL_TEXT
                        || Objects.equals(d.reason(), first.reason())));
        return agree ? of(first) : StageOutcome.CONFLICT;
    }

    private static StageOutcome of(ScreeningDecision d) {
        return switch (d.decision()) {
            case INCLUDE -> new StageOutcome(StageOutcome.Status.INCLUDED, null);
            case EXCLUDE -> new StageOutcome(StageOutcome.Status.EXCLUDED, d.reason());
            default -> StageOutcome.PENDING;
        };
    }
}
