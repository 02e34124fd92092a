package org.evsynth.records.search;

/**
 * One lexical unit of a search line.
 *
 * @param type        what kind of unit
 * @param text        the text: a word, the inside of quotes or brackets, or the field codes of a suffix
 * @param column      1-based column of its first character in the line
 * @param spaceBefore whether whitespace separates it from the previous token (matters for {@code Heading/di})
 * @param forgiven    for a field suffix written with a slip Ovid accepts ({@code .ab,.}), what the slip was;
 *                    otherwise null
 */
record Token(Type type, String text, int column, boolean spaceBefore, String forgiven) {

    enum Type { WORD, QUOTED, LPAREN, RPAREN, LBRACE, RBRACE, SLASH, COMMA, FIELD, BRACKET, END }

    Token(Type type, String text, int column, boolean spaceBefore) {
        this(type, text, column, spaceBefore, null);
    }

    boolean is(Type t) {
        return type == t;
    }

    /** True for a WORD equal (case-insensitively) to the given text. */
    boolean isWord(String word) {
        return type == Type.WORD && text.equalsIgnoreCase(word);
    }
}
