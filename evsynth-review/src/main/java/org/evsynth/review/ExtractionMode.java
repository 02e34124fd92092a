package org.evsynth.review;

import java.util.Locale;

/**
 * How a review's data are extracted ({@code extraction.mode} in the protocol). Either way every value records who
 * entered it, extractors' values for the same outcome and arm are compared, and a settled value, once there, is
 * the one used; the mode decides what is used while extractors still differ.
 */
public enum ExtractionMode {
    /**
     * One extractor, perhaps with a second who checks (Cochrane Handbook 5.5.9 allows it for some data): an entry
     * by anyone corrects the one before it, so the newest is used.
     */
    SINGLE,
    /**
     * Two extractors, independently (Cochrane Handbook 5.5.9: recommended for outcome data): a value is used when
     * they agree or when it has been settled; while they differ, it is used by no analysis.
     */
    DUAL;

    /** The protocol's word: single or dual. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the word when it is neither */
    static ExtractionMode of(String word) {
        for (ExtractionMode m : values()) {
            if (m.id().equals(word.strip().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "protocol extraction.mode '%s' is neither single nor dual", word));
    }
}
