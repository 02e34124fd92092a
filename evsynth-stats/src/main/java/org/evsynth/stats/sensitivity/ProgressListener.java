package org.evsynth.stats.sensitivity;

/**
 * Told how far a long analysis has got (leave-one-out, influence and cumulative analyses refit the model once per
 * study), so that a caller can show progress. The library does no I/O: what to show, and where, is the caller's.
 * Called from the analysing thread after each refit; it should return quickly.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * @param done refits finished
     * @param total refits in all
     */
    void progress(int done, int total);
}
