package org.evsynth.app.web;

import java.time.Clock;
import org.evsynth.app.web.security.SessionPolicy;
import org.evsynth.app.web.security.ThrottlePolicy;

/**
 * How the server runs. Immutable; {@code with...} returns a changed copy.
 *
 * @param host        the address to listen on (127.0.0.1: this machine only; 0.0.0.0: every interface)
 * @param port        the port, or 0 for any free port
 * @param behindProxy whether a reverse proxy's X-Forwarded-For and X-Forwarded-Host headers are to be believed
 * @param sessions    session timeouts
 * @param throttle    sign-in rate limits
 * @param clock       the clock of sessions and limits (tests move it on)
 */
public record WebSettings(String host, int port, boolean behindProxy, SessionPolicy sessions,
        ThrottlePolicy throttle, Clock clock) {

    public WebSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
    }

    /** This machine only, port 8080, the default timeouts and limits. */
    public static WebSettings defaults() {
        return new WebSettings("127.0.0.1", 8080, false, SessionPolicy.defaults(), ThrottlePolicy.defaults(),
                Clock.systemUTC());
    }

    public WebSettings withAddress(String newHost, int newPort) {
        return new WebSettings(newHost, newPort, behindProxy, sessions, throttle, clock);
    }

    public WebSettings withBehindProxy(boolean newBehindProxy) {
        return new WebSettings(host, port, newBehindProxy, sessions, throttle, clock);
    }

    public WebSettings with(SessionPolicy newSessions) {
        return new WebSettings(host, port, behindProxy, newSessions, throttle, clock);
    }

    public WebSettings with(ThrottlePolicy newThrottle) {
        return new WebSettings(host, port, behindProxy, sessions, newThrottle, clock);
    }

    public WebSettings with(Clock newClock) {
        return new WebSettings(host, port, behindProxy, sessions, throttle, newClock);
    }
}
