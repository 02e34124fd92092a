package org.evsynth.review;

/** The review's database failed: a statement, a connection, the disk. Nothing of the operation was written. */
public class StorageException extends ReviewException {

    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
