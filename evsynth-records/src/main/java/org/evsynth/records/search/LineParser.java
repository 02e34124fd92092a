package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsynth.records.search.SearchNode.And;
import org.evsynth.records.search.SearchNode.Fielded;
import org.evsynth.records.search.SearchNode.Heading;
import org.evsynth.records.search.SearchNode.LineRef;
import org.evsynth.records.search.SearchNode.Not;
import org.evsynth.records.search.SearchNode.Or;
import org.evsynth.records.search.SearchNode.Proximity;
import org.evsynth.records.search.SearchNode.Term;

/**
 * Recursive-descent parser for one search line, in Ovid or PubMed syntax.
 *
 * <pre>
 * line      := expression annotation* END
 * expression:= proximity ( ('and' | 'or' | 'not' | 'and not') proximity )* [ 'use' segments ]
 * proximity := primary ( 'adj' | 'adjN' primary )*
 * primary   := '(' expression ')' suffix* | ('and' | 'or') '/' refs | run suffix*
 * run       := ['exp'] ['*'] words [ '/' [subheadings] ]            a term, a phrase or a subject heading
 * suffix    := '.ti,ab.' [ '[annotation]' ] [ '/freq=N' ] | '[tag]'  Ovid field codes, PubMed tags
 * </pre>
 *
 * <p>Ovid's documentation advises parentheses whenever operators are mixed and does not promise an order of
 * precedence; PubMed documents left-to-right processing. evsynth evaluates {@code and}, {@code or}, {@code not}
 * left to right with {@code adjN} binding tighter, and adds a note to any line that mixes them unparenthesised.
 * A bare number is a line reference ({@code 1 or 2}) except inside a field-qualified group, where Ovid reads it as
 * a word ({@code (PP 14 or PP14).tw.}). Brackets at the end of an Ovid line are the searcher's annotation
 * ({@code or/1-7 [Triage tool keywords]}) and are not searched; so is a parenthesised remark after a line that only
 * combines lines ({@code OR/1-20 (Opioid related terms)}). PubMed's tags are {@link PubMedSuffixes}'.
 */
final class LineParser {

