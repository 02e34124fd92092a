package org.evsynth.review;

/**
 * A review could not be read or changed; the message names the review and the entity concerned, and says what to
 * do. The subclasses tell the shells how to answer: {@link InvalidInputException} (bad input: 400, exit 2),
 * {@link UnknownEntityException} (no such review, record or study: 404, exit 2), {@link RefusedException} (the
 * review's state forbids it: 409, exit 2) and {@link StorageException} (the database failed: 500, exit 1).
 */
public class ReviewException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReviewException(String message) {
        super(message);
    }

    public ReviewException(String message, Throwable cause) {
        super(message, cause);
    }
}
