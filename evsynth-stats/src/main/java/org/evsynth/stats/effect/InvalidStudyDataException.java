package org.evsynth.stats.effect;

/** A study's data that cannot be used, naming the field at fault so that a reader can point at its column. */
public class InvalidStudyDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /** A message naming the field, the value and the study. */
    public InvalidStudyDataException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field at fault, by its column name (events_1, sd_2, ci_lower, ...). */
    public String field() {
        return field;
    }
}
