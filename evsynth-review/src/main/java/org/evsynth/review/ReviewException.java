package org.evsynth.review;

/** A review could not be read or changed; the message names the review and the entity concerned. */
public class ReviewException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReviewException(String message) {
        super(message);
    }

    public ReviewException(String message, Throwable cause) {
        super(message, cause);
    }
}
