package org.evsynth.app.web.security;

import io.javalin.http.Context;

/**
 * Headers on every response (OWASP HTTP Headers Cheat Sheet). The Content-Security-Policy allows scripts, styles
 * and images from this server only, and no inline script or style at all, so text that got into a page could not
 * run even if escaping failed; no framing (clickjacking); no MIME sniffing; the Referer stays on this site.
 * Dynamic responses are not cached: they show a review's private data.
 */
public final class SecurityHeaders {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final RequestOrigin origin;

    SecurityHeaders(RequestOrigin origin) {
        this.origin = origin;
    }

    /** The before-handler for every request. */
    public void apply(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        ctx.header("Cache-Control", "no-store");
        if (origin.secure(ctx)) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
