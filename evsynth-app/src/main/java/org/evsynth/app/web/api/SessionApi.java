package org.evsynth.app.web.api;

import io.javalin.http.Context;
import org.evsynth.app.web.http.Json;
import org.evsynth.app.web.security.Principal;
import org.evsynth.app.web.security.SignIn;

/**
 * The API's session: {@code POST /api/login} with {@code {"name", "password"}} starts one (the session cookie is
 * set), {@code GET /api/session} says who is signed in with the CSRF token to send as {@code X-CSRF-Token}, and
 * {@code POST /api/logout} ends it.
 */
public final class SessionApi {

    /** The body of a sign-in. */
    record Credentials(String name, char[] password) {
    }

    /**
     * Who is signed in.
     *
     * @param name            the member's name
     * @param role            owner, reviewer or viewer
     * @param csrfToken       the value for X-CSRF-Token on changes; null when signed in with a bearer token
     * @param authenticatedBy "session" or "token"
     */
    record Who(String name, String role, String csrfToken, String authenticatedBy) {

        static Who of(Principal p) {
            return new Who(p.name(), p.role().id(), p.csrfToken(), p.byToken() ? "token" : "session");
        }
    }

    private final SignIn signIn;

    public SessionApi(SignIn signIn) {
        this.signIn = signIn;
    }

    public void login(Context ctx) {
        Credentials c = Json.body(ctx, Credentials.class);
        Json.required(c.name(), "name");
        if (c.password() == null) {
            Json.required(null, "password");
        }
        ctx.json(Who.of(signIn.attempt(ctx, c.name(), c.password())));
    }

    public void session(Context ctx) {
        ctx.json(Who.of(Principal.required(ctx)));
    }

    public void logout(Context ctx) {
        signIn.signOut(ctx, Principal.required(ctx));
        ctx.status(204);
    }
}
