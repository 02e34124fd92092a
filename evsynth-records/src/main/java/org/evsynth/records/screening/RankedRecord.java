package org.evsynth.records.screening;

import java.util.List;

/**
 * A record in ranking order, with why it ranks there.
 *
 * @param record      the record's position in the screener's list
 * @param score       the model's decision value (for logistic regression the log-odds of relevance); NaN while
 *                    records come in random order
 * @param probability for logistic regression, the model's probability that the record is relevant; NaN otherwise
 * @param terms       the words that raise its score most, largest first; empty in random order
 */
public record RankedRecord(int record, double score, double probability, List<TermWeight> terms) {

    public RankedRecord {
        terms = List.copyOf(terms);
    }
}
