package org.evsynth.stats.regression;

import org.evsynth.stats.meta.MetaAnalysisException;

/** Moderators that are linear combinations of one another, so their coefficients are not identified. */
public final class CollinearityException extends MetaAnalysisException {

    private static final long serialVersionUID = 1L;

    private final int column;

    /** The first column of the model matrix that depends on the ones before it. */
    public CollinearityException(int column) {
        super("the moderators are collinear: column " + column + " of the model matrix is a linear combination of "
                + "the columns before it");
        this.column = column;
    }

    /** The column index in the model matrix (0 is the intercept). */
    public int column() {
        return column;
    }
}
