package org.evsynth.app.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.http.Problems;
import org.evsynth.app.web.http.Templates;
import org.evsynth.app.web.security.Principal;
import org.evsynth.app.web.security.SignIn;
import org.evsynth.review.people.IssuedToken;
import org.evsynth.review.people.Member;
import org.evsynth.review.people.PeopleException;
import org.evsynth.review.people.Role;

/**
 * The owner's people page: {@code GET /people}; adding a person, changing a role, removing a person, creating and
 * revoking tokens. Each change is one store operation under the owner's name; a refused change shows the page
 * again with the reason (and the name typed, never the password). Success redirects, so reloading repeats nothing.
 */
public final class PeoplePage {

    private static final String PAGE = "/people";

    private final Services services;
    private final Templates templates;
    private final SignIn signIn;

    public PeoplePage(Services services, Templates templates, SignIn signIn) {
        this.services = services;
        this.templates = templates;
        this.signIn = signIn;
    }

    public void show(Context ctx) {
        render(ctx, chrome(ctx), "", Role.REVIEWER, null);
    }

    public void add(Context ctx) {
        String name = ctx.formParam("name");
        char[] password = chars(ctx.formParam("password"));
        char[] confirm = chars(ctx.formParam("confirm"));
        try {
            Role role = Role.of(ctx.formParam("role"));
            if (!Arrays.equals(password, confirm)) {
                refuse(ctx, 400, "the two passwords differ", name, role);
                return;
            }
            Member m = services.people().add(name, role, password, actor(ctx));
            done(ctx, "Added " + m.name() + " as " + m.role().id() + ".");
        } catch (PeopleException e) {
            refuse(ctx, Problems.status(e), e.getMessage(), name, Role.REVIEWER);
        } catch (IllegalArgumentException e) {
            refuse(ctx, 400, e.getMessage(), name, Role.REVIEWER);
        } finally {
            Arrays.fill(password, '\0');
            Arrays.fill(confirm, '\0');
        }
    }

    public void changeRole(Context ctx) {
        change(ctx, id -> {
            Member m = services.people().changeRole(id, Role.of(ctx.formParam("role")), actor(ctx));
            done(ctx, m.name() + " is now " + m.role().id() + ".");
        });
    }

    public void remove(Context ctx) {
        change(ctx, id -> {
            Member m = services.people().remove(id, actor(ctx));
            signIn.forget(id);
            done(ctx, "Removed " + m.name() + ".");
        });
    }

    public void createToken(Context ctx) {
        change(ctx, id -> {
            IssuedToken issued = services.people().createToken(id, ctx.formParam("label"), actor(ctx));
            ctx.status(HttpStatus.CREATED);
            render(ctx, chrome(ctx), "", Role.REVIEWER, issued);
        });
    }

    public void revokeToken(Context ctx) {
        change(ctx, id -> {
            services.people().revokeToken(id, actor(ctx));
            done(ctx, "The token was revoked.");
        });
    }

    private void change(Context ctx, Consumer<Long> work) {
        try {
            work.accept(ctx.pathParamAsClass("id", Long.class).get());
        } catch (PeopleException e) {
            refuse(ctx, Problems.status(e), e.getMessage(), "", Role.REVIEWER);
        } catch (IllegalArgumentException e) {
            refuse(ctx, 400, e.getMessage(), "", Role.REVIEWER);
        }
    }

    private void done(Context ctx, String notice) {
        Principal.required(ctx).session().notice(notice);
        ctx.redirect(PAGE, HttpStatus.SEE_OTHER);
    }

    private void refuse(Context ctx, int status, String message, String name, Role role) {
        ctx.status(status);
        render(ctx, chrome(ctx).withError(message), name == null ? "" : name, role, null);
    }

    private void render(Context ctx, Chrome chrome, String name, Role role, IssuedToken issued) {
        templates.render(ctx, "people.jte", new PeopleView(chrome, services.people().list(),
                services.people().tokens(), List.of(Role.values()), name, role, issued,
                Principal.required(ctx).member().id()));
    }

    private Chrome chrome(Context ctx) {
        return Chrome.of(ctx, services.reviewTitle(), "People");
    }

    private static String actor(Context ctx) {
        return Principal.required(ctx).name();
    }

    private static char[] chars(String value) {
        return value == null ? new char[0] : value.toCharArray();
    }
}
