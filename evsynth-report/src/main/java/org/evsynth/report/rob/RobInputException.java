package org.evsynth.report.rob;

import java.nio.file.Path;

/**
 * A judgement table that cannot be read, with the place to fix it: the message starts with the file, the line and
 * the column, as every evsynth input error does, so a reviewer can go straight to the cell.
 */
public final class RobInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String column;

    RobInputException(Path file, int line, String column, String problem) {
        super(location(file, line, column) + problem);
        this.line = line;
        this.column = column;
    }

    /** The 1-based line, 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }

    /** The column's name, or null when the problem is not in one column. */
    public String column() {
        return column;
    }

    private static String location(Path file, int line, String column) {
        StringBuilder where = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            where.append(", line ").append(line);
        }
        if (column != null) {
            where.append(", column ").append(column);
        }
        return where.append(": ").toString();
    }
}
