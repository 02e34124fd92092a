package org.evsynth.app.web.security;

import java.time.Instant;

/**
 * A signed-in browser, known to the server only: the cookie carries the id and nothing else. The CSRF token is
 * the session's own, sent with every change the browser asks for.
 */
public final class Session {

    private final String id;
    private final long memberId;
    private final String csrfToken;
    private final Instant started;
    private volatile Instant lastSeen;
    private volatile String notice;

    Session(String id, long memberId, String csrfToken, Instant started) {
        this.id = id;
        this.memberId = memberId;
        this.csrfToken = csrfToken;
        this.started = started;
        this.lastSeen = started;
    }

    String id() {
        return id;
    }

    public long memberId() {
        return memberId;
    }

    public String csrfToken() {
        return csrfToken;
    }

    Instant started() {
        return started;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    void seen(Instant at) {
        lastSeen = at;
    }

    /** Keeps a one-line notice for the next page shown ("Bob was added"), after a redirect. */
    public void notice(String text) {
        notice = text;
    }

    /** The notice kept for this page, once; null when there is none. */
    public String takeNotice() {
        String n = notice;
        notice = null;
        return n;
    }

    @Override
    public String toString() {
        return "Session[member " + memberId + "]";
    }
}
