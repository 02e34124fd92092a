package org.evsynth.app.web.security;

import io.javalin.http.Context;

/**
 * The session cookie: the session's random id only, HttpOnly (no script reads it), SameSite=Lax (not sent with
 * cross-site form posts or fetches), Secure when the browser came over HTTPS, Path=/, and no Max-Age, so the
 * browser forgets it when it closes; the server's own timeouts decide when the session ends.
 */
final class SessionCookie {

    static final String NAME = "evsynth_session";

    private final RequestOrigin origin;

    SessionCookie(RequestOrigin origin) {
        this.origin = origin;
    }

    void set(Context ctx, Session session) {
        ctx.res().addHeader("Set-Cookie", NAME + "=" + session.id() + attributes(ctx, "Lax"));
    }

    void clear(Context ctx) {
        ctx.res().addHeader("Set-Cookie", NAME + "=; Max-Age=0" + attributes(ctx, "Lax"));
    }

    /** A short-lived cookie for the sign-in form's own forgery check (see {@code LoginForgery}). */
    void setFormCookie(Context ctx, String name, String value, String path) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=" + path + "; Max-Age=3600; HttpOnly; "
                + "SameSite=Strict" + (origin.secure(ctx) ? "; Secure" : ""));
    }

    private String attributes(Context ctx, String sameSite) {
        return "; Path=/; HttpOnly; SameSite=" + sameSite + (origin.secure(ctx) ? "; Secure" : "");
    }
}
