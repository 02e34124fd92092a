package org.evsynth.records.search.translate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.evsynth.records.search.FieldCodes;
import org.evsynth.records.search.SearchNode;
import org.evsynth.records.search.SearchNode.And;
import org.evsynth.records.search.SearchNode.Fielded;
import org.evsynth.records.search.SearchNode.Heading;
import org.evsynth.records.search.SearchNode.Limit;
import org.evsynth.records.search.SearchNode.LimitCriterion;
import org.evsynth.records.search.SearchNode.LineRef;
import org.evsynth.records.search.SearchNode.Not;
import org.evsynth.records.search.SearchNode.Or;
import org.evsynth.records.search.SearchNode.Proximity;
import org.evsynth.records.search.SearchNode.Term;
import org.evsynth.records.search.SearchNode.Use;

/**
 * Writes one search tree in a target's syntax; the walk over the tree is here, each target says how its leaves,
 * fields, headings, proximity and limits are written.
 *
 * <p>Targets that qualify a whole group with a field ({@code (a or b).ti,ab.}, {@code (a OR b):ti,ab},
 * {@code TITLE-ABS(a OR b)}, {@code TS=(a OR b)}) keep the group; PubMed, which tags terms one by one, gets the
 * field pushed down to every term. An unqualified Ovid term searches {@code .mp.}, so it is written with the
 * target's field for {@code .mp.}.
 */
abstract class SyntaxWriter {

    private final Set<String> comments = new LinkedHashSet<>();
    protected final FieldMap fields;
    protected final TargetInterface target;

    SyntaxWriter(TargetInterface target) {
        this.target = target;
        this.fields = new FieldMap(target, PolyglotTable.shipped());
    }

    /** Writes one line, clearing the comments of the line before. */
    final TranslatedLine line(int number, String label, String source, SearchNode search) {
        comments.clear();
        String text = write(search, FieldCodes.DEFAULT, false);
        return new TranslatedLine(number, label(label), source, strip(text), List.copyOf(comments));
    }

    final void comment(String text) {
        comments.add(text);
    }

    /**
     * @param codes   the Ovid field codes in force
     * @param grouped true when an enclosing group already carries the field (targets that qualify groups)
     */
    final String write(SearchNode node, List<String> codes, boolean grouped) {
        if (node instanceof Term term) {
            return term(term.text(), codes, grouped);
        }
        if (node instanceof Heading heading) {
            return heading(heading);
        }
        if (node instanceof Proximity proximity) {
            return proximity(proximity, codes, grouped);
        }
        if (node instanceof And and) {
            return join(and.operands(), and(), codes, grouped);
        }
        if (node instanceof Or or) {
            if (or.operands().stream().allMatch(o -> o instanceof LineRef)) {
                return lineRange(or.operands().stream().map(o -> ((LineRef) o).label()).toList());
            }
            return join(or.operands(), or(), codes, grouped);
        }
        if (node instanceof Not not) {
            return group(write(not.include(), codes, grouped), not.include()) + " " + not() + " "
                    + group(write(not.exclude(), codes, grouped), not.exclude());
        }
        if (node instanceof LineRef ref) {
            return label(ref.label());
        }
        if (node instanceof Fielded fielded) {
            return fielded(fielded.inner(), fielded.fieldCodes());
        }
        if (node instanceof Limit limit) {
            return limit(label(limit.line().label()), limit.criterion());
        }
        if (node instanceof SearchNode.Criterion c) {
            String written = restriction(c.criterion());
            if (written == null) {
                comment("'" + c.criterion().label() + "' has no " + target.title() + " form inside a search: left out");
                return "";
            }
            return written;
        }
        Use use = (Use) node;
        comment("Ovid's 'use " + use.segments() + "' (database segments) has no " + target.title()
                + " equivalent: left out");
        return write(use.inner(), codes, grouped);
    }

    private String join(List<SearchNode> operands, String operator, List<String> codes, boolean grouped) {
        List<String> parts = new ArrayList<>();
        for (SearchNode operand : operands) {
            String written = write(operand, codes, grouped);
            if (!written.isEmpty()) {
                parts.add(group(written, operand));
            }
        }
        return String.join(" " + operator + " ", parts);
    }

    /**
     * Embase.com's {@code NEXT/n} (in order, within n words) as the unordered {@code NEAR/n}-like operator every
     * other target has, with a comment; adjacency in order and unordered proximity are kept as they are.
     */
    final Proximity unorderedBeyondAdjacent(Proximity proximity) {
        if (!proximity.ordered() || proximity.distance() <= 1) {
            return proximity;
        }
        comment("NEXT/" + proximity.distance() + " keeps the words' order; " + target.title() + " has no ordered "
                + "proximity beyond adjacency, so the order is not kept");
        return new Proximity(proximity.left(), proximity.right(), proximity.distance(), false);
    }

    /** Parentheses around a composite operand. */
    static String group(String text, SearchNode node) {
        boolean composite = node instanceof And || node instanceof Or || node instanceof Not;
        return composite && !wrapped(text) ? "(" + text + ")" : text;
    }

    /** Outer parentheses a whole line does not need. */
    private static String strip(String text) {
        return wrapped(text) ? text.substring(1, text.length() - 1) : text;
    }

    /** True when one pair of parentheses encloses the whole text (quotes respected). */
    static boolean wrapped(String text) {
        if (!text.startsWith("(") || !text.endsWith(")")) {
            return false;
        }
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth == 0 && i < text.length() - 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code or/1-5}: each line referred to, joined with the target's or. */
    String lineRange(List<String> labels) {
        List<String> refs = new ArrayList<>();
        labels.forEach(l -> refs.add(label(l)));
        return String.join(" " + or() + " ", refs);
    }

    /** A word or phrase with Ovid's truncation and wildcards, in the target's ({@link Truncation}). */
    final String word(String text) {
        Truncation.Converted converted = Truncation.convert(text, target);
        converted.comment().ifPresent(this::comment);
        return converted.text();
    }

    String and() {
        return "AND";
    }

    String or() {
        return "OR";
    }

    String not() {
        return "NOT";
    }

    /** How the target names line {@code label} when a line refers to it. */
    abstract String label(String label);

    abstract String term(String text, List<String> codes, boolean grouped);

    abstract String fielded(SearchNode inner, List<String> codes);

    abstract String heading(Heading heading);

    abstract String proximity(Proximity proximity, List<String> codes, boolean grouped);

    abstract String limit(String line, LimitCriterion criterion);

    /**
     * A limit criterion written as an operand of a search (the Cochrane Library's {@code with Publication Year ...},
     * Embase.com's {@code [humans]/lim}), or null when the target has no such form.
     */
    abstract String restriction(LimitCriterion criterion);
}
