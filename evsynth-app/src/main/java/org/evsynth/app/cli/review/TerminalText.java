package org.evsynth.app.cli.review;

import java.util.regex.Pattern;

/**
 * Text from a record or a person made safe to print on a terminal: escape sequences (CSI such as {@code ESC[2J},
 * OSC such as {@code ESC]0;title BEL}) and every other control or bidirectional-override character are removed, so
 * that a hostile title cannot clear the screen, set the window title or reorder what is shown. Line breaks and tabs
 * become spaces.
 */
final class TerminalText {

    private static final Pattern ESCAPES = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(\u0007|\u001B\\\\)?|\u001B[@-Z\\\\-_]?|\u009B[0-?]*[ -/]*[@-~]");
    private static final Pattern WHITE = Pattern.compile("[\t\r\n\u000B\u000C\u0085\u2028\u2029]");
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]");

    private TerminalText() {
    }

    /** The text without escape sequences or control characters; null stays null. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = ESCAPES.matcher(text).replaceAll("");
        s = WHITE.matcher(s).replaceAll(" ");
        return CONTROLS.matcher(s).replaceAll("");
    }
}
