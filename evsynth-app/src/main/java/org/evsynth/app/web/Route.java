package org.evsynth.app.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import org.evsynth.app.web.security.Access;

/**
 * One page or API endpoint: method, path, who may call it, and its handler.
 *
 * @param method  the HTTP method
 * @param path    the path, with {@code {param}} parts
 * @param access  the access rule the server checks before the handler runs
 * @param handler reads the request, calls one operation, renders the result
 */
public record Route(HandlerType method, String path, Access access, Handler handler) {

    /** Whether the route serves the JSON API. */
    public boolean api() {
        return path.startsWith("/api/");
    }
}
