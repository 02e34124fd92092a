package org.evsynth.report.format;

/** Small text helpers shared by the printers: a label clipped to a column, a heading's first letter. */
public final class Texts {

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
}
