package org.evsynth.app.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evsynth.review.Protocol;
import org.evsynth.review.ReviewStatus;
import org.evsynth.review.Stage;
import org.evsynth.review.StagePending;
import org.evsynth.review.people.Member;
import org.evsynth.review.people.Role;

/**
 * The next thing each member should do, read off the review's counts: the owner imports, runs deduplication and
 * settles conflicts; a reviewer screens what is left in their queues; an arbiter settles conflicts. Viewers read.
 */
public final class NextSteps {

    /** One member's next steps, each with the page it is done on. */
    public record Steps(String name, String role, List<Step> steps) {

        public Steps {
            steps = List.copyOf(steps);
        }

        /**
         * The steps as the person named sees them: their own with their pages, anyone else's as text only (the page
         * would be the viewer's own queue, or one they may not open).
         */
        Steps seenBy(String viewer) {
            return name.equals(viewer) ? this : new Steps(name, role, steps.stream().map(s -> new Step(s.text(),
                    null)).toList());
        }
    }

    /** A thing to do, and the page where (null when it has none yet). */
    public record Step(String text, String href) {
    }

    private NextSteps() {
    }

    /** Each member's next steps, linked to their pages for the viewer's own only ({@link Steps#seenBy}). */
    static List<Steps> of(List<Member> members, ReviewStatus status, Protocol protocol, int searches,
            int duplicatePairs, String viewer) {
        return of(members, status, protocol, searches, duplicatePairs).stream().map(s -> s.seenBy(viewer)).toList();
    }

    private static List<Steps> of(List<Member> members, ReviewStatus status, Protocol protocol, int searches,
            int duplicatePairs) {
        List<Steps> out = new ArrayList<>();
        int conflicts = status.pending().values().stream().mapToInt(StagePending::conflicts).sum();
        for (Member m : members) {
            if (m.role() == Role.VIEWER) {
                continue;
            }
            List<Step> steps = new ArrayList<>();
            if (m.role() == Role.OWNER) {
                if (searches == 0) {
                    steps.add(new Step("import the searches", "/import"));
                }
                if (duplicatePairs > 0) {
                    steps.add(new Step(count(duplicatePairs, "possible duplicate pair") + " to decide", "/dedup"));
                }
            }
            screening(steps, m, status, Stage.TITLE_ABSTRACT, "at title and abstract", "/screening");
            screening(steps, m, status, Stage.FULL_TEXT, "in full text", null);
            if (conflicts > 0 && (m.role() == Role.OWNER || protocol.isArbiter(m.name()))) {
                steps.add(new Step(count(conflicts, "conflict") + " to settle", "/conflicts"));
            }
            out.add(new Steps(m.name(), m.role() == Role.REVIEWER && protocol.isArbiter(m.name()) ? "reviewer, "
                    + "arbiter" : m.role().id(), steps));
        }
        return out;
    }

    /**
     * What is left in the member's queue at the stage. An owner is counted only once they have screened something:
     * many owners only manage.
     */
    private static void screening(List<Step> steps, Member m, ReviewStatus status, Stage stage, String where,
            String href) {
        StagePending p = status.pending().get(stage);
        Integer left = p.perReviewer().get(m.name());
        if (left == null && m.role() == Role.REVIEWER) {
            left = p.undecided();
        }
        if (left != null && left > 0) {
            steps.add(new Step(count(left, "record") + " to screen " + where, href));
        }
    }

    private static String count(int n, String thing) {
        return String.format(Locale.ROOT, "%,d %s%s", n, thing, n == 1 ? "" : "s");
    }
}
