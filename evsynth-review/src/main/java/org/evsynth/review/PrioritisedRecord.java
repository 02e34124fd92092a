package org.evsynth.review;

import java.util.List;

import org.evsynth.records.screening.ModelProvenance;
import org.evsynth.records.screening.Ordering;
import org.evsynth.records.screening.StoppingState;
import org.evsynth.records.screening.TermWeight;

/**
 * A record as prioritised screening serves it: why it comes now, and where screening stands.
 *
 * @param record      the record
 * @param ordering    random-start (no include and exclude to train on yet), model, or random-sample (the stopping
 *                    rule's sample of the remaining records)
 * @param keyPaper    whether a reviewer marked it as a key paper (served first, trained on as an include)
 * @param score       the model's decision value, NaN in a random order
 * @param probability the model's probability of relevance, NaN when the model gives none or in a random order
 * @param terms       the words that add most to the score, largest first
 * @param rankingId   the stored ranking that served it ({@code screening_ranking}), named by the audit entry of the
 *                    decision on it; 0 when it was only looked at ({@link PrioritisedScreening#explain})
 * @param model       the model's provenance; null in a random order
 * @param stopping    the stopping rule's state on the decisions the ranking was computed from
 */
public record PrioritisedRecord(ReviewRecord record, Ordering ordering, boolean keyPaper, double score,
                                double probability, List<TermWeight> terms, long rankingId, ModelProvenance model,
                                StoppingState stopping) {

    public PrioritisedRecord {
        terms = List.copyOf(terms);
    }
}
