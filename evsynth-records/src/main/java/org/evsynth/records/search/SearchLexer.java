package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one search line into {@link Token}s.
 *
 * <p>The one subtle rule is the Ovid field suffix: a period followed by two-letter codes
 * ({@code glaucoma$.tw.}, {@code MDR-TB.ti,ab}) ends the word before it, while a period inside a word
 * ({@code A.fumigatus}) does not. Straight and typographic quotes ({@code " “ ”}) both delimit phrases, because
 * strategies are often pasted from word processors.
 *
 * <p>Slips in a suffix that Ovid accepts are read as Ovid reads them, and the token says what the slip was: a
 * trailing comma ({@code (randomised or randomized).ab,.}), a space after the period ({@code heart. tw.}), a list
 * broken by periods ({@code .ti. ab .}). These forgiving forms only take codes Ovid knows, so an ordinary period
 * in text is never mistaken for a suffix.
 *
 * <p>In the Cochrane Library's and Embase.com's syntax a field list follows a colon ({@code shock:ti,ab},
 * {@code (a OR b):ti,ab,kw}) and is a FIELD token too; there braces ({@code {OR #1-#5}}) are tokens, and Embase.com
 * writes phrases in single quotes ({@code 'heart failure'/exp}). Typographic single quotes, which journals print
 * for both, delimit phrases in both.
 */
final class SearchLexer {

    private static final String CODES = "([A-Za-z]{2}(?:\\s*,\\s*[A-Za-z]{2})*)";
    private static final String SUFFIX_END = "(?=$|[\\s)\\[/])";
    private static final Pattern FIELD_SUFFIX = Pattern.compile("\\." + CODES + "\\.?" + SUFFIX_END);
    private static final Pattern TRAILING_COMMA = Pattern.compile("\\." + CODES + "\\s*,\\s*\\.?" + SUFFIX_END);
    private static final Pattern SPACED = Pattern.compile("\\.\\s+" + CODES + "\\s*\\." + SUFFIX_END);
    private static final Pattern CONTINUED = Pattern.compile("\\s+([A-Za-z]{2})\\s*\\." + SUFFIX_END);
    /** PubMed dates such as {@code 2010/01/01:2015/12/31[edat]}: slashes and a colon inside one word. */
    private static final Pattern TAGGED_DATE =
            Pattern.compile("\\d{4}(?:/\\d{1,2}){0,2}(?:\\s*:\\s*\\d{4}(?:/\\d{1,2}){0,2})?(?=\\s*\\[)");
    /** A colon field list of the Cochrane Library and Embase.com: {@code :ti,ab,kw}, {@code :TI,AB,KY}. */
    private static final Pattern COLON_FIELDS =
            Pattern.compile(":\\s?([A-Za-z]{2,3}(?:\\s*,\\s*[A-Za-z]{2,3})*)(?=$|[\\s)\\]/]|\\.(?=\\s|$))");
    private static final String WORD_BREAKS = "()\"“”/,[]{}";

    private final String line;
    private final int lineNumber;
    private final Dialect dialect;
    private int pos;

    private SearchLexer(String line, int lineNumber, Dialect dialect) {
        this.line = line;
        this.lineNumber = lineNumber;
        this.dialect = dialect;
    }

    /** The tokens of an Ovid or PubMed line, ending with an END token. */
    static List<Token> tokens(String line, int lineNumber) {
        return tokens(line, lineNumber, Dialect.OVID);
    }

    /** The tokens of a line in the given syntax, ending with an END token. */
    static List<Token> tokens(String line, int lineNumber, Dialect dialect) {
        return new SearchLexer(line, lineNumber, dialect).run();
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
            case '{':
                pos++;
                return new Token(Token.Type.LBRACE, "{", start + 1, space);
            case '}':
                pos++;
                return new Token(Token.Type.RBRACE, "}", start + 1, space);
            case '"':
            case '“':
            case '”':
                return enclosed(Token.Type.QUOTED, "\"”“", space);
            case '[':
                return enclosed(Token.Type.BRACKET, "]", space);
            default:
                break;
        }
        if (dialect.colonFields() && (c == '‘' || c == '’' || c == '\'' && dialect == Dialect.EMBASE_COM)) {
            return enclosed(Token.Type.QUOTED, c == '\'' ? "'" : "’‘", space);
        }
        if (c == ':' && dialect.colonFields()) {
            Token field = colonField(space);
            if (field != null) {
                return field;
            }
        }
        if (c == '.' && !dialect.colonFields()) {
            Token field = field(space);
            if (field != null) {
                return field;
            }
        }
        Matcher date = TAGGED_DATE.matcher(line).region(pos, line.length());
        if (Character.isDigit(c) && date.lookingAt()) {
            pos = date.end();
            return new Token(Token.Type.WORD, date.group().replaceAll("\\s", ""), start + 1, space);
        }
        return word(space);
    }

    /** A field suffix at the current period, strict or with a slip Ovid forgives; null if there is none. */
    private Token field(boolean space) {
        int start = pos;
        Matcher strict = FIELD_SUFFIX.matcher(line).region(pos, line.length());
        Matcher comma = TRAILING_COMMA.matcher(line).region(pos, line.length());
        Matcher spaced = SPACED.matcher(line).region(pos, line.length());
        String codes;
        String forgiven = null;
        if (strict.lookingAt()) {
            codes = strict.group(1);
            pos = strict.end();
        } else if (comma.lookingAt() && allKnown(comma.group(1))) {
            codes = comma.group(1);
            pos = comma.end();
            forgiven = "trailing comma in the field list '" + line.substring(start, pos).trim() + "'";
        } else if (spaced.lookingAt() && allKnown(spaced.group(1)) && start > 0
                && !Character.isWhitespace(line.charAt(start - 1))) {
            codes = spaced.group(1);
            pos = spaced.end();
            forgiven = "space after the period in '" + line.substring(start, pos).trim() + "'";
        } else {
            return null;
        }
        StringBuilder list = new StringBuilder(codes.replaceAll("\\s", ""));
        Matcher more = CONTINUED.matcher(line);
        while (more.region(pos, line.length()).lookingAt() && FieldCodes.isKnown(more.group(1))) {
            list.append(',').append(more.group(1));
            pos = more.end();
            forgiven = "field list broken by periods '" + line.substring(start, pos).trim() + "'";
        }
        return new Token(Token.Type.FIELD, list.toString().toLowerCase(Locale.ROOT), start + 1, space, forgiven);
    }

    private static boolean allKnown(String codes) {
        for (String code : codes.split(",")) {
            if (!FieldCodes.isKnown(code.trim())) {
                return false;
            }
        }
        return true;
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

    /** A colon field list ({@code :ti,ab,kw}) at the current colon; null if the colon starts none. */
    private Token colonField(boolean space) {
        Matcher m = COLON_FIELDS.matcher(line).region(pos, line.length());
        if (!m.lookingAt()) {
            return null;
        }
        int start = pos;
        pos = m.end();
        String forgiven = null;
        if (pos < line.length() && line.charAt(pos) == '.') {
            pos++;
            forgiven = "period after the field list '" + line.substring(start, pos).trim() + "'";
        }
        return new Token(Token.Type.FIELD, m.group(1).replaceAll("\\s", "").toLowerCase(Locale.ROOT), start + 1,
                space, forgiven);
    }

    private Token word(boolean space) {
        int start = pos;
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (Character.isWhitespace(c) || WORD_BREAKS.indexOf(c) >= 0) {
                break;
            }
            if (c == '.' && pos > start && !dialect.colonFields() && startsField()) {
                break;
            }
            if (c == ':' && pos > start && dialect.colonFields() && COLON_FIELDS.matcher(line).region(pos,
                    line.length()).lookingAt()) {
                break;
            }
            if ((c == '‘' || c == '’') && dialect.colonFields()) {
                break;
            }
            pos++;
        }
        return new Token(Token.Type.WORD, line.substring(start, pos), start + 1, space);
    }

    private boolean startsField() {
        int saved = pos;
        boolean field = field(false) != null;
        pos = saved;
        return field;
    }
}
