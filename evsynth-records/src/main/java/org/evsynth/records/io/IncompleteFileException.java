package org.evsynth.records.io;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * A file that could not be parsed to its end: XML that stops being well formed half-way or ends too soon, or
 * a document type declaration (refused, because its entities could read local files or expand without bound).
 * This is the "did not read completely" half of the {@link RecordReader} contract: the caller must take
 * nothing from such a file. {@link #partial()} holds what was read before the failure, for a message or a
 * diagnosis only.
 *
 * <p>An {@link IOException}, so that a caller which refuses an unreadable file refuses this one too.
 */
public final class IncompleteFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String reason;
    private final transient ImportResult partial;

    /**
     * @param file    the file name as given to the reader
     * @param line    1-based line where reading stopped
     * @param column  1-based column there, 0 when not known
     * @param reason  what is wrong, without the content of the file
     * @param partial the records and warnings read before that point
     */
    public IncompleteFileException(String file, int line, int column, String reason, ImportResult partial) {
        super(message(file, line, column, reason, partial));
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
        this.partial = partial;
    }

    private static String message(String file, int line, int column, String reason, ImportResult partial) {
        String where = column > 0 ? String.format(Locale.ROOT, "%s:%d:%d", file, line, column)
                : String.format(Locale.ROOT, "%s:%d", file, line);
        return String.format(Locale.ROOT, "%s: %s; the file was not read to its end (%d records before this point)",
                where, reason, partial.records().size());
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The column, 0 when not known. */
    public int column() {
        return column;
    }

    /** What is wrong, without file and line. */
    public String reason() {
        return reason;
    }

    /** What was read before the failure: never to be imported, since the file is not whole. */
    public ImportResult partial() {
        return partial == null ? new ImportResult(List.of(), List.of()) : partial;
    }
}
