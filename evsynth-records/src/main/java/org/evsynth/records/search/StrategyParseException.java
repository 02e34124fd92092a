package org.evsynth.records.search;

import java.util.Locale;

/**
 * A search strategy line that evsynth cannot read or would not run faithfully.
 *
 * <p>Thrown instead of guessing: a construct that is skipped or misread would silently change the hit counts a
 * review reports (PRISMA-S item 8 asks for the full strategy exactly as run), so the message names the line, the
 * column and the construct.
 */
public final class StrategyParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String construct;

    /**
     * @param line      1-based strategy line number, as the strategy numbers it
     * @param column    1-based column within that line's search text
     * @param construct the offending text, e.g. {@code "near/3"}
     * @param problem   what is wrong, e.g. {@code "proximity operator near/N is not Ovid MEDLINE syntax"}
     */
    public StrategyParseException(int line, int column, String construct, String problem) {
        super(String.format(Locale.ROOT, "line %d, column %d: %s: '%s'", line, column, problem, construct));
        this.line = line;
        this.column = column;
        this.construct = construct;
    }

    /** The 1-based strategy line number. */
    public int line() {
        return line;
    }

    /** The 1-based column within the line's search text. */
    public int column() {
        return column;
    }

    /** The text of the construct that could not be read. */
    public String construct() {
        return construct;
    }
}
