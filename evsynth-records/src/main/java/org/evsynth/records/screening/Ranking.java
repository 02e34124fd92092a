package org.evsynth.records.screening;

import java.util.List;

/**
 * What the screener returns: the next records in order, the model that ranked them and where screening stands
 * against the stopping rule.
 *
 * @param records     the next unscreened records, first to screen first
 * @param ordering    why they come in this order
 * @param model       the model that scored them; null while records come in random order before at least one
 *                    include and one exclude
 * @param unscreened  how many records are still unscreened
 * @param stopping    the stopping rule's state; null when not asked for
 */
public record Ranking(List<RankedRecord> records, Ordering ordering, ModelProvenance model, int unscreened,
                      StoppingState stopping) {

    public Ranking {
        records = List.copyOf(records);
        if (ordering == null) {
            throw new IllegalArgumentException("a ranking needs its ordering");
        }
    }

    /** Whether the records come in the seeded random order, no model having been trained yet. */
    public boolean randomOrder() {
        return ordering == Ordering.RANDOM_START;
    }
}
