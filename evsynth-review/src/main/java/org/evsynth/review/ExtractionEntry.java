package org.evsynth.review;

import java.time.Instant;
import java.util.Map;

/**
 * The newest extracted data of one key of a study: its characteristics (outcome and arm null), or one arm's data
 * for an outcome in one of {@link ArmData}'s shapes.
 *
 * @param data the fields: for an arm in the engine's names (events, total / mean, sd, n / estimate, lower, upper)
 */
public record ExtractionEntry(long id, long study, String outcome, String arm, Map<String, Object> data,
        String extractor, Instant at) {

    public ExtractionEntry {
        data = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
    }

    /** Whether the entry holds the study's characteristics rather than an arm's data. */
    public boolean isCharacteristics() {
        return outcome == null;
    }

    /** The key the export and the command line use: "characteristics" or "outcome/arm". */
    public String key() {
        return isCharacteristics() ? "characteristics" : outcome + "/" + arm;
    }
}
