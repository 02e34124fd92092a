package org.evsynth.app.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.util.Arrays;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.http.Json;
import org.evsynth.app.web.security.Principal;
import org.evsynth.app.web.security.SignIn;
import org.evsynth.review.people.AccessToken;
import org.evsynth.review.people.IssuedToken;
import org.evsynth.review.people.Member;
import org.evsynth.review.people.Role;

/**
 * The review's people for scripts (owner only): {@code GET /api/members}, {@code POST /api/members}
 * {@code {"name", "role", "password"}} → 201, {@code PATCH /api/members/{id}} {@code {"role"}},
 * {@code DELETE /api/members/{id}} → 204, {@code POST /api/members/{id}/tokens} {@code {"label"}} → 201 with the
 * token's secret (shown this once), {@code GET /api/tokens}, {@code DELETE /api/tokens/{id}} → 204.
 */
public final class MembersApi {

    record NewMember(String name, String role, char[] password) {
    }

    record RoleChange(String role) {
    }

    record NewToken(String label) {
    }

    /** A member as the API shows it. */
    record MemberJson(long id, String name, String role, String addedAt, String addedBy) {
        static MemberJson of(Member m) {
            return new MemberJson(m.id(), m.name(), m.role().id(), m.addedAt().toString(), m.addedBy());
        }
    }

    /** A token as the API shows it; {@code secret} only in the answer that created it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TokenJson(long id, long memberId, String member, String label, String createdAt, String createdBy,
            String secret) {
        static TokenJson of(AccessToken t, String secret) {
            return new TokenJson(t.id(), t.memberId(), t.memberName(), t.label(), t.createdAt().toString(),
                    t.createdBy(), secret);
        }
    }

    private final Services services;
    private final SignIn signIn;

    public MembersApi(Services services, SignIn signIn) {
        this.services = services;
        this.signIn = signIn;
    }

    public void list(Context ctx) {
        ctx.json(services.people().list().stream().map(MemberJson::of).toList());
    }

    public void add(Context ctx) {
        NewMember body = Json.body(ctx, NewMember.class);
        char[] password = body.password() == null ? new char[0] : body.password();
        try {
            Member m = services.people().add(Json.required(body.name(), "name"),
                    Role.of(Json.required(body.role(), "role")), password, actor(ctx));
            ctx.status(201).json(MemberJson.of(m));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    public void changeRole(Context ctx) {
        RoleChange body = Json.body(ctx, RoleChange.class);
        ctx.json(MemberJson.of(services.people().changeRole(id(ctx),
                Role.of(Json.required(body.role(), "role")), actor(ctx))));
    }

    public void remove(Context ctx) {
        long id = id(ctx);
        services.people().remove(id, actor(ctx));
        signIn.forget(id);
        ctx.status(204);
    }

    public void createToken(Context ctx) {
        NewToken body = Json.body(ctx, NewToken.class);
        IssuedToken issued = services.people().createToken(id(ctx), body.label(), actor(ctx));
        ctx.status(201).json(TokenJson.of(issued.token(), issued.secret()));
    }

    public void tokens(Context ctx) {
        ctx.json(services.people().tokens().stream().map(t -> TokenJson.of(t, null)).toList());
    }

    public void revokeToken(Context ctx) {
        services.people().revokeToken(id(ctx), actor(ctx));
        ctx.status(204);
    }

    private static long id(Context ctx) {
        return ctx.pathParamAsClass("id", Long.class).get();
    }

    private static String actor(Context ctx) {
        return Principal.required(ctx).name();
    }
}
