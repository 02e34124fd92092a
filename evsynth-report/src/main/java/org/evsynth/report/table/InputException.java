package org.evsynth.report.table;

/** Input that cannot be used, with a message naming the file, and where known the line and column. */
public class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A message a person can act on. */
    public InputException(String message) {
        super(message);
    }

    /** A problem at a line and column of a file. */
    public static InputException at(String file, long line, String column, String problem) {
        StringBuilder message = new StringBuilder(file);
        if (line > 0) {
            message.append(", line ").append(line);
        }
        if (column != null) {
            message.append(", column ").append(column);
        }
        return new InputException(message.append(": ").append(problem).toString());
    }
}
