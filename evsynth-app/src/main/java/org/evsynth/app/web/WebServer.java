package org.evsynth.app.web;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.util.List;
import org.evsynth.app.web.http.Json;
import org.evsynth.app.web.http.Templates;
import org.evsynth.app.web.http.Uploads;
import org.evsynth.app.web.security.Principal;
import org.evsynth.app.web.security.WebSecurity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team web app: a Javalin server over one review and its people. Every request gets the security headers;
 * every matched route first passes the access rules (who, which role, forgery), then its handler; failures are
 * answered by {@link ErrorHandlers}. {@link #stop} lets requests in progress finish, for up to ten seconds.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final long STOP_TIMEOUT_MS = 10_000;

    private final Javalin app;
    private final List<Route> routes;
    private final String host;

    private WebServer(Javalin app, List<Route> routes, String host) {
        this.app = app;
        this.routes = routes;
        this.host = host;
    }

    /** Starts serving; the port is the settings' or, for 0, a free one. */
    public static WebServer start(Services services, WebSettings settings) {
        WebSecurity security = new WebSecurity(services.people(), settings.sessions(), settings.throttle(),
                settings.behindProxy(), settings.clock());
        Templates templates = new Templates();
        List<Route> routes = Routes.of(services, security, templates);
        ErrorHandlers errors = new ErrorHandlers(templates, services.reviewTitle(), services.review().location());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.jetty.modifyServer(server -> server.setStopTimeout(STOP_TIMEOUT_MS));
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            Uploads.configure(config.jetty.multipartConfig);
            config.requestLogger.http((ctx, ms) -> LOG.info("{} {} {} {} ms{}", ctx.method(), ctx.path(),
                    ctx.statusCode(), Math.round(ms), Principal.of(ctx).map(p -> " " + p.name()).orElse("")));
            config.routes.before(security.headers()::apply);
            config.routes.beforeMatched(security.accessRules()::check);
            for (Route r : routes) {
                config.routes.addHttpHandler(r.method(), r.path(), r.handler(), r.access());
            }
            errors.register(config.routes);
        });
        app.start(settings.host(), settings.port());
        return new WebServer(app, routes, settings.host());
    }

    /** The port listened on. */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public URI address() {
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        return URI.create("http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + port() + "/");
    }

    /** Every route, with its access rule. */
    public List<Route> routes() {
        return routes;
    }

    /** Stops accepting requests, lets those in progress finish, and stops. */
    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
