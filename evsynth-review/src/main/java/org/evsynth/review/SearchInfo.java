package org.evsynth.review;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One search as imported: the database or register searched, when, with what strategy, and the file.
 *
 * @param searchedOn   the date searched, or null when not given
 * @param strategy     the strategy text, or null
 * @param strategyHits each strategy line's hits on this search's records, as JSON
 *                     ({@code [{number, text, hits, reported_hits}]}), or null without a strategy
 * @param kind         a bibliographic database or a trial register
 * @param withdrawn    whether the search was withdrawn: its records are no longer in the review
 */
public record SearchInfo(long id, String source, LocalDate searchedOn, String strategy, String fileName,
        String sha256, int recordCount, Instant importedAt, String importedBy, String strategyHits,
        SourceKind kind, boolean withdrawn) {
}
