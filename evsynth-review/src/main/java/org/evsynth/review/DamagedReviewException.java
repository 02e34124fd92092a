package org.evsynth.review;

/**
 * The review's SQLite file is damaged (truncated, overwritten, not a database at all): evsynth neither reads nor
 * writes it. The message says what SQLite found and how to restore the review from a backup.
 */
public class DamagedReviewException extends StorageException {

    private static final long serialVersionUID = 1L;

    public DamagedReviewException(String message, Throwable cause) {
        super(message, cause);
    }
}
