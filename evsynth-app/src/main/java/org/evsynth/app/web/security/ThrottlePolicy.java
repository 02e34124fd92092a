package org.evsynth.app.web.security;

import java.time.Duration;

/**
 * How many failed sign-ins are allowed before further attempts are refused for a while: per account (a guessed
 * password for one person) and per client address (many accounts tried from one place).
 *
 * @param perAccount failures allowed per account name within the window
 * @param perAddress failures allowed per client address within the window
 * @param window     how far back failures count
 */
public record ThrottlePolicy(int perAccount, int perAddress, Duration window) {

    public ThrottlePolicy {
        if (perAccount < 1 || perAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("sign-in limits must be positive: " + perAccount + " per account, "
                    + perAddress + " per address, in " + window);
        }
    }

    /** 5 failures per account and 20 per address in 15 minutes (OWASP Authentication Cheat Sheet's order). */
    public static ThrottlePolicy defaults() {
        return new ThrottlePolicy(5, 20, Duration.ofMinutes(15));
    }
}
