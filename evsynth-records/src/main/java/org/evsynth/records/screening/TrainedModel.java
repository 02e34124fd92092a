package org.evsynth.records.screening;

import java.util.List;

/**
 * A model, the scores it gives every record and how it was made.
 *
 * @param trainedOn  the decisions it was trained on, in order
 * @param model      the linear model
 * @param scores     its score of every record, by position
 * @param provenance how it was made
 */
record TrainedModel(List<ScreeningDecision> trainedOn, LinearModel model, double[] scores,
                    ModelProvenance provenance) {
}
