package org.evsynth.app.web.security;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import org.evsynth.app.web.http.HttpError;

/**
 * Refuses forged state-changing requests (OWASP CSRF Prevention Cheat Sheet): a request that changes something
 * must come from this site (the browser's Origin and Sec-Fetch-Site headers, when sent, must say so) and, when
 * it is authenticated by the session cookie, must carry the session's CSRF token as the {@code _csrf} form field
 * or the {@code X-CSRF-Token} header. A bearer token is never sent by a browser on its own, so requests made with
 * one need no CSRF token.
 */
final class ForgeryCheck {

    static final String HEADER = "X-CSRF-Token";
    static final String FIELD = "_csrf";

    private final RequestOrigin origin;

    ForgeryCheck(RequestOrigin origin) {
        this.origin = origin;
    }

    static boolean changesState(Context ctx) {
        HandlerType m = ctx.method();
        return m != HandlerType.GET && m != HandlerType.HEAD && m != HandlerType.OPTIONS;
    }

    /** @throws HttpError 403 for a cross-site request */
    void requireSameSite(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            throw HttpError.forbidden("cross-site request refused");
        }
        String from = ctx.header("Origin");
        if (from != null && !from.equals("null") && !hostOf(from).equals(origin.host(ctx))) {
            throw HttpError.forbidden("cross-origin request refused");
        }
        if ("null".equals(from)) {
            throw HttpError.forbidden("request from an opaque origin refused");
        }
    }

    /** @throws HttpError 403 when the session's token is missing or wrong */
    void requireToken(Context ctx, Session session) {
        String sent = ctx.header(HEADER);
        if (sent == null) {
            sent = ctx.formParam(FIELD);
        }
        if (!same(sent, session.csrfToken())) {
            throw HttpError.forbidden("missing or wrong CSRF token (send the session's "
                    + "token as the " + HEADER + " header or the " + FIELD + " form field)");
        }
    }

    /** Compares in constant time, so the response time does not reveal how much of a guess was right. */
    static boolean same(String sent, String expected) {
        return sent != null && expected != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String hostOf(String originHeader) {
        try {
            URI uri = URI.create(originHeader.strip());
            if (uri.getHost() == null) {
                return "\0";
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            boolean defaultPort = uri.getPort() == -1;
            return defaultPort ? host : host + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return "\0";
        }
    }
}
