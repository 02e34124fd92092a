package org.evsynth.records.io;

/**
 * The start of a text that format detection looks at: the first {@value #CHARS} characters after any byte
 * order mark and leading white space (blank lines before the first record are common in MEDLINE and Ovid
 * exports). Bounded, so detection costs the same for a 100 MB file as for a small one.
 */
final class FormatHead {

    static final int CHARS = 8192;

    private FormatHead() {
    }

    static String of(String text) {
        int start = 0;
        while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
            start++;
        }
        return text.substring(start, Math.min(text.length(), start + CHARS));
    }
}
