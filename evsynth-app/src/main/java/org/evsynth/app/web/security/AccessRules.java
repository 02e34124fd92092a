package org.evsynth.app.web.security;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.evsynth.app.web.http.HttpError;

/**
 * The one place where access is decided, before every route's handler: who is asking (token or session), whether
 * the route's {@link Access} rule lets them in, and for a change, whether it is a forgery. Signed out, the API
 * answers 401 and a page sends the browser to the sign-in page (coming back afterwards); a role that is not
 * enough gets 403. A route with no rule is refused: access is denied unless granted.
 */
public final class AccessRules {

    private final Authenticator authenticator;
    private final ForgeryCheck forgery;

    AccessRules(Authenticator authenticator, ForgeryCheck forgery) {
        this.authenticator = authenticator;
        this.forgery = forgery;
    }

    /** The before-handler for matched routes. */
    public void check(Context ctx) {
        Access access = ruleOf(ctx.routeRoles());
        boolean changes = ForgeryCheck.changesState(ctx);
        if (changes) {
            forgery.requireSameSite(ctx);
        }
        Principal principal = authenticator.principal(ctx).orElse(null);
        if (principal != null) {
            principal.attach(ctx);
        }
        if (access == Access.ANYONE) {
            return;
        }
        if (principal == null) {
            refuseSignedOut(ctx);
            return;
        }
        if (!access.allows(principal.role(), principal.arbiter())) {
            throw HttpError.forbidden("a " + principal.role().id() + " may not do this (it needs " + access.who()
                    + ")");
        }
        if (changes && !principal.byToken()) {
            forgery.requireToken(ctx, principal.session());
        }
    }

    private static Access ruleOf(Set<RouteRole> roles) {
        if (roles.size() != 1 || !(roles.iterator().next() instanceof Access access)) {
            throw new IllegalStateException("route without exactly one access rule: " + roles);
        }
        return access;
    }

    private static void refuseSignedOut(Context ctx) {
        if (isApi(ctx)) {
            throw HttpError.unauthorized("sign in first (POST /api/login, or Authorization: Bearer TOKEN)");
        }
        String back = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
        ctx.redirect("/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        ctx.skipRemainingHandlers();
    }

    /** Whether the request is for the JSON API rather than a page. */
    public static boolean isApi(Context ctx) {
        return ctx.path().equals("/api") || ctx.path().startsWith("/api/");
    }
}
