package org.evsynth.records.io;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the LaTeX found in BibTeX field values into plain Unicode text: accent commands ({\"u}, \'{e}, \c{c},
 * \v s) become composed letters, letter commands (\ss, \o, \aa, \l) their letters, escaped specials (\&amp;,
 * \%) the characters, "--" and "---" dashes, and the grouping braces disappear.
 */
final class Latex {

    private static final Map<Character, Character> ACCENTS = Map.ofEntries(
            Map.entry('"', '\u0308'), Map.entry('\'', '\u0301'), Map.entry('`', '\u0300'), Map.entry('^', '\u0302'),
            Map.entry('~', '\u0303'), Map.entry('=', '\u0304'), Map.entry('.', '\u0307'), Map.entry('u', '\u0306'),
            Map.entry('v', '\u030C'), Map.entry('H', '\u030B'), Map.entry('c', '\u0327'), Map.entry('k', '\u0328'),
            Map.entry('r', '\u030A'), Map.entry('d', '\u0323'), Map.entry('b', '\u0331'));
    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("ss", "ß"), Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("aa", "å"),
            Map.entry("AA", "Å"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("oe", "œ"),
            Map.entry("OE", "Œ"), Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"), Map.entry("j", "ȷ"));
    /** Symbol accents (\"u, \"{u}, {\"u}) with an optional dotless-i base. */
    private static final Pattern SYMBOL_ACCENT = Pattern.compile(
            "\\\\([\"'`^~=.])\\s*(?:\\{\\s*(\\\\?[A-Za-z])\\s*}|(\\\\?[A-Za-z]))");
    /** Letter accents need braces or a space: \c{c}, \v s. */
    private static final Pattern LETTER_ACCENT = Pattern.compile(
            "\\\\([uvHckrdb])(?:\\s*\\{\\s*(\\\\?[A-Za-z])\\s*}|\\s+([A-Za-z]))");
    private static final Pattern LETTER_COMMAND = Pattern.compile("\\\\(ss|aa|AA|ae|AE|oe|OE|o|O|l|L|i|j)(?![A-Za-z])\\s?");
    private static final Pattern OTHER_COMMAND = Pattern.compile("\\\\[A-Za-z]+\\s*");

    private Latex() {
    }

    static String decode(String value) {
        if (value == null || value.indexOf('\\') < 0 && value.indexOf('{') < 0 && value.indexOf('-') < 0
                && value.indexOf('~') < 0 && value.indexOf('$') < 0) {
            return value;
        }
        String s = applyAccents(value, SYMBOL_ACCENT);
        s = applyAccents(s, LETTER_ACCENT);
        s = LETTER_COMMAND.matcher(s).replaceAll(m -> Matcher.quoteReplacement(LETTERS.get(m.group(1))));
        s = s.replace("\\&", "&").replace("\\%", "%").replace("\\$", "\u0000DOLLAR").replace("\\#", "#")
                .replace("\\_", "_").replace("\\{", "\u0000LB").replace("\\}", "\u0000RB");
        s = OTHER_COMMAND.matcher(s).replaceAll("");
        s = s.replace("{", "").replace("}", "").replace("$", "").replace("~", " ")
                .replace("---", "—").replace("--", "–")
                .replace("\u0000DOLLAR", "$").replace("\u0000LB", "{").replace("\u0000RB", "}");
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static String applyAccents(String s, Pattern pattern) {
        return pattern.matcher(s).replaceAll(m -> {
            String base = m.group(2) != null ? m.group(2) : m.group(3);
            String letter = base.startsWith("\\") ? LETTERS.getOrDefault(base.substring(1), base.substring(1)) : base;
            if (letter.equals("ı")) {
                letter = "i";
            }
            return Matcher.quoteReplacement(letter + ACCENTS.get(m.group(1).charAt(0)));
        });
    }
}