    private static final Pattern ADJ = Pattern.compile("(?i)adj(\\d*)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern HISTORY_REF = Pattern.compile("#(\\d+)");
    private static final Pattern FREQUENCY = Pattern.compile("(?i)freq\\s*=\\s*\\d+");
    private static final int MAX_ADJ = 99;

    private final TokenCursor cursor;
    private final int lineNumber;
    private final Dialect dialect;
    private final PubMedSuffixes pubmed;
    private final OvidHeadings headings;

    private LineParser(String text, int lineNumber, String label, Dialect dialect, Set<String> knownLabels) {
        this.cursor = new TokenCursor(SearchLexer.tokens(text, lineNumber), lineNumber, label, knownLabels);
        this.lineNumber = lineNumber;
        this.dialect = dialect;
        this.pubmed = new PubMedSuffixes(cursor);
        this.headings = new OvidHeadings(cursor, dialect);
    }

    /** A parsed line: the search and any notes about how it was read. */
    record Parsed(SearchNode node, List<LineNote> notes) {
    }

    /**
     * @param label       the line's own label, so that a reference to itself is named as such
     * @param knownLabels labels of the earlier lines, which line references may name
     */
    static Parsed parse(String text, int lineNumber, String label, Dialect dialect, Set<String> knownLabels) {
        LineParser parser = new LineParser(text, lineNumber, label, dialect, knownLabels);
        SearchNode node = parser.expression();
        parser.skipEndAnnotations();
        parser.skipCombinationRemark(node);
        if (!parser.peek().is(Token.Type.END)) {
            throw parser.error(parser.peek(), parser.peek().is(Token.Type.RPAREN)
                    ? "unbalanced ')'" : "expected 'and', 'or', 'not' or 'adjN' before this");
        }
        parser.cursor.checkReferences();
        return new Parsed(node, parser.cursor.notes());
    }

    private SearchNode expression() {
        SearchNode left = proximity();
        Set<String> operators = new LinkedHashSet<>();
        while (TokenCursor.isBoolean(peek())) {
            String op = next().text().toLowerCase(Locale.ROOT);
            if (op.equals("and") && peek().isWord("not")) {
                next();
                op = "not";
            }
            operators.add(op);
            SearchNode right = proximity();
            left = Operators.combine(op, left, right);
        }
        LineNote mixed = Operators.mixed(operators);
        if (mixed != null) {
            cursor.note(mixed);
        }
        if (dialect == Dialect.OVID && peek().isWord("use")) {
            left = use(left);
        }
        return left;
    }

    /** Ovid's multi-file {@code use ppez} (or {@code use medall, emez}): the database segments to search. */
    private SearchNode use(SearchNode inner) {
        Token use = next();
        List<String> segments = new ArrayList<>();
        while (peek().is(Token.Type.WORD) && !isOperator(peek()) || peek().is(Token.Type.COMMA)) {
            Token t = next();
            if (t.is(Token.Type.WORD)) {
                segments.add(t.text());
            }
        }
        if (segments.isEmpty()) {
            throw error(use, "'use' needs the database segment codes after it (use ppez)");
        }
        return new SearchNode.Use(inner, String.join(", ", segments));
    }

    private SearchNode proximity() {
        SearchNode left = primary();
        while (peek().is(Token.Type.WORD) && ADJ.matcher(peek().text()).matches()) {
            Token op = next();
            String digits = op.text().substring(3);
            int distance = digits.isEmpty() ? 1 : Integer.parseInt(digits);
            if (distance < 1 || distance > MAX_ADJ) {
                throw error(op, "adjN needs N between 1 and 99");
            }
            left = new Proximity(left, primary(), distance, digits.isEmpty());
        }
        return left;
    }

    private SearchNode primary() {
        Token t = peek();
        if (t.is(Token.Type.LPAREN)) {
            if (dialect == Dialect.PUBMED) {
                Heading heading = pubmed.parenthesisedHeading();
                if (heading != null) {
                    return heading;
                }
            }
            next();
            SearchNode inner = expression();
            if (!peek().is(Token.Type.RPAREN)) {
                throw error(t, "unbalanced '('");
            }
            next();
            return suffixes(inner);
        }
        if ((t.isWord("or") || t.isWord("and")) && lookahead(1).is(Token.Type.SLASH)) {
            return combination();
        }
        if (t.is(Token.Type.WORD) && !isOperator(t) || t.is(Token.Type.QUOTED)) {
            return suffixes(run());
        }
        throw error(t, t.is(Token.Type.END) ? "search ends where a term was expected" : "expected a search term");
    }

    /** {@code or/1-10}, {@code and/3,7}, {@code or/47,52-54}. */
    private SearchNode combination() {
        Token op = next();
        next();
        List<SearchNode> refs = new ArrayList<>();
        addRange(refs, op);
        while (peek().is(Token.Type.COMMA)) {
            next();
            addRange(refs, op);
        }
        return op.isWord("or") ? new Or(refs) : new And(refs);
    }

    private void addRange(List<SearchNode> refs, Token op) {
        Token item = next();
        if (!item.is(Token.Type.WORD)) {
            throw error(item, "expected line numbers after '" + op.text() + "/'");
        }
        for (String ref : LineRanges.expand(item.text().replace("#", ""), lineNumber, item.column())) {
            refs.add(cursor.ref(ref, item));
        }
    }

    private SearchNode run() {
        Token first = peek();
        boolean explode = first.isWord("exp") && isRunPart(lookahead(1));
        if (explode) {
            next();
        }
        List<Token> parts = new ArrayList<>();
        while (isRunPart(peek()) || peek().is(Token.Type.COMMA) && !parts.isEmpty()) {
            parts.add(next());
        }
        if (peek().is(Token.Type.SLASH)) {
            return dialect == Dialect.PUBMED ? pubmed.heading(OvidHeadings.name(parts)) : headings.heading(parts, explode);
        }
        if (explode) {
            throw error(first, "'exp' must be followed by a subject heading ending in '/'");
        }
        parts.stream().filter(p -> p.is(Token.Type.COMMA)).findFirst().ifPresent(comma -> {
            throw error(comma, "comma outside a subject heading");
        });
        parts.stream().filter(p -> p.is(Token.Type.WORD) && p.text().contains("=")).findFirst().ifPresent(p -> {
            throw error(p, "field=value searches are not supported (use a limit line or a field suffix)");
        });
        return terms(parts);
    }

    private SearchNode terms(List<Token> parts) {
        boolean tagged = peek().is(Token.Type.BRACKET);
        if (parts.size() == 1 && parts.get(0).is(Token.Type.WORD)) {
            Token only = parts.get(0);
            Matcher history = HISTORY_REF.matcher(only.text());
            if (history.matches()) {
                return cursor.ref(history.group(1), only);
            }
            boolean number = NUMBER.matcher(only.text()).matches();
            boolean ovidNumber = dialect == Dialect.OVID && number;
            boolean knownLabel = cursor.isKnownLabel(only.text()) && !number;
            boolean pubmedNumber = dialect == Dialect.PUBMED && number && cursor.isKnownLabel(only.text()) && !tagged;
            if (ovidNumber || knownLabel && !tagged || pubmedNumber) {
                return cursor.ref(only.text(), only);
            }
        }
        if (dialect == Dialect.PUBMED && !tagged && parts.size() > 1) {
            // PubMed's automatic term mapping: untagged words are searched together, not as a phrase
            List<SearchNode> words = new ArrayList<>();
            parts.forEach(p -> words.add(new Term(p.text())));
            return new And(words);
        }
        StringBuilder text = new StringBuilder();
        parts.forEach(p -> text.append(text.length() == 0 ? "" : " ").append(ovidTruncation(p)));
        return new Term(text.toString());
    }

    /** Ovid also truncates with a colon ({@code random:.mp.}, the form the clinical-queries filters use). */
    private String ovidTruncation(Token part) {
        String text = part.text();
        if (dialect == Dialect.OVID && part.is(Token.Type.WORD) && text.length() > 1 && text.endsWith(":")) {
            return text.substring(0, text.length() - 1) + "$";
        }
        return text;
    }

    private SearchNode suffixes(SearchNode node) {
        SearchNode current = node;
        while (true) {
            Token t = peek();
            if (t.is(Token.Type.FIELD)) {
                next();
                if (t.forgiven() != null) {
                    cursor.note(LineNote.forgiven(t.forgiven() + ", read as '." + t.text() + ".'"));
                }
                current = new Fielded(wordsForNumbers(current), fieldCodes(t));
                skipAnnotation();
                frequency();
            } else if (t.is(Token.Type.BRACKET) && dialect == Dialect.PUBMED) {
                next();
                current = pubmed.applyTag(current, t);
            } else if (t.is(Token.Type.BRACKET) && !endAnnotation()) {
                throw error(t, "unexpected '[...]' in an Ovid search");
            } else {
                return current;
            }
        }
    }

    /** Ovid's {@code heart.ti./freq=2}: at least N occurrences, which the index does not count. */
    private void frequency() {
        if (peek().is(Token.Type.SLASH) && lookahead(1).is(Token.Type.WORD)
                && FREQUENCY.matcher(lookahead(1).text()).matches()) {
            next();
            Token freq = next();
            cursor.note(LineNote.approximated("'/" + freq.text() + "' not applied: any occurrence in the field "
                    + "counts"));
        } else if (peek().is(Token.Type.SLASH)) {
            throw error(peek(), "after a field suffix '/' can only be /freq=N");
        }
    }

    private List<String> fieldCodes(Token field) {
        List<String> codes = new ArrayList<>();
        for (String code : field.text().split(",")) {
            if (!FieldCodes.isKnown(code)) {
                throw error(field, "unknown Ovid field code ." + code + ".");
            }
            codes.add(code.toLowerCase(Locale.ROOT));
        }
        return codes;
    }

    private void skipAnnotation() {
        // Ovid prints what a suffix means in brackets, e.g. ".mp. [mp=title, abstract, ...]" or "/du [Diagnostic Use]"
        if (dialect == Dialect.OVID && peek().is(Token.Type.BRACKET)) {
            next();
        }
    }

    /** True when the brackets at hand run to the end of the line: the searcher's annotation. */
    private boolean endAnnotation() {
        int mark = cursor.mark();
        Token first = peek();
        while (peek().is(Token.Type.BRACKET)) {
            next();
        }
        boolean toEnd = cursor.mark() > mark && peek().is(Token.Type.END);
        cursor.reset(mark);
        boolean pubmedTag = first.is(Token.Type.BRACKET) && !first.spaceBefore() && PubMedTags.isKnown(first.text());
        return dialect == Dialect.OVID && toEnd && !pubmedTag;
    }

    private void skipEndAnnotations() {
        if (endAnnotation()) {
            while (peek().is(Token.Type.BRACKET)) {
                next();
            }
        }
    }

    /**
     * A remark in parentheses after a line that only combines lines, as published tables write them
     * ({@code OR/1-20 (Opioid related terms)}): no interface searches a group there, so it is the searcher's
     * annotation, passed over with a warning.
     */
    private void skipCombinationRemark(SearchNode node) {
        if (!peek().is(Token.Type.LPAREN) || !onlyReferences(node)) {
            return;
        }
        int mark = cursor.mark();
        int depth = 0;
        StringBuilder remark = new StringBuilder();
        do {
            Token t = next();
            depth += t.is(Token.Type.LPAREN) ? 1 : t.is(Token.Type.RPAREN) ? -1 : 0;
            remark.append(remark.length() == 0 || t.is(Token.Type.RPAREN) ? "" : " ").append(t.text());
        } while (depth > 0 && !peek().is(Token.Type.END));
        if (depth != 0 || !peek().is(Token.Type.END)) {
            cursor.reset(mark);
            return;
        }
        cursor.note(LineNote.forgiven("'" + remark + "' after a combination of lines read as the searcher's "
                + "remark"));
    }

    private static boolean onlyReferences(SearchNode node) {
        if (node instanceof LineRef) {
            return true;
        }
        List<SearchNode> operands = node instanceof Or or ? or.operands()
                : node instanceof And and ? and.operands() : List.of();
        return !operands.isEmpty() && operands.stream().allMatch(LineParser::onlyReferences);
    }

    /** Inside a field-qualified group numbers are words, not line references: {@code (PP 14 or PP14).tw.}. */
    private SearchNode wordsForNumbers(SearchNode node) {
        if (dialect != Dialect.OVID) {
            return node;
        }
        if (node instanceof LineRef ref && NUMBER.matcher(ref.label()).matches()) {
            cursor.forget(ref);
            return new Term(ref.label());
        }
        if (node instanceof And and) {
            return new And(and.operands().stream().map(this::wordsForNumbers).toList());
        }
        if (node instanceof Or or) {
            return new Or(or.operands().stream().map(this::wordsForNumbers).toList());
        }
        if (node instanceof Not not) {
            return new Not(wordsForNumbers(not.include()), wordsForNumbers(not.exclude()));
        }
        return node;
    }

    static boolean isOperator(Token t) {
        return TokenCursor.isBoolean(t) || t.is(Token.Type.WORD) && ADJ.matcher(t.text()).matches();
    }

    private boolean isRunPart(Token t) {
        return t.is(Token.Type.QUOTED) || t.is(Token.Type.WORD) && !isOperator(t)
                && !(dialect == Dialect.OVID && t.isWord("use"));
    }

    private Token peek() {
        return cursor.peek();
    }

    private Token lookahead(int n) {
        return cursor.lookahead(n);
    }

    private Token next() {
        return cursor.next();
    }

    private StrategyParseException error(Token at, String problem) {
        return cursor.error(at, problem);
    }
}
