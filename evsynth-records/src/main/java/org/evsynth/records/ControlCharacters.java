package org.evsynth.records;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Characters that must never reach a record: the C0 controls except tab, line feed and carriage return
 * (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F), DEL and the C1 controls (U+007F–U+009F), and the
 * noncharacters U+FFFE and U+FFFF. They come from damaged exports (a NUL from a broken writer), from text
 * copied out of a terminal, or from hostile input; XML 1.0 refuses the C0 ones and U+FFFE/U+FFFF (so a report
 * cannot be written with them), and a terminal obeys them ({@code ESC ] 0 ; ... BEL} sets its window title,
 * {@code ESC [ 2 J} clears its screen).
 *
 * <p>{@link #strip} removes a whole ECMA-48 escape sequence, not only its ESC, so that coloured text pasted
 * from a terminal reads "Bold" rather than "[1mBold[0m": a control sequence (ESC [ or U+009B, parameter bytes
 * 0x30–0x3F, intermediate bytes 0x20–0x2F, a final byte 0x40–0x7E) and a control string (ESC ], P, X, ^ or _,
 * or U+009D, U+0090, U+0098, U+009E, U+009F, up to BEL or the string terminator ESC \ or U+009C). A sequence
 * that is not complete loses only its introducer. Vertical tab, form feed and NEL (U+0085), which separate
 * lines, become a space; every other control is removed.
 */
public final class ControlCharacters {

    private static final char ESC = '\u001B';
    private static final char BEL = '\u0007';
    private static final char CSI = '\u009B';
    private static final char ST = '\u009C';
    /** A control string longer than this is taken as a stray introducer, not a sequence. */
    private static final int MAX_STRING = 4096;

    /**
     * One removed control character.
     *
     * @param at        index in the stripped text where the character was
     * @param codePoint the character
     */
    public record Removal(int at, int codePoint) {
    }

    /**
     * Text with its control characters removed.
     *
     * @param text     the text without them; the same instance as the input when there were none
     * @param removals every control character removed, in order (the printable bytes of an escape sequence
     *                 are removed with it but not listed)
     */
    public record Stripped(String text, List<Removal> removals) {

        public Stripped {
            removals = List.copyOf(removals);
        }

        /** Whether anything was removed. */
        public boolean changed() {
            return !removals.isEmpty();
        }

        /** The distinct control characters removed, in order of first appearance. */
        public List<Integer> removed() {
            Set<Integer> distinct = new LinkedHashSet<>();
            removals.forEach(r -> distinct.add(r.codePoint()));
            return List.copyOf(distinct);
        }

        /** The distinct characters removed as "U+0000, U+001B". */
        public String describe() {
            return describe(removed());
        }

        /** Code points as "U+0000, U+001B". */
        public static String describe(List<Integer> codePoints) {
            return codePoints.stream().map(c -> String.format(Locale.ROOT, "U+%04X", c))
                    .collect(Collectors.joining(", "));
        }
    }

    private ControlCharacters() {
    }

    /** Whether the code point is one that must not reach a record (see the class description). */
    public static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c == 0xFFFE
                || c == 0xFFFF;
    }

    /** Whether the text holds a control character; false for null. */
    public static boolean contains(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text without control characters, and what was removed; null stays null. */
    public static Stripped strip(String text) {
        if (!contains(text)) {
            return new Stripped(text, List.of());
        }
        StringBuilder out = new StringBuilder(text.length());
        List<Removal> removals = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                out.append(c);
                i++;
                continue;
            }
            removals.add(new Removal(out.length(), c));
            int end = sequenceEnd(text, i);
            if (end > i + 1 && text.charAt(end - 1) != c && isControl(text.charAt(end - 1))) {
                removals.add(new Removal(out.length(), text.charAt(end - 1)));
            }
            if (c == '\u000B' || c == '\u000C' || c == '\u0085') {
                out.append(' ');
            }
            i = end;
        }
        return new Stripped(out.toString(), removals);
    }

    /** The index after the escape sequence that starts at i, or i + 1 when the control stands alone. */
    private static int sequenceEnd(String s, int i) {
        char c = s.charAt(i);
        char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
        if (c == CSI) {
            return controlSequenceEnd(s, i + 1, i + 1);
        }
        if (c == ESC && next == '[') {
            return controlSequenceEnd(s, i + 2, i + 1);
        }
        if (c == '\u009D' || c == '\u0090' || c == '\u0098' || c == '\u009E' || c == '\u009F') {
            return controlStringEnd(s, i + 1, i + 1);
        }
        if (c == ESC && (next == ']' || next == 'P' || next == 'X' || next == '^' || next == '_')) {
            return controlStringEnd(s, i + 2, i + 1);
        }
        return i + 1;
    }

    /** After a CSI: parameters, intermediates and the final byte; {@code fallback} when incomplete. */
    private static int controlSequenceEnd(String s, int from, int fallback) {
        int j = from;
        while (j < s.length() && s.charAt(j) >= 0x30 && s.charAt(j) <= 0x3F) {
            j++;
        }
        while (j < s.length() && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x2F) {
            j++;
        }
        return j < s.length() && s.charAt(j) >= 0x40 && s.charAt(j) <= 0x7E ? j + 1 : fallback;
    }

    /** After a control string's introducer: up to and including BEL, ESC \ or ST; {@code fallback} when none. */
    private static int controlStringEnd(String s, int from, int fallback) {
        int limit = Math.min(s.length(), from + MAX_STRING);
        for (int j = from; j < limit; j++) {
            char c = s.charAt(j);
            if (c == BEL || c == ST) {
                return j + 1;
            }
            if (c == ESC) {
                return j + 1 < s.length() && s.charAt(j + 1) == '\\' ? j + 2 : fallback;
            }
        }
        return fallback;
    }
}
