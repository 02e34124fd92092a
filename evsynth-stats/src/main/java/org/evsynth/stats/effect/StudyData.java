package org.evsynth.stats.effect;

/** What one study reported, in one of the shapes an effect size is computed from. */
public sealed interface StudyData
        permits BinaryStudy, ContinuousStudy, ProportionStudy, PersonTimeStudy, RateStudy, GenericStudy,
        IncompleteStudy {

    /** The study's label, as shown in tables and plots. */
    String study();

    /** The shape of the data. */
    DataKind kind();
}
