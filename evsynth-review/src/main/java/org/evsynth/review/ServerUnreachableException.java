package org.evsynth.review;

/**
 * The PostgreSQL server holding the review cannot be reached or refused the connection; the message names the host
 * and port, never the password.
 */
public class ServerUnreachableException extends StorageException {

    private static final long serialVersionUID = 1L;

    public ServerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
