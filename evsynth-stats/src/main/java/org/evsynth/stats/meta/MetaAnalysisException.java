package org.evsynth.stats.meta;

/** An analysis that cannot be done with these data and settings; the message says why. */
public class MetaAnalysisException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An analysis failure with its reason. */
    public MetaAnalysisException(String message) {
        super(message);
    }
}
