package org.evsynth.app.web.security;

import java.time.Duration;

/**
 * How long a sign-in lasts: a session ends after {@code idle} without a request, and in any case {@code absolute}
 * after it began (OWASP Session Management Cheat Sheet: both timeouts, enforced on the server).
 *
 * @param idle     time without a request after which the session ends
 * @param absolute time after sign-in after which the session ends however busy
 */
public record SessionPolicy(Duration idle, Duration absolute) {

    public SessionPolicy {
        if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
            throw new IllegalArgumentException("a session's idle timeout must be positive and at most its absolute "
                    + "timeout (idle " + idle + ", absolute " + absolute + ")");
        }
    }

    /** One hour idle, twelve hours at most: a working day of screening with one sign-in. */
    public static SessionPolicy defaults() {
        return new SessionPolicy(Duration.ofHours(1), Duration.ofHours(12));
    }
}
