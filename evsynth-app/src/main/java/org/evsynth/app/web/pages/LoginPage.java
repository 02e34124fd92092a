package org.evsynth.app.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.http.HttpError;
import org.evsynth.app.web.http.Templates;
import org.evsynth.app.web.security.LoginForgery;
import org.evsynth.app.web.security.Principal;
import org.evsynth.app.web.security.SignIn;

/** Signing in and out with the form: {@code GET /login}, {@code POST /login}, {@code POST /logout}. */
public final class LoginPage {

    private final Services services;
    private final Templates templates;
    private final SignIn signIn;
    private final LoginForgery forgery;

    public LoginPage(Services services, Templates templates, SignIn signIn, LoginForgery forgery) {
        this.services = services;
        this.templates = templates;
        this.signIn = signIn;
        this.forgery = forgery;
    }

    public void show(Context ctx) {
        if (Principal.of(ctx).isPresent()) {
            ctx.redirect(LocalPath.orHome(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, Chrome.of(ctx, services.reviewTitle(), "Sign in"), "", ctx.queryParam("next"),
                ctx.queryParam("signed-out") != null);
    }

    public void submit(Context ctx) {
        forgery.check(ctx);
        String name = ctx.formParam("name");
        String password = ctx.formParam("password");
        String next = ctx.formParam("next");
        try {
            signIn.attempt(ctx, name, password == null ? null : password.toCharArray());
        } catch (HttpError e) {
            ctx.status(e.status());
            if (e.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            }
            render(ctx, Chrome.of(ctx, services.reviewTitle(), "Sign in").withError(e.getMessage()),
                    name == null ? "" : name, next, false);
            return;
        }
        ctx.redirect(LocalPath.orHome(next), HttpStatus.SEE_OTHER);
    }

    public void signOut(Context ctx) {
        signIn.signOut(ctx, Principal.required(ctx));
        ctx.redirect("/login?signed-out", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, Chrome chrome, String name, String next, boolean signedOut) {
        templates.render(ctx, "login.jte", new LoginView(chrome, name, next == null ? "" : next, forgery.issue(ctx),
                signedOut));
    }
}
