package org.evsynth.review;

/**
 * Input that cannot be taken as it is: a value outside its domain, a file row that does not parse. The message names
 * the file, line and column (or the field) at fault; nothing was changed.
 */
public class InvalidInputException extends ReviewException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public InvalidInputException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** The field or column at fault, or null when the whole input is. */
    public String field() {
        return field;
    }
}
