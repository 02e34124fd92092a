package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.List;
import org.evsynth.records.search.SearchNode.Fielded;
import org.evsynth.records.search.SearchNode.Heading;
import org.evsynth.records.search.SearchNode.Proximity;
import org.evsynth.records.search.SearchNode.Term;

/**
 * What follows a PubMed term: its search tag ({@code [tiab]}, {@code [mh]}, {@code [pt]}), a heading with its
 * subheading by name ({@code Endometriosis/diagnosis[mh]}), a date range written with two tagged dates, and the
 * proximity tag {@code "a b"[tiab:~3]} (NLM, PubMed Help: search field descriptions and tags; proximity searching).
 */
final class PubMedSuffixes {

    private final TokenCursor cursor;

    PubMedSuffixes(TokenCursor cursor) {
        this.cursor = cursor;
    }

    /** The node with the tag applied. */
    SearchNode applyTag(SearchNode node, Token tag) {
        if (PubMedTags.isHeadingTag(tag.text())) {
            if (!(node instanceof Term term)) {
                throw cursor.error(tag, "a MeSH tag must follow a heading name");
            }
            String[] parts = term.text().split("/");
            List<String> subheadings = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                subheadings.add(Subheadings.code(parts[i].trim()));
            }
            return new Heading(parts[0].trim(), PubMedTags.explodes(tag.text()), PubMedTags.isMajor(tag.text()),
                    subheadings);
        }
        PubMedTags.Proximity proximity = PubMedTags.proximity(tag.text());
        if (proximity != null) {
            return proximity(node, proximity, tag);
        }
        List<String> codes = PubMedTags.fieldCodes(tag.text());
        if (codes == null) {
            throw cursor.error(tag, "unknown PubMed search tag [" + tag.text() + "]");
        }
        if (node instanceof Term term && isDate(codes) && cursor.peek().isWord(":")) {
            return dateRange(term, codes, tag);
        }
        return new Fielded(node, codes);
    }

    /**
     * {@code (cardiogenic shock)[mh]}: a heading written in parentheses, as the INAHTA database and some PubMed
     * users write one; the cursor is at the '('. Empty when what follows is not that shape.
     */
    Heading parenthesisedHeading() {
        int mark = cursor.mark();
        cursor.next();
        StringBuilder name = new StringBuilder();
        while (cursor.peek().is(Token.Type.WORD) && !TokenCursor.isBoolean(cursor.peek())
                || cursor.peek().is(Token.Type.COMMA) || cursor.peek().is(Token.Type.QUOTED)) {
            Token t = cursor.next();
            name.append(t.is(Token.Type.COMMA) ? "," : (name.length() == 0 ? "" : " ") + t.text());
        }
        Token close = cursor.peek();
        Token tag = cursor.lookahead(1);
        if (name.length() == 0 || !close.is(Token.Type.RPAREN) || !tag.is(Token.Type.BRACKET)
                || !PubMedTags.isHeadingTag(tag.text())) {
            cursor.reset(mark);
            return null;
        }
        cursor.next();
        cursor.next();
        return new Heading(name.toString().trim(), PubMedTags.explodes(tag.text()), PubMedTags.isMajor(tag.text()),
                List.of());
    }

    /** PubMed writes a heading with its subheading by name: {@code Endometriosis/diagnosis[mh]}. */
    Heading heading(String name) {
        Token slash = cursor.next();
        List<String> subheadings = new ArrayList<>();
        StringBuilder qualifier = new StringBuilder();
        while (cursor.peek().is(Token.Type.WORD) || cursor.peek().is(Token.Type.SLASH)
                || cursor.peek().is(Token.Type.COMMA)) {
            Token t = cursor.next();
            if (t.is(Token.Type.WORD)) {
                qualifier.append(qualifier.length() == 0 ? "" : " ").append(t.text());
            } else if (qualifier.length() > 0) {
                subheadings.add(Subheadings.code(qualifier.toString()));
                qualifier.setLength(0);
            }
        }
        if (qualifier.length() > 0) {
            subheadings.add(Subheadings.code(qualifier.toString()));
        }
        Token tag = cursor.peek();
        if (!tag.is(Token.Type.BRACKET) || !PubMedTags.isHeadingTag(tag.text())) {
            throw cursor.error(slash, "a heading/subheading search needs a MeSH tag such as [mh] after it");
        }
        cursor.next();
        return new Heading(name, PubMedTags.explodes(tag.text()), PubMedTags.isMajor(tag.text()), subheadings);
    }

    private static boolean isDate(List<String> codes) {
        return codes.size() == 1 && FieldCodes.resolve(codes).fields().stream()
                .anyMatch(f -> f.kind() == SearchField.Kind.DATE || f.kind() == SearchField.Kind.YEAR);
    }

    /** {@code "2010/01/01"[dp] : "2015/12/31"[dp]}, PubMed's range written with two tagged dates. */
    private SearchNode dateRange(Term from, List<String> codes, Token tag) {
        cursor.next();
        Token to = cursor.next();
        Token secondTag = cursor.next();
        if (!(to.is(Token.Type.QUOTED) || to.is(Token.Type.WORD)) || !secondTag.is(Token.Type.BRACKET)
                || !codes.equals(PubMedTags.fieldCodes(secondTag.text()))) {
            throw cursor.error(to, "a date range needs the same tag on both dates: \"A\"[" + tag.text() + "] : \"B\"["
                    + tag.text() + "]");
        }
        return new Fielded(new Term(from.text() + ":" + to.text()), codes);
    }

    /**
     * {@code "hip pain"[tiab:~3]}: the words within N words of each other, in any order (NLM, PubMed proximity
     * searching). Ovid's {@code adjN} allows N - 1 words between, so PubMed's ~N is {@code adj(N+1)}.
     */
    private SearchNode proximity(SearchNode node, PubMedTags.Proximity proximity, Token tag) {
        if (!(node instanceof Term term)) {
            throw cursor.error(tag, "a proximity tag [" + tag.text() + "] must follow a quoted phrase");
        }
        List<String> words = List.of(term.text().trim().split("\\s+"));
        if (words.size() < 2) {
            throw cursor.error(tag, "a proximity search needs at least two words in the quotes");
        }
        if (words.stream().anyMatch(WordPattern::isPattern)) {
            throw cursor.error(tag, "PubMed does not allow truncation in a proximity search");
        }
        SearchNode chain = new Term(words.get(0));
        for (String word : words.subList(1, words.size())) {
            chain = new Proximity(chain, new Term(word), proximity.wordsBetween() + 1, false);
        }
        return new Fielded(chain, proximity.codes());
    }
}
