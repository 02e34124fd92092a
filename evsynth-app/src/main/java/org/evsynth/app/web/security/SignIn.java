package org.evsynth.app.web.security;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.evsynth.app.web.http.HttpError;
import org.evsynth.review.people.Member;
import org.evsynth.review.people.MemberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in and out, for the sign-in form and the API alike: the rate limit is checked first, then the
 * password; a success starts a new session and sets its cookie. The log says who signed in or failed from where,
 * never with what: a password, even one typed into the name field, is not written anywhere (a name that belongs
 * to nobody is logged as "an unknown name").
 */
public final class SignIn {

    private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);

    private final MemberStore people;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final SessionCookie cookie;
    private final RequestOrigin origin;

    SignIn(MemberStore people, Sessions sessions, LoginThrottle throttle, SessionCookie cookie, RequestOrigin origin) {
        this.people = people;
        this.sessions = sessions;
        this.throttle = throttle;
        this.cookie = cookie;
        this.origin = origin;
    }

    /**
     * Signs in; the password array is cleared whatever happens.
     *
     * @throws HttpError 429 while the account or address is over its limit, 401 for a wrong name or password
     */
    public Principal attempt(Context ctx, String name, char[] password) {
        try {
            String address = origin.clientAddress(ctx);
            Optional<Duration> wait = throttle.wait(name, address);
            if (wait.isPresent()) {
                long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                LOG.warn("sign-in refused: too many failures for {} or from {}", known(name), address);
                throw HttpError.tooManyRequests("too many failed sign-ins; try again in "
                        + (seconds >= 90 ? (seconds + 59) / 60 + " minutes" : seconds + " seconds"), seconds);
            }
            Optional<Member> member = name == null || password == null ? Optional.empty()
                    : people.authenticate(name, password);
            if (member.isEmpty()) {
                throttle.failed(name, address);
                LOG.info("failed sign-in for {} from {}", known(name), address);
                throw HttpError.unauthorized("wrong name or password");
            }
            throttle.succeeded(name);
            Session session = sessions.start(member.get().id());
            cookie.set(ctx, session);
            LOG.info("{} ({}) signed in from {}", member.get().name(), member.get().role().id(), address);
            return new Principal(member.get(), session, false);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** Ends the request's session (a token has none) and clears the cookie. */
    public void signOut(Context ctx, Principal principal) {
        if (principal.session() != null) {
            sessions.end(principal.session());
            LOG.info("{} signed out", principal.name());
        }
        cookie.clear(ctx);
    }

    /** Ends every session of a member who was just removed. */
    public void forget(long memberId) {
        sessions.endAll(memberId);
    }

    private String known(String name) {
        if (name == null || name.isBlank()) {
            return "an empty name";
        }
        return people.findByName(name).map(m -> "'" + m.name() + "'").orElse("an unknown name");
    }
}
