package org.evsynth.app.web.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's sessions, in memory: a restart signs everyone out, and nothing about a session is stored in the
 * browser but its random id. A session is made only at sign-in (so an id planted before it is worthless), is
 * checked against both timeouts at every request, and ends at sign-out or when its member is removed.
 */
public final class Sessions {

    /** Past this many sessions, each new one first sweeps out the expired. */
    private static final int SWEEP_ABOVE = 1_000;

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final SessionPolicy policy;
    private final Clock clock;

    public Sessions(SessionPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** A new session for a member who just signed in. */
    Session start(long memberId) {
        if (byId.size() > SWEEP_ABOVE) {
            Instant now = clock.instant();
            byId.values().removeIf(s -> expired(s, now));
        }
        Session s = new Session(RandomIds.next(), memberId, RandomIds.next(), clock.instant());
        byId.put(s.id(), s);
        return s;
    }

    /** The session with this id when it is still valid, marked as seen now; expired sessions are dropped. */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = byId.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(s, now)) {
            byId.remove(id, s);
            return Optional.empty();
        }
        s.seen(now);
        return Optional.of(s);
    }

    void end(Session session) {
        byId.remove(session.id(), session);
    }

    /** Ends every session of a member (removed, or signed out everywhere). */
    public void endAll(long memberId) {
        byId.values().removeIf(s -> s.memberId() == memberId);
    }

    private boolean expired(Session s, Instant now) {
        return !now.isBefore(s.lastSeen().plus(policy.idle())) || !now.isBefore(s.started().plus(policy.absolute()));
    }
}
