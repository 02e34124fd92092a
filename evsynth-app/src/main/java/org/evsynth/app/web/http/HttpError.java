package org.evsynth.app.web.http;

/**
 * A request refused with a status and a message a person can act on; the error handlers answer it as
 * {@code {"error": message}} for the API and as an error page otherwise.
 */
public final class HttpError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final long retryAfterSeconds;

    private HttpError(int status, String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 400: the request's content is wrong; the message names the field. */
    public static HttpError badRequest(String message) {
        return new HttpError(400, message, 0);
    }

    /** 401: nobody is signed in, or the credentials are wrong. */
    public static HttpError unauthorized(String message) {
        return new HttpError(401, message, 0);
    }

    /** 403: signed in, but not allowed (role, or a missing CSRF token). */
    public static HttpError forbidden(String message) {
        return new HttpError(403, message, 0);
    }

    /** 404: no such thing. */
    public static HttpError notFound(String message) {
        return new HttpError(404, message, 0);
    }

    /** 409: the review's state forbids it. */
    public static HttpError conflict(String message) {
        return new HttpError(409, message, 0);
    }

    /** 413: the upload is larger than the server takes. */
    public static HttpError tooLarge(String message) {
        return new HttpError(413, message, 0);
    }

    /** 429: too many attempts; may be tried again after the given seconds. */
    public static HttpError tooManyRequests(String message, long retryAfterSeconds) {
        return new HttpError(429, message, retryAfterSeconds);
    }

    public int status() {
        return status;
    }

    /** Seconds to wait before trying again (429), or 0. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
