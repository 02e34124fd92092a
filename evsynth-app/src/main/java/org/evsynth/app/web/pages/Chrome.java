package org.evsynth.app.web.pages;

import io.javalin.http.Context;
import java.util.List;
import org.evsynth.app.web.security.Principal;
import org.evsynth.review.people.Role;

/**
 * What the shared layout shows around every page: the review, who is signed in, the navigation, the session's
 * CSRF token for the forms, and a notice or an error.
 *
 * @param reviewTitle the review's title
 * @param pageTitle   the page's title, its h1
 * @param memberName  who is signed in, or null
 * @param memberRole  their role's word, or null
 * @param csrfToken   the session's CSRF token for forms, or null
 * @param nav         the navigation links this member may follow
 * @param notice      a notice left by the previous request ("Bob was added"), or null
 * @param error       what went wrong with the request, or null
 */
public record Chrome(String reviewTitle, String pageTitle, String memberName, String memberRole, String csrfToken,
        List<NavLink> nav, String notice, String error) {

    /** The chrome of a page for the request's principal, taking the session's notice. */
    public static Chrome of(Context ctx, String reviewTitle, String pageTitle) {
        return Principal.of(ctx).map(p -> new Chrome(reviewTitle, pageTitle, p.name(), p.role().id(), p.csrfToken(),
                Navigation.links(p.role(), p.arbiter(), ctx.path()),
                p.session() == null ? null : p.session().takeNotice(), null))
                .orElseGet(() -> new Chrome(reviewTitle, pageTitle, null, null, null, List.of(), null, null));
    }

    /** Leaves a one-line notice for the next page the member's browser shows (nothing for a bearer token). */
    public static void leaveNotice(Context ctx, String text) {
        Principal.of(ctx).map(Principal::session).ifPresent(s -> s.notice(text));
    }

    /** Whether the member may screen, extract and assess (a reviewer or the owner): what a page offers to do. */
    public boolean works() {
        return memberRole != null && Role.of(memberRole).includes(Role.REVIEWER);
    }

    /** The same chrome with an error to show. */
    public Chrome withError(String message) {
        return new Chrome(reviewTitle, pageTitle, memberName, memberRole, csrfToken, nav, notice, message);
    }
}
