package org.evsynth.report.format;

import java.util.List;

/**
 * Small text helpers shared by the printers: a label clipped to a column, a heading's first letter, and what an error
 * message may repeat of a file it could not use.
 */
public final class Texts {

    private static final int NAME = 40;
    private static final int NAMES = 20;

    private Texts() {
    }

    /** The text in at most this many characters, ending in "…" when cut. */
    public static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    /** The first letter in upper case: "Risk ratio". */
    public static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * The names of a file's columns as a list for a message ("study, events_1, …"): each cut short and with control
     * characters replaced, and at most 20. A file that is not a table at all (a binary file, a process's
     * environment) must not end up printed on a terminal or in a log.
     */
    public static String names(List<String> names) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(names.size(), NAMES); i++) {
            text.append(i == 0 ? "" : ", ").append(cell(names.get(i)));
        }
        if (names.size() > NAMES) {
            text.append(", … (").append(names.size() - NAMES).append(" more)");
        }
        return text.toString();
    }

    /** One cell or name of a file, for a message: printable characters only, at most 40 of them. */
    public static String cell(String text) {
        return clip(text.replaceAll("\\p{Cntrl}", "?"), NAME);
    }
}
