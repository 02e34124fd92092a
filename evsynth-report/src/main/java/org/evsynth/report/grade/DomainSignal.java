package org.evsynth.report.grade;

/**
 * What the numbers say about one GRADE domain, shown next to the reviewers' judgement. The suggestion is never
 * applied: evsynth suggests, the reviewer decides.
 */
public sealed interface DomainSignal permits InconsistencySignal, ImprecisionSignal, PublicationBiasSignal {

    /** The domain. */
    Domain domain();

    /** Levels a reviewer might rate down on these figures alone: 0, -1 or -2. */
    int suggested();

    /** The figures and the reasoning in one or two sentences. */
    String summary();
}
