package org.evsynth.review;

/**
 * An operation the review's state forbids, refused before anything was written: a full-text decision on a record
 * excluded at title and abstract, a resolution where there is no conflict. The message says the record's state.
 */
public class RefusedException extends ReviewException {

    private static final long serialVersionUID = 1L;

    public RefusedException(String message) {
        super(message);
    }
}
