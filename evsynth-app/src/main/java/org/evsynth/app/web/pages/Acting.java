package org.evsynth.app.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.http.Problems;
import org.evsynth.app.web.security.Access;
import org.evsynth.app.web.security.Principal;
import org.evsynth.review.Actor;
import org.evsynth.review.ReviewException;

/**
 * What the review's work pages share: who acts (for the review's audit log), whether they may change things (the
 * server checks again on every change: this only decides which forms a page offers), the notice and redirect after
 * a change (so reloading repeats nothing), and a refusal's status and message.
 */
public final class Acting {

    private Acting() {
    }

    /** The signed-in member, as the review's operations name the person acting. */
    public static Actor actor(Context ctx) {
        return Actor.named(Principal.required(ctx).name());
    }

    /** Whether the member may screen, extract and assess (a reviewer or the owner). */
    public static boolean mayWrite(Context ctx) {
        return Principal.of(ctx).map(p -> Access.REVIEWER.allows(p.role())).orElse(false);
    }

    /**
     * Whether the member may settle a difference between extractors: the owner or an arbiter the protocol names, as
     * for screening conflicts (a third person, not one of the reviewers who differ, as the Cochrane Handbook 5.5.9
     * advises).
     */
    public static boolean maySettle(Context ctx) {
        return Principal.of(ctx).map(p -> Access.ARBITER.allows(p.role(), p.arbiter())).orElse(false);
    }

    /** The page's layout for the member. */
    public static Chrome chrome(Context ctx, Services services, String pageTitle) {
        return Chrome.of(ctx, services.reviewTitle(), pageTitle);
    }

    /** After a change: the notice for the next page, and 303 to it. */
    public static void done(Context ctx, String notice, String path) {
        Principal.of(ctx).map(Principal::session).ifPresent(s -> s.notice(notice));
        ctx.redirect(path, HttpStatus.SEE_OTHER);
    }

    /** Sets the refusal's status on the response and gives its message, as a person reads it. */
    public static String refused(Context ctx, Services services, ReviewException e) {
        int status = Problems.status(e);
        if (status == 500) {
            throw e;
        }
        ctx.status(status);
        return Problems.message(e, services.review().location());
    }
}
