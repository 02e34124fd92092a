package org.evsynth.report.format;

import java.util.List;

import org.evsynth.records.ControlCharacters;
import org.evsynth.records.io.SpreadsheetSafe;

/**
 * What evsynth keeps of a text it reads from a study table, a risk-of-bias or PRISMA table, or review.yaml: the
 * apostrophe evsynth's own CSV writers put before a cell a spreadsheet would run as a formula is taken off again
 * ({@link SpreadsheetSafe#restore}), so that an exported bundle reads back as it was; and control characters
 * ({@link ControlCharacters}: U+0001, a form feed, a terminal's escape sequences) are removed, since XML cannot hold
 * them (the report's HTML, SVG and PDF would fail to be written) and a terminal obeys them. A removal is said in a
 * warning naming where it was, so nothing is changed silently.
 */
public final class CellText {

    private CellText() {
    }

    /**
     * A CSV cell as read. Cheap when there is nothing to take off (the same string comes back), as for nearly every
     * cell of a large table.
     *
     * @param warnings where the warning goes when something was removed, naming the file, line and column
     */
    public static String csv(String raw, List<String> warnings, String file, long line, String column) {
        String restored = SpreadsheetSafe.restore(raw);
        if (!ControlCharacters.contains(restored)) {
            return restored;
        }
        return text(restored, warnings, file + ", line " + line + ", column " + column);
    }

    /** A CSV cell as {@link #csv} keeps it, without a warning: for a cell already warned about when it was read. */
    public static String csvQuietly(String raw) {
        String restored = SpreadsheetSafe.restore(raw);
        return ControlCharacters.contains(restored) ? ControlCharacters.strip(restored).text() : restored;
    }

    /**
     * A value (of review.yaml, say) without its control characters.
     *
     * @param where the file, line and key or column, for the warning ("review.yaml, line 3, title")
     */
    public static String text(String raw, List<String> warnings, String where) {
        ControlCharacters.Stripped stripped = ControlCharacters.strip(raw);
        if (stripped.changed()) {
            warnings.add(where + ": control characters removed (" + stripped.describe()
                    + "); a report cannot show them");
        }
        return stripped.text();
    }
}
