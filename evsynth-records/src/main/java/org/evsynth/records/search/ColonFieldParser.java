package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsynth.records.search.SearchNode.And;
import org.evsynth.records.search.SearchNode.Criterion;
import org.evsynth.records.search.SearchNode.Fielded;
import org.evsynth.records.search.SearchNode.Heading;
import org.evsynth.records.search.SearchNode.LimitCriterion;
import org.evsynth.records.search.SearchNode.Or;
import org.evsynth.records.search.SearchNode.Proximity;
import org.evsynth.records.search.SearchNode.Term;

/**
 * Recursive-descent parser for one line in the syntax of the Cochrane Library's search manager (Wiley) or of
 * Embase.com (Elsevier), which share most of it: fields after a colon ({@code shock:ti,ab},
 * {@code (a OR b):ti,ab,kw}), {@code NEAR/n}, lines as {@code #3}, words without an operator between them searched
 * together (AND), phrases in quotes, left-to-right evaluation.
 *
 * <pre>
 * expression := proximity ( ('AND' | 'OR' | 'NOT' | 'AND NOT') proximity )*
 * proximity  := primary ( ('NEAR' ['/' n] | 'NEXT' ['/' n]) primary )*
 * primary    := '(' expression ')' [':' fields] | '{' ('OR' | 'AND') refs '}'     Cochrane's {OR #1-#5}
 *             | '[mh' heading ']'                                                   Cochrane's MeSH
 *             | '[' limit ']' '/' ('lim' | 'py' | 'sd')                            Embase.com's limits
 *             | words [ '/' ('exp' | 'de' | 'mj' | ...) ]* [':' fields]            Embase.com's Emtree
 * </pre>
 *
 * <p>The Cochrane Library's {@code NEAR} alone is {@code NEAR/6} and {@code NEXT} is adjacency in order; Embase.com's
 * {@code NEXT/n} keeps the order within n words (Cochrane Library search manager help; Embase "Boolean operators"
 * help). Both truncate with {@code *} and take {@code ?} for one character (Ovid's {@code #}); Embase.com's
 * {@code $} is zero or one character (Ovid's {@code ?}). Field labels become the Ovid codes the index knows
 * ({@link #FIELDS}): the Cochrane Library's keyword field {@code kw} also holds the record's MeSH and Emtree terms,
 * so it searches keywords and heading words.
 */
final class ColonFieldParser {

