package org.evsynth.app.cli.simulate;

import org.evsynth.records.screening.ModelSettings;
import org.evsynth.records.screening.PrioritySettings;

/** The {@code --model} of {@code evsynth simulate}. */
public enum SimulationModel {
    /** evsynth's screener, as {@code evsynth screen} ranks records. */
    EVSYNTH(PrioritySettings.defaults()),
    /** evsynth's features and schedule with logistic regression alone, without the naive Bayes blend. */
    LOGISTIC_REGRESSION(PrioritySettings.defaults().withModel(ModelSettings.logisticRegression())),
    /** ASReview LAB 2's default model, ELAS u4, for comparison on the same data. */
    ELAS_U4(PrioritySettings.asReviewElasU4()),
    /** ASReview LAB 1's default model (TF-IDF and naive Bayes), for comparison on the same data. */
    ASREVIEW_NB(PrioritySettings.asReviewLab1());

    private final PrioritySettings settings;

    SimulationModel(PrioritySettings settings) {
        this.settings = settings;
    }

    public PrioritySettings settings() {
        return settings;
    }
}
