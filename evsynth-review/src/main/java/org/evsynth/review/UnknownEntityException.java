package org.evsynth.review;

/** No such review, record, study, search or pair; the message names what was looked for and where. */
public class UnknownEntityException extends ReviewException {

    private static final long serialVersionUID = 1L;

    public UnknownEntityException(String message) {
        super(message);
    }
}
