package org.evsynth.app.web.security;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Predicate;
import org.evsynth.app.web.http.HttpError;
import org.evsynth.review.people.Member;
import org.evsynth.review.people.MemberStore;
import org.evsynth.review.people.Role;

/**
 * Finds who is making a request: a bearer token in the Authorization header, or else the session cookie. The
 * member is read from the store at every request, so a removed member is signed out at once and a changed role
 * applies at once, whether the change came from this server or from {@code evsynth user} on the command line.
 */
final class Authenticator {

    private static final String BEARER = "Bearer ";

    private final MemberStore people;
    private final Sessions sessions;
    private final Predicate<String> arbiters;

    Authenticator(MemberStore people, Sessions sessions, Predicate<String> arbiters) {
        this.people = people;
        this.sessions = sessions;
        this.arbiters = arbiters;
    }

    /**
     * @throws HttpError 401 for an Authorization header that is not a valid bearer token: a script that sends
     *                   one means to use it, and is told at once rather than treated as signed out
     */
    Optional<Principal> principal(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                throw HttpError.unauthorized("only bearer tokens are accepted (Authorization: Bearer TOKEN)");
            }
            Member member = people.memberForToken(authorization.substring(BEARER.length()).strip())
                    .orElseThrow(() -> HttpError.unauthorized("the token is not valid (unknown or revoked)"));
            return Optional.of(principal(member, null));
        }
        Optional<Session> session = sessions.find(ctx.cookie(SessionCookie.NAME));
        if (session.isEmpty()) {
            return Optional.empty();
        }
        Optional<Member> member = people.find(session.get().memberId());
        if (member.isEmpty()) {
            sessions.end(session.get());
            return Optional.empty();
        }
        return Optional.of(principal(member.get(), session.get()));
    }

    /** Only a reviewer's arbiter status matters: an owner settles conflicts anyway, a viewer never does. */
    private Principal principal(Member member, Session session) {
        return new Principal(member, session, member.role() == Role.REVIEWER && arbiters.test(member.name()));
    }
}
