package org.evsynth.app.web.security;

import io.javalin.http.Context;
import org.evsynth.app.web.http.HttpError;
import org.evsynth.review.Actor;
import org.evsynth.review.people.Member;
import org.evsynth.review.people.Role;

/**
 * Who is making a request: a member, signed in with a session (a browser) or with a bearer token (a script).
 *
 * @param member  the member, as stored now (a role changed or a member removed takes effect at the next request)
 * @param session the browser's session, or null for a token
 * @param arbiter whether the protocol names the member, a reviewer, as an arbiter (read at each request, so an
 *                edited protocol takes effect at once)
 */
public record Principal(Member member, Session session, boolean arbiter) {

    private static final String ATTRIBUTE = "evsynth.principal";

    public String name() {
        return member.name();
    }

    public Role role() {
        return member.role();
    }

    /** The member as the review's operations name the person acting. */
    public Actor actor() {
        return Actor.named(member.name());
    }

    /** Whether the request came with a bearer token rather than a session cookie. */
    public boolean byToken() {
        return session == null;
    }

    /** The session's CSRF token, or null for a token (a script sends no cookie, so there is nothing to forge). */
    public String csrfToken() {
        return session == null ? null : session.csrfToken();
    }

    void attach(Context ctx) {
        ctx.attribute(ATTRIBUTE, this);
    }

    /** The request's principal, when someone is signed in. */
    public static java.util.Optional<Principal> of(Context ctx) {
        return java.util.Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    /** The request's principal; the access rules have made sure there is one on every route that asks. */
    public static Principal required(Context ctx) {
        return of(ctx).orElseThrow(() -> HttpError.unauthorized("sign in first"));
    }
}
