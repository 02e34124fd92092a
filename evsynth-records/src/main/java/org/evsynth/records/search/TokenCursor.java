package org.evsynth.records.search;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evsynth.records.search.SearchNode.LineRef;

/**
 * The tokens of one line being parsed, with what every line parser shares: the position, the notes gathered, and
 * the line references made, which are checked at the end against the lines that come before (a line that refers
 * forward or to itself is an error in every interface).
 */
final class TokenCursor {

    private final List<Token> tokens;
    private final int lineNumber;
    private final String label;
    private final Set<String> knownLabels;
    private final Map<LineRef, Integer> refColumns = new IdentityHashMap<>();
    private final Set<LineNote> notes = new LinkedHashSet<>();
    private int index;

    /**
     * @param label       the line's own label, so that a reference to itself is named as such
     * @param knownLabels labels of the earlier lines, which line references may name
     */
    TokenCursor(List<Token> tokens, int lineNumber, String label, Set<String> knownLabels) {
        this.tokens = tokens;
        this.lineNumber = lineNumber;
        this.label = label;
        this.knownLabels = knownLabels;
    }

    int lineNumber() {
        return lineNumber;
    }

    boolean isKnownLabel(String candidate) {
        return knownLabels.contains(candidate);
    }

    Token peek() {
        return tokens.get(index);
    }

    Token lookahead(int n) {
        return tokens.get(Math.min(index + n, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(index);
        if (index < tokens.size() - 1) {
            index++;
        }
        return t;
    }

    /** Position, for parsers that look ahead several tokens and go back. */
    int mark() {
        return index;
    }

    void reset(int mark) {
        index = mark;
    }

    void note(LineNote note) {
        notes.add(note);
    }

    List<LineNote> notes() {
        return List.copyOf(notes);
    }

    /** A reference to an earlier line, checked by {@link #checkReferences()}. */
    LineRef ref(String ref, Token at) {
        LineRef lineRef = new LineRef(ref);
        refColumns.put(lineRef, at.column());
        return lineRef;
    }

    /** A reference that turned out to be a word ({@code (PP 14 or PP14).tw.}): no longer checked. */
    void forget(LineRef ref) {
        refColumns.remove(ref);
    }

    void checkReferences() {
        refColumns.forEach((ref, column) -> {
            if (ref.label().equals(label)) {
                throw new StrategyParseException(lineNumber, column, ref.label(), "line " + label
                        + " refers to itself");
            }
            if (!knownLabels.contains(ref.label())) {
                throw new StrategyParseException(lineNumber, column, ref.label(),
                        "line reference to a line that does not come before this one");
            }
        });
    }

    static boolean isBoolean(Token t) {
        return t.isWord("and") || t.isWord("or") || t.isWord("not");
    }

    StrategyParseException error(Token at, String problem) {
        String construct = at.is(Token.Type.END) ? "(end of line)" : at.text();
        return new StrategyParseException(lineNumber, at.column(), construct, problem);
    }
}
