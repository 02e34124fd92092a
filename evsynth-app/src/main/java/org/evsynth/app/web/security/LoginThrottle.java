package org.evsynth.app.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins in a sliding window, per account name and per client address, and says how long to
 * wait once either is over its limit. An attempt is checked before the password is, so a locked account
 * cannot be tried at all; a success clears the account's count (not the address's). Names that belong to nobody
 * are counted like the others, so the answers do not tell which names exist.
 */
public final class LoginThrottle {

    /** Past this many tracked keys, stale ones are swept out, so a flood of names cannot fill the memory. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final ThrottlePolicy policy;
    private final Clock clock;

    public LoginThrottle(ThrottlePolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** How long until an attempt for this account from this address may be made; empty when it may be now. */
    Optional<Duration> wait(String account, String address) {
        Instant now = clock.instant();
        Optional<Duration> a = wait(accountKey(account), policy.perAccount(), now);
        Optional<Duration> b = wait(addressKey(address), policy.perAddress(), now);
        if (a.isPresent() && b.isPresent()) {
            return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
        }
        return a.isPresent() ? a : b;
    }

    void failed(String account, String address) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || !e.getValue().peekLast().isAfter(now.minus(policy.window()));
                }
            });
        }
        record(accountKey(account), now);
        record(addressKey(address), now);
    }

    void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            Instant since = now.minus(policy.window());
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.removeFirst();
            }
            if (times.size() < limit) {
                return Optional.empty();
            }
            // the attempt may be made when enough of the failures have left the window
            Instant freed = times.stream().skip(times.size() - limit).findFirst().orElseThrow()
                    .plus(policy.window());
            return Optional.of(Duration.between(now, freed));
        }
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
