package org.evsynth.records.dedup;

import java.time.Clock;
import java.util.Locale;

/**
 * Settings of {@link Deduplicator}.
 *
 * @param reviewThreshold pairs scoring at least this go to the review queue
 * @param maxBlockSize    blocks larger than this are not expanded into pairs
 * @param clock           the time stamped on decisions
 */
public record DedupOptions(double reviewThreshold, int maxBlockSize, Clock clock) {

    /** Threshold 0.8 (chosen on the ASySD and copper labelled sets), blocks up to 500, the system clock. */
    public static DedupOptions defaults() {
        return new DedupOptions(0.8, 500, Clock.systemUTC());
    }

    public DedupOptions {
        if (!(reviewThreshold > 0 && reviewThreshold <= 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "review threshold %.3f is not in (0, 1]", reviewThreshold));
        }
        if (maxBlockSize < 2) {
            throw new IllegalArgumentException("max block size " + maxBlockSize + " is below 2");
        }
    }

    public DedupOptions withReviewThreshold(double threshold) {
        return new DedupOptions(threshold, maxBlockSize, clock);
    }

    public DedupOptions withClock(Clock newClock) {
        return new DedupOptions(reviewThreshold, maxBlockSize, newClock);
    }
}
