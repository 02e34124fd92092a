package org.evsynth.app.web.security;

import java.time.Clock;
import java.util.function.Predicate;
import org.evsynth.review.people.MemberStore;

/**
 * The web app's security parts, made once per server and wired together: sessions, the sign-in rate limit,
 * cookies, the forgery check, the access rules and the response headers.
 */
public final class WebSecurity {

    private final RequestOrigin origin;
    private final SignIn signIn;
    private final AccessRules accessRules;
    private final SecurityHeaders headers;
    private final SessionCookie cookie;

    /**
     * @param arbiters whether a member's name is one the protocol names as an arbiter (asked for reviewers only)
     */
    public WebSecurity(MemberStore people, SessionPolicy sessionPolicy, ThrottlePolicy throttlePolicy,
            boolean behindProxy, Clock clock, Predicate<String> arbiters) {
        origin = new RequestOrigin(behindProxy);
        Sessions sessions = new Sessions(sessionPolicy, clock);
        cookie = new SessionCookie(origin);
        signIn = new SignIn(people, sessions, new LoginThrottle(throttlePolicy, clock), cookie, origin);
        accessRules = new AccessRules(new Authenticator(people, sessions, arbiters), new ForgeryCheck(origin));
        headers = new SecurityHeaders(origin);
    }

    public SignIn signIn() {
        return signIn;
    }

    public AccessRules accessRules() {
        return accessRules;
    }

    public SecurityHeaders headers() {
        return headers;
    }

    public RequestOrigin origin() {
        return origin;
    }

    /** The sign-in form's own forgery check, which needs a cookie since there is no session yet. */
    public LoginForgery loginForgery() {
        return new LoginForgery(cookie);
    }
}