    /** Field labels of both interfaces and the Ovid codes they search. */
    private static final Map<Dialect, Map<String, List<String>>> FIELDS = Map.of(
            Dialect.COCHRANE, Map.ofEntries(Map.entry("ti", List.of("ti")), Map.entry("ab", List.of("ab")),
                    Map.entry("kw", List.of("kf", "hw")), Map.entry("ky", List.of("kf", "hw")),
                    Map.entry("au", List.of("au")), Map.entry("so", List.of("jn")), Map.entry("pt", List.of("pt")),
                    Map.entry("an", List.of("si")), Map.entry("doi", List.of("do")), Map.entry("tb", List.of("tb"))),
            Dialect.EMBASE_COM, Map.ofEntries(Map.entry("ti", List.of("ti")), Map.entry("ab", List.of("ab")),
                    Map.entry("kw", List.of("kf")), Map.entry("de", List.of("hw")), Map.entry("tn", List.of("tn")),
                    Map.entry("dn", List.of("dv")), Map.entry("mn", List.of("mf")), Map.entry("df", List.of("dm")),
                    Map.entry("au", List.of("au")), Map.entry("it", List.of("pt")), Map.entry("la", List.of("lg")),
                    Map.entry("py", List.of("yr")), Map.entry("tt", List.of("ot")), Map.entry("lnk", List.of("fs")),
                    Map.entry("so", List.of("jn")), Map.entry("ta", List.of("jn")), Map.entry("ff", List.of("in"))));
    private static final Pattern REF = Pattern.compile("#(\\d+)");
    private static final Pattern DISTANCE = Pattern.compile("\\d{1,2}");
    private static final Pattern MH = Pattern.compile("(?i)^\\s*mh\\s*(\\^)?\\s*[\"“”‘’']?(.*?)[\"“”‘’']?\\s*"
            + "(?:/\\s*([A-Za-z]{2}(?:\\s*,\\s*[A-Za-z]{2})*))?\\s*$");
    private static final Pattern EMTREE_LINK = Pattern.compile("(?i)[a-z]{2}_([a-z]{2})");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})\\s*(?:-\\s*(\\d{4}))?");
    private static final int COCHRANE_NEAR = 6;

    private final TokenCursor cursor;
    private final Dialect dialect;

    private ColonFieldParser(TokenCursor cursor, Dialect dialect) {
        this.cursor = cursor;
        this.dialect = dialect;
    }

    /** The line's search and notes; {@code text} is the search with the Cochrane Library's restrictions removed. */
    static LineParser.Parsed parse(String text, int lineNumber, String label, Dialect dialect, Set<String> known) {
        List<LineNote> notes = new ArrayList<>();
        String search = text;
        List<LimitCriterion> restrictions = List.of();
        if (dialect == Dialect.COCHRANE) {
            Heading descriptor = CochraneClauses.descriptor(text, notes);
            if (descriptor != null) {
                return new LineParser.Parsed(descriptor, notes);
            }
            CochraneClauses.Split split = CochraneClauses.split(text);
            search = split.search();
            restrictions = split.restrictions();
            notes.addAll(split.notes());
        }
        TokenCursor cursor = new TokenCursor(SearchLexer.tokens(search, lineNumber, dialect), lineNumber, label, known);
        ColonFieldParser parser = new ColonFieldParser(cursor, dialect);
        SearchNode node = parser.expression();
        if (!cursor.peek().is(Token.Type.END)) {
            throw cursor.error(cursor.peek(), cursor.peek().is(Token.Type.RPAREN) ? "unbalanced ')'"
                    : "expected AND, OR, NOT, NEAR or NEXT before this");
        }
        cursor.checkReferences();
        if (!restrictions.isEmpty()) {
            List<SearchNode> operands = new ArrayList<>(List.of(node));
            restrictions.forEach(r -> operands.add(new Criterion(r)));
            node = new And(operands);
        }
        notes.addAll(cursor.notes());
        return new LineParser.Parsed(node, List.copyOf(new LinkedHashSet<>(notes)));
    }

    private SearchNode expression() {
        SearchNode left = proximity();
        Set<String> operators = new LinkedHashSet<>();
        while (TokenCursor.isBoolean(cursor.peek())) {
            String op = cursor.next().text().toLowerCase(Locale.ROOT);
            if (op.equals("and") && cursor.peek().isWord("not")) {
                cursor.next();
                op = "not";
            }
            operators.add(op);
            left = Operators.combine(op, left, proximity());
        }
        LineNote mixed = Operators.mixed(operators);
        if (mixed != null) {
            cursor.note(mixed);
        }
        return left;
    }

    private SearchNode proximity() {
        SearchNode left = primary();
        while (isProximity(cursor.peek())) {
            Token op = cursor.next();
            boolean next = op.isWord("next");
            int distance = next ? 1 : COCHRANE_NEAR;
            if (cursor.peek().is(Token.Type.SLASH)) {
                cursor.next();
                Token n = cursor.next();
                if (!n.is(Token.Type.WORD) || !DISTANCE.matcher(n.text()).matches() || Integer.parseInt(n.text()) < 1) {
                    throw cursor.error(n, op.text() + "/n needs a number of words from 1 to 99");
                }
                distance = Integer.parseInt(n.text());
            } else if (!next && dialect == Dialect.EMBASE_COM) {
                cursor.note(LineNote.approximated("NEAR without /n read as NEAR/" + COCHRANE_NEAR));
            }
            left = new Proximity(left, primary(), distance, next);
        }
        return left;
    }

    /**
     * NEAR and NEXT in capitals, or in any case with a distance ({@code near/3}); a lower-case "next" alone is the
     * word.
     */
    private boolean isProximity(Token t) {
        boolean word = t.isWord("near") || t.isWord("next");
        return word && (t.text().equals("NEAR") || t.text().equals("NEXT") || t == cursor.peek()
                && cursor.lookahead(1).is(Token.Type.SLASH));
    }

    private SearchNode primary() {
        Token t = cursor.peek();
        if (t.is(Token.Type.LPAREN)) {
            cursor.next();
            SearchNode inner = expression();
            if (!cursor.peek().is(Token.Type.RPAREN)) {
                throw cursor.error(t, "unbalanced '('");
            }
            cursor.next();
            return fields(inner);
        }
        if (t.is(Token.Type.LBRACE) && dialect == Dialect.COCHRANE) {
            return combination();
        }
        if (t.is(Token.Type.BRACKET)) {
            cursor.next();
            return dialect == Dialect.COCHRANE ? meshHeading(t) : embaseLimit(t);
        }
        if (t.is(Token.Type.WORD) && !TokenCursor.isBoolean(t) && !isProximity(t) || t.is(Token.Type.QUOTED)) {
            return fields(run());
        }
        throw cursor.error(t, t.is(Token.Type.END) ? "search ends where a term was expected" : "expected a search term");
    }

    /** The Cochrane Library's {@code {OR #1-#10}}, {@code {AND #2, #5}}. */
    private SearchNode combination() {
        Token open = cursor.next();
        Token op = cursor.next();
        if (!op.isWord("or") && !op.isWord("and")) {
            throw cursor.error(op, "expected OR or AND after '{'");
        }
        List<SearchNode> refs = new ArrayList<>();
        while (!cursor.peek().is(Token.Type.RBRACE)) {
            Token item = cursor.next();
            if (item.is(Token.Type.END)) {
                throw cursor.error(open, "unclosed '{'");
            }
            if (item.is(Token.Type.WORD)) {
                for (String ref : LineRanges.expand(item.text().replace("#", ""), cursor.lineNumber(), item.column())) {
                    refs.add(cursor.ref(ref, item));
                }
            } else if (!item.is(Token.Type.COMMA)) {
                throw cursor.error(item, "expected line numbers such as #1-#5");
            }
        }
        cursor.next();
        return op.isWord("or") ? new Or(refs) : new And(refs);
    }

    /** The Cochrane Library's {@code [mh "Heart Failure"]}, {@code [mh ^"X"]} (not exploded), {@code [mh X/DT]}, {@code [mh /DT]}. */
    private SearchNode meshHeading(Token bracket) {
        Matcher m = MH.matcher(bracket.text());
        if (!m.matches()) {
            throw cursor.error(bracket, "unknown '[...]' in a Cochrane Library search (MeSH is written [mh \"Heading\"])");
        }
        List<String> qualifiers = m.group(3) == null ? List.of()
                : List.of(m.group(3).toLowerCase(Locale.ROOT).replaceAll("\\s", "").split(","));
        String name = m.group(2).trim();
        if (name.isEmpty()) {
            if (qualifiers.size() != 1) {
                throw cursor.error(bracket, "[mh /XX] needs one qualifier");
            }
            return new Fielded(new Term(qualifiers.get(0)), List.of(m.group(1) == null ? "xs" : "fs"));
        }
        return new Heading(name, m.group(1) == null, false, qualifiers);
    }

    /** Embase.com's {@code [humans]/lim}, {@code [english]/lim}, {@code [embase]/lim}, {@code [2000-2020]/py}. */
    private SearchNode embaseLimit(Token bracket) {
        if (!cursor.peek().is(Token.Type.SLASH) || !cursor.lookahead(1).is(Token.Type.WORD)) {
            throw cursor.error(bracket, "a '[...]' in Embase.com must be a limit such as [humans]/lim or [2000-2020]/py");
        }
        cursor.next();
        Token kind = cursor.next();
        String value = bracket.text().trim();
        String label = "[" + value + "]/" + kind.text();
        switch (kind.text().toLowerCase(Locale.ROOT)) {
            case "lim":
                return new Criterion(rename(LimitNames.criterion(value), label));
            case "py":
                Matcher years = YEARS.matcher(value);
                if (!years.matches()) {
                    throw cursor.error(bracket, "a publication-year limit is written [2000-2020]/py");
                }
                int to = Integer.parseInt(years.group(2) == null ? years.group(1) : years.group(2));
                return new Criterion(new LimitCriterion.DateRange(label, "yr",
                        Integer.parseInt(years.group(1)) * 10_000 + 101, to * 10_000 + 1231));
            case "sd":
                return new Criterion(new LimitCriterion.Unanswerable(label, "records do not carry the date they "
                        + "were added to Embase"));
            default:
                throw cursor.error(kind, "unknown Embase.com limit /" + kind.text() + " (known: /lim, /py, /sd)");
        }
    }

    private static LimitCriterion rename(LimitCriterion criterion, String label) {
        return criterion instanceof LimitCriterion.Unanswerable u ? new LimitCriterion.Unanswerable(label, u.reason())
                : criterion;
    }

    /** Words and phrases up to an operator, or an Emtree heading ({@code 'heart failure'/exp}). */
    private SearchNode run() {
        List<Token> parts = new ArrayList<>();
        while (cursor.peek().is(Token.Type.QUOTED) || cursor.peek().is(Token.Type.WORD)
                && !TokenCursor.isBoolean(cursor.peek()) && !isProximity(cursor.peek())) {
            parts.add(cursor.next());
        }
        if (dialect == Dialect.EMBASE_COM && cursor.peek().is(Token.Type.SLASH)) {
            return emtree(parts);
        }
        List<SearchNode> terms = new ArrayList<>();
        for (Token part : parts) {
            Matcher ref = REF.matcher(part.text());
            if (part.is(Token.Type.WORD) && ref.matches()) {
                terms.add(cursor.ref(ref.group(1), part));
            } else {
                terms.add(new Term(truncation(part.text())));
            }
        }
        return terms.size() == 1 ? terms.get(0) : new And(terms);
    }

    /** Embase.com's Emtree searches: {@code /exp} exploded, {@code /de} not, {@code /mj} major, with links. */
    private SearchNode emtree(List<Token> parts) {
        StringBuilder name = new StringBuilder();
        parts.forEach(p -> name.append(name.length() == 0 ? "" : " ").append(p.text()));
        boolean explode = false;
        boolean major = false;
        List<String> subheadings = new ArrayList<>();
        while (cursor.peek().is(Token.Type.SLASH) && cursor.lookahead(1).is(Token.Type.WORD)) {
            cursor.next();
            Token q = cursor.next();
            String word = q.text().toLowerCase(Locale.ROOT);
            if (word.endsWith(".")) {
                word = word.substring(0, word.length() - 1);
                cursor.note(LineNote.forgiven("period after '/" + word + "' of '" + name + "'"));
            }
            Matcher link = EMTREE_LINK.matcher(word);
            if (word.equals("exp")) {
                explode = true;
            } else if (word.equals("mj")) {
                major = true;
            } else if (word.equals("syn")) {
                cursor.note(LineNote.approximated("'" + name + "'/syn: the Emtree term searched as a heading, not "
                        + "with its synonyms"));
            } else if (link.matches()) {
                subheadings.add(link.group(1));
                cursor.note(LineNote.approximated("Embase.com link /" + word + " searched as the subheading /"
                        + link.group(1)));
            } else if (!word.equals("de")) {
                throw cursor.error(q, "unknown Emtree qualifier /" + q.text() + " (known: /exp, /de, /mj, /syn, "
                        + "links such as /dm_dt)");
            }
        }
        if (name.length() == 0) {
            throw cursor.error(cursor.peek(), "'/' without an Emtree term before it");
        }
        return new Heading(name.toString(), explode, major, subheadings);
    }

    /** A field list after a colon applied to the search before it. */
    private SearchNode fields(SearchNode node) {
        Token t = cursor.peek();
        if (!t.is(Token.Type.FIELD)) {
            return node;
        }
        cursor.next();
        if (t.forgiven() != null) {
            cursor.note(LineNote.forgiven(t.forgiven() + ", read as ':" + t.text() + "'"));
        }
        Map<String, List<String>> known = FIELDS.get(dialect);
        List<String> codes = new ArrayList<>();
        for (String label : t.text().split(",")) {
            List<String> ovid = known.get(label);
            if (ovid == null) {
                throw cursor.error(t, "unknown " + dialect.title() + " field label :" + label + " (known: "
                        + String.join(", ", new TreeSet<>(known.keySet())) + ")");
            }
            ovid.stream().filter(c -> !codes.contains(c)).forEach(codes::add);
        }
        return new Fielded(node, codes);
    }

    /** The interface's truncation in Ovid's notation, which the index reads: {@code ?} is one character. */
    private String truncation(String word) {
        String text = word.replace("?", "#");
        return dialect == Dialect.EMBASE_COM ? text.replace("$", "?") : text;
    }
}
