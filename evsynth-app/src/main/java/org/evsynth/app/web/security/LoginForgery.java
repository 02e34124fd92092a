package org.evsynth.app.web.security;

import io.javalin.http.Context;
import org.evsynth.app.web.http.HttpError;

/**
 * Login CSRF: a forged sign-in would put a victim's browser into the attacker's account. There is no session yet,
 * so the sign-in form carries a random value that must equal a SameSite=Strict cookie set with the form (the
 * double-submit pattern); the API's sign-in needs a JSON body, which a cross-site form cannot send.
 */
public final class LoginForgery {

    static final String COOKIE = "evsynth_signin";
    public static final String FIELD = "_signin";

    private final SessionCookie cookie;

    LoginForgery(SessionCookie cookie) {
        this.cookie = cookie;
    }

    /** A new value for the form to carry, with its cookie set. */
    public String issue(Context ctx) {
        String value = RandomIds.next();
        cookie.setFormCookie(ctx, COOKIE, value, "/login");
        return value;
    }

    /** @throws HttpError 403 when the form's value and the cookie differ */
    public void check(Context ctx) {
        if (!ForgeryCheck.same(ctx.formParam(FIELD), ctx.cookie(COOKIE))) {
            throw HttpError.forbidden("the sign-in form has expired or did not come from this site; reload it");
        }
    }
}
