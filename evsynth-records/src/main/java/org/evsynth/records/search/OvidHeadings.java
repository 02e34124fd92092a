package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.evsynth.records.search.SearchNode.Heading;

/**
 * Ovid's subject-heading searches: {@code Heading/}, {@code exp Heading/}, {@code *Heading/}, with subheadings
 * ({@code Heading/ae, co [Adverse Effects, Complications]}, {@code exp Heading/ dt}, {@code Heading/all}). The slips
 * Ovid forgives (a space before the slash, a space before the subheading) are read as Ovid reads them, with a note;
 * a bracketed remark after the heading, as Ovid prints the subheadings' names, is passed over.
 */
final class OvidHeadings {

    private static final Pattern SUBHEADING = Pattern.compile("\\*?[A-Za-z]{2}");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final TokenCursor cursor;
    private final Dialect dialect;

    OvidHeadings(TokenCursor cursor, Dialect dialect) {
        this.cursor = cursor;
        this.dialect = dialect;
    }

    /** The heading whose name is in {@code parts}; the cursor is at its '/'. */
    Heading heading(List<Token> parts, boolean explode) {
        Token slash = cursor.next();
        if (parts.isEmpty()) {
            throw cursor.error(slash, "'/' without a subject heading before it");
        }
        String text = name(parts);
        if (slash.spaceBefore()) {
            cursor.note(LineNote.forgiven("space before the '/' of '" + text + "/'"));
        }
        boolean major = text.startsWith("*");
        List<String> subheadings = new ArrayList<>();
        if (cursor.peek().isWord("all") && !cursor.peek().spaceBefore()) {
            cursor.next();
            cursor.note(new LineNote(LineNote.Kind.INFO, "'" + text + "/all': every subheading, so the heading "
                    + "itself"));
        } else if (cursor.peek().is(Token.Type.WORD) && (!cursor.peek().spaceBefore() || spacedSubheading())) {
            if (cursor.peek().spaceBefore()) {
                cursor.note(LineNote.forgiven("space between '/' and the subheading of '" + text + "/ "
                        + cursor.peek().text() + "'"));
            }
            subheadings.add(subheading(text, cursor.next()));
            while (cursor.peek().is(Token.Type.COMMA) && cursor.lookahead(1).is(Token.Type.WORD)
                    && SUBHEADING.matcher(cursor.lookahead(1).text()).matches()) {
                cursor.next();
                subheadings.add(subheading(text, cursor.next()));
            }
        }
        if (dialect == Dialect.OVID && cursor.peek().is(Token.Type.BRACKET)) {
            cursor.next();
        }
        return new Heading(major ? text.substring(1).trim() : text, explode, major, subheadings);
    }

    /** The heading's name as written, commas kept ({@code Shock, Cardiogenic}). */
    static String name(List<Token> parts) {
        StringBuilder name = new StringBuilder();
        for (Token p : parts) {
            name.append(p.is(Token.Type.COMMA) ? "," : (name.length() == 0 ? "" : " ") + p.text());
        }
        return name.toString().trim();
    }

    /** {@code exp Heading/ dt}: a known two-letter subheading after a space, then the end of the search. */
    private boolean spacedSubheading() {
        Token t = cursor.peek();
        Token after = cursor.lookahead(1);
        return Subheadings.isCode(t.text()) && !LineParser.isOperator(t)
                && (after.is(Token.Type.END) || after.is(Token.Type.COMMA) || after.is(Token.Type.BRACKET)
                        || after.is(Token.Type.RPAREN) || TokenCursor.isBoolean(after));
    }

    private String subheading(String heading, Token t) {
        if (!SUBHEADING.matcher(t.text()).matches()) {
            String construct = heading + "/" + t.text();
            throw new StrategyParseException(cursor.lineNumber(), t.column(), construct,
                    NUMBER.matcher(t.text()).matches()
                            ? "proximity operators such as near/N are not Ovid MEDLINE syntax (use adjN)"
                            : "not a two-letter MeSH subheading");
        }
        return t.text().replace("*", "").toLowerCase(Locale.ROOT);
    }
}
