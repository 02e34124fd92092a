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
 * @param uploadLimit the most bytes one upload (all its files together) may have
 */
public record WebSettings(String host, int port, boolean behindProxy, SessionPolicy sessions,
        ThrottlePolicy throttle, Clock clock, long uploadLimit) {

    /**
     * 200 MB: a search exported whole from a database (PubMed's largest export, 10,000 records with abstracts, is
     * about 40 MB; Embase's RIS of 50,000 records about 150 MB).
     */
    public static final long UPLOAD_LIMIT = 200L * 1024 * 1024;

    public WebSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        if (uploadLimit < 1 || uploadLimit > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("upload limit " + uploadLimit + " is not between 1 byte and 2 GB");
        }
    }

    /** This machine only, port 8080, the default timeouts and limits. */
    public static WebSettings defaults() {
        return new WebSettings("127.0.0.1", 8080, false, SessionPolicy.defaults(), ThrottlePolicy.defaults(),
                Clock.systemUTC(), UPLOAD_LIMIT);
    }

    public WebSettings withAddress(String newHost, int newPort) {
        return new WebSettings(newHost, newPort, behindProxy, sessions, throttle, clock, uploadLimit);
    }

    public WebSettings withBehindProxy(boolean newBehindProxy) {
        return new WebSettings(host, port, newBehindProxy, sessions, throttle, clock, uploadLimit);
    }

    public WebSettings with(SessionPolicy newSessions) {
        return new WebSettings(host, port, behindProxy, newSessions, throttle, clock, uploadLimit);
    }

    public WebSettings with(ThrottlePolicy newThrottle) {
        return new WebSettings(host, port, behindProxy, sessions, newThrottle, clock, uploadLimit);
    }

    public WebSettings with(Clock newClock) {
        return new WebSettings(host, port, behindProxy, sessions, throttle, newClock, uploadLimit);
    }

    public WebSettings withUploadLimit(long bytes) {
        return new WebSettings(host, port, behindProxy, sessions, throttle, clock, bytes);
    }
}
