package org.evsynth.records.screening;

import java.util.Locale;

/**
 * Everything that decides a ranking besides the records and the decisions. Immutable; with the seed and the
 * decisions it makes the ranking reproducible.
 *
 * @param features         how records become vectors
 * @param model            the classifier
 * @param schedule         when it is retrained
 * @param stopping         the stopping rule's target and confidence
 * @param seed             seeds the random order before the first include and exclude, the tie-breaks and
 *                         liblinear's solver
 * @param explanationTerms how many weighted terms each ranked record shows
 */
public record PrioritySettings(FeatureSettings features, ModelSettings model, RetrainSchedule schedule,
                               StoppingSettings stopping, long seed, int explanationTerms) {

    public PrioritySettings {
        if (features == null || model == null || schedule == null || stopping == null) {
            throw new IllegalArgumentException("features, model, schedule and stopping settings must be given");
        }
        if (explanationTerms < 0) {
            throw new IllegalArgumentException("explanation terms " + explanationTerms + " is negative");
        }
    }

    /** evsynth's model ({@link FeatureSettings#defaults()}, {@link ModelSettings#defaults()}), seed 1. */
    public static PrioritySettings defaults() {
        return new PrioritySettings(FeatureSettings.defaults(), ModelSettings.defaults(), RetrainSchedule.defaults(),
                StoppingSettings.defaults(), 1, 8);
    }

    /**
     * ASReview LAB 2's default model, ELAS u4 (asreview 2.0 to 2.1, {@code asreview/models/models.py}): TF-IDF of
     * uni- and bigrams, a linear SVM with C = 0.11 and include-weighted classes (ratio 9.8), the highest-scoring
     * record next (the "max" query), retrained after every decision.
     */
    public static PrioritySettings asReviewElasU4() {
        return new PrioritySettings(FeatureSettings.asReviewElasU4(), ModelSettings.asReviewElasU4(),
                RetrainSchedule.everyDecision(), StoppingSettings.defaults(), 1, 8);
    }

    /**
     * ASReview LAB 1's default model: TF-IDF of single words from title and abstract, multinomial naive Bayes
     * (alpha = 3.822) with the "double" balance (in expectation, {@link ClassWeighting#DOUBLE_BALANCE}), the
     * highest-scoring record next (the "max" query), retrained after every decision.
     */
    public static PrioritySettings asReviewLab1() {
        return new PrioritySettings(FeatureSettings.asReviewLab1(), ModelSettings.asReviewNaiveBayes(),
                RetrainSchedule.everyDecision(), StoppingSettings.defaults(), 1, 8);
    }

    public PrioritySettings withFeatures(FeatureSettings value) {
        return new PrioritySettings(value, model, schedule, stopping, seed, explanationTerms);
    }

    public PrioritySettings withModel(ModelSettings value) {
        return new PrioritySettings(features, value, schedule, stopping, seed, explanationTerms);
    }

    public PrioritySettings withSchedule(RetrainSchedule value) {
        return new PrioritySettings(features, model, value, stopping, seed, explanationTerms);
    }

    public PrioritySettings withStopping(StoppingSettings value) {
        return new PrioritySettings(features, model, schedule, value, seed, explanationTerms);
    }

    public PrioritySettings withSeed(long value) {
        return new PrioritySettings(features, model, schedule, stopping, value, explanationTerms);
    }

    /** A canonical one-line description of the model part, for provenance. */
    public String describe() {
        return String.format(Locale.ROOT, "%s; %s; retrained %s; max query", features.describe(), model.describe(),
                schedule.describe());
    }
}
