package org.evsynth.app.web.security;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * Facts about where a request came from, and how far to believe a reverse proxy's headers. With
 * {@code behindProxy}, the client's address is the last X-Forwarded-For entry (the one the proxy added) and the
 * host is X-Forwarded-Host; without it both headers are ignored, since any client can send them. X-Forwarded-Proto
 * is always believed for one purpose only, marking cookies Secure: a client that lies about it only keeps its own
 * cookie off plain HTTP.
 */
public final class RequestOrigin {

    private final boolean behindProxy;

    public RequestOrigin(boolean behindProxy) {
        this.behindProxy = behindProxy;
    }

    /** Whether the browser reached the server over HTTPS, directly or through a TLS proxy. */
    public boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(first(ctx.header("X-Forwarded-Proto")));
    }

    /** The client's address, for rate limits and the log. */
    public String clientAddress(Context ctx) {
        if (behindProxy) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        return ctx.ip();
    }

    /** The host and port the browser asked for, lower case, as an Origin header would name them. */
    String host(Context ctx) {
        String host = behindProxy && ctx.header("X-Forwarded-Host") != null ? first(ctx.header("X-Forwarded-Host"))
                : ctx.header("Host");
        return host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
    }

    private static String first(String header) {
        if (header == null) {
            return null;
        }
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).strip();
    }
}
