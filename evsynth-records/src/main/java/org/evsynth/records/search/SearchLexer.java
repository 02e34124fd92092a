package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one search line into {@link Token}s.
 *
 * <p>The one subtle rule is the Ovid field suffix: a period followed by two-letter codes
 * ({@code glaucoma$.tw.}, {@code MDR-TB.ti,ab}) ends the word before it, while a period inside a word
 * ({@code A.fumigatus}) does not. Straight and typographic quotes ({@code " “ ”}) both delimit phrases, because
 * strategies are often pasted from word processors.
 */
final class SearchLexer {

    private static final Pattern FIELD_SUFFIX =
            Pattern.compile("\\.([A-Za-z]{2}(?:\\s*,\\s*[A-Za-z]{2})*)\\.?(?=$|[\\s)\\[/])");
    private static final String WORD_BREAKS = "()\"“”/,[]";

    private final String line;
    private final int lineNumber;
    private int pos;

    private SearchLexer(String line, int lineNumber) {
        this.line = line;
        this.lineNumber = lineNumber;
    }

    /** The tokens of the line, ending with an END token. */
    static List<Token> tokens(String line, int lineNumber) {
        return new SearchLexer(line, lineNumber).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            int before = pos;
            while (pos < line.length() && Character.isWhitespace(line.charAt(pos))) {
                pos++;
            }
            boolean space = pos > before || tokens.isEmpty();
            if (pos >= line.length()) {
                tokens.add(new Token(Token.Type.END, "", pos + 1, space));
                return tokens;
            }
            tokens.add(next(space));
        }
    }

    private Token next(boolean space) {
        int start = pos;
        char c = line.charAt(pos);
        switch (c) {
            case '(':
                pos++;
                return new Token(Token.Type.LPAREN, "(", start + 1, space);
            case ')':
                pos++;
                return new Token(Token.Type.RPAREN, ")", start + 1, space);
            case '/':
                pos++;
                return new Token(Token.Type.SLASH, "/", start + 1, space);
            case ',':
                pos++;
                return new Token(Token.Type.COMMA, ",", start + 1, space);
            case '"':
            case '“':
            case '”':
                return enclosed(Token.Type.QUOTED, "\"”“", space);
            case '[':
                return enclosed(Token.Type.BRACKET, "]", space);
            default:
                break;
        }
        Matcher field = FIELD_SUFFIX.matcher(line).region(pos, line.length());
        if (c == '.' && field.lookingAt()) {
            pos = field.end();
            return new Token(Token.Type.FIELD, field.group(1).replaceAll("\\s", ""), start + 1, space);
        }
        return word(space);
    }

    private Token enclosed(Token.Type type, String closers, boolean space) {
        int start = pos;
        int end = pos + 1;
        while (end < line.length() && closers.indexOf(line.charAt(end)) < 0) {
            end++;
        }
        if (end >= line.length()) {
            throw new StrategyParseException(lineNumber, start + 1, line.substring(start),
                    type == Token.Type.QUOTED ? "unclosed quotation mark" : "unclosed '['");
        }
        pos = end + 1;
        return new Token(type, line.substring(start + 1, end), start + 1, space);
    }

    private Token word(boolean space) {
        int start = pos;
        Matcher field = FIELD_SUFFIX.matcher(line);
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (Character.isWhitespace(c) || WORD_BREAKS.indexOf(c) >= 0) {
                break;
            }
            if (c == '.' && pos > start && field.region(pos, line.length()).lookingAt()) {
                break;
            }
            pos++;
        }
        return new Token(Token.Type.WORD, line.substring(start, pos), start + 1, space);
    }
}
