package org.evsynth.records.screening;

import java.util.List;

/**
 * What the screener returns: the next records in order, the model that ranked them and where screening stands
 * against the stopping rule.
 *
 * @param records     the next unscreened records, best first
 * @param model       the model that ranked them; null while records come in random order (before at least one
 *                    include and one exclude)
 * @param unscreened  how many records are still unscreened
 * @param stopping    the stopping rule's state; null when not asked for
 */
public record Ranking(List<RankedRecord> records, ModelProvenance model, int unscreened, StoppingState stopping) {

    public Ranking {
        records = List.copyOf(records);
    }

    /** Whether the records come in the seeded random order, no model having been trained yet. */
    public boolean randomOrder() {
        return model == null;
    }
}
