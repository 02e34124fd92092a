package org.evsynth.review;

import java.util.Locale;

/**
 * The order in which records reach a reviewer's queue: as imported, or shuffled by a seed (the same seed, the same
 * order, for every reviewer and every run), so that screening is not biased by the databases' order; or, at title
 * and abstract, prioritised by a model of the decisions ({@link PrioritisedScreening}), whose stored queue key (for
 * full text) is the random one.
 */
public enum ScreeningOrder {
    IMPORT,
    RANDOM,
    PRIORITY;

    /** The record's place in the queue: its id in import order, else a SplitMix64 hash of seed and id. */
    long key(long recordId, long seed) {
        if (this == IMPORT) {
            return recordId;
        }
        long z = seed + recordId * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) >>> 1;
    }

    /** @throws IllegalArgumentException naming the word when it is no order */
    static ScreeningOrder of(String word) {
        for (ScreeningOrder o : values()) {
            if (o.name().toLowerCase(Locale.ROOT).equals(word.strip().toLowerCase(Locale.ROOT))) {
                return o;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "protocol screening.order '%s' is not import, random or priority", word));
    }
}
