package org.evsynth.records.screening;

/**
 * How the hypergeometric stopping test of Callaghan &amp; Müller-Hansen (2020, Systematic Reviews 9:273) gets the
 * sample it tests.
 */
public enum StoppingProtocol {
    /**
     * The paper's workflow: screen in model order until the likely includes look exhausted (the ranked tail's
     * p-value, or a run of irrelevant records, or a share of the records screened, {@link StoppingSettings}), then
     * screen the remaining records in a random order and test "recall is below the target" on that random sample
     * alone, after every record, with the paper's test made exact for being repeated
     * ({@link SequentialSampleTest}). Its error rate is then the stated one whatever the model did.
     */
    RANDOM_SAMPLE,
    /**
     * buscar's {@code calculate_h0}: no switch; the last records screened in model order are taken as if they
     * were a random sample of the records unscreened before them, and the smallest p-value over every such
     * sample is tested. Conservative only while the ranking puts includes first, which cannot be checked; kept
     * for comparison and shown beside the rule.
     */
    RANKED_TAIL
}
