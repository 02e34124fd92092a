package org.evsynth.review;

import java.util.List;

/**
 * What an import did.
 *
 * @param searchId        the search the file was recorded as (the earlier one when already imported)
 * @param fileName        the file's name
 * @param sha256          the file's SHA-256, hex
 * @param recordsAdded    records added now; 0 when the file was imported before
 * @param alreadyImported whether the same file (by SHA-256) was imported before
 * @param warnings        the reader's line-numbered warnings
 * @param strategyHits    each strategy line's hits on the records, as JSON, or null without a strategy
 */
public record ImportSummary(long searchId, String fileName, String sha256, int recordsAdded,
        boolean alreadyImported, List<String> warnings, String strategyHits) {

    public ImportSummary {
        warnings = List.copyOf(warnings);
    }
}
