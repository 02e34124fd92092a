package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsynth.records.search.SearchNode.Limit;
import org.evsynth.records.search.SearchNode.LimitCriterion;
import org.evsynth.records.search.SearchNode.LineRef;

/**
 * Reads Ovid's {@code limit N to ...} command.
 *
 * <p>The criteria are joined with {@code and} and {@code or}, in parentheses or not, and may be quoted:
 * {@code limit 3 to (english language and humans and yr="2000 - Current")},
 * {@code limit 7 to (english or french)}, {@code limit 5 to "therapy (maximizes sensitivity)"}. Parentheses that
 * belong to a limit's own name ({@code aged (80 and over)}) stay with it. What each name means is
 * {@link LimitNames}' job; a name evsynth does not know still runs, passed over with a note, because a strategy
 * that ran in Ovid must run here. Ovid's own remark after a limit in a multi-file search
 * ({@code [Limit not valid in CDSR; records were retained]}) is dropped.
 */
final class LimitClause {

    private static final Pattern LIMIT = Pattern.compile("(?i)\\s*limit\\s+#?(\\S+)\\s+to\\s+(.+?)\\s*");
    private static final Pattern REMARK = Pattern.compile("\\s*\\[[^\\]]*]\\s*$");

    private final String text;
    private int pos;

    private LimitClause(String text) {
        this.text = text;
    }

    /** The limit on the line, or empty when the line is not a limit command. */
    static Optional<Limit> parse(String line, int lineNumber, Set<String> knownLabels) {
        Matcher m = LIMIT.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String label = m.group(1);
        if (!knownLabels.contains(label)) {
            throw new StrategyParseException(lineNumber, m.start(1) + 1, label, knownLabels.isEmpty()
                    || label.matches("\\d+") ? "limit refers to a line that does not come before this one"
                    : "limit refers to no line of the strategy");
        }
        String criteria = m.group(2);
        Matcher remark = REMARK.matcher(criteria);
        while (remark.find() && remark.start() > 0) {
            criteria = criteria.substring(0, remark.start());
            remark = REMARK.matcher(criteria);
        }
        LimitClause clause = new LimitClause(criteria);
        LimitCriterion criterion = clause.any();
        clause.skipSpace();
        if (clause.pos < criteria.length()) {
            throw new StrategyParseException(lineNumber, m.start(2) + clause.pos + 1,
                    criteria.substring(clause.pos), "unbalanced ')' in the limit");
        }
        return Optional.of(new Limit(new LineRef(label), criterion));
    }

    private LimitCriterion any() {
        List<LimitCriterion> parts = new ArrayList<>(List.of(all()));
        while (operator("or")) {
            parts.add(all());
        }
        return parts.size() == 1 ? parts.get(0) : new LimitCriterion.AnyOf(joined(parts, " or "), parts);
    }

    private LimitCriterion all() {
        List<LimitCriterion> parts = new ArrayList<>(List.of(atom()));
        while (operator("and")) {
            parts.add(atom());
        }
        return parts.size() == 1 ? parts.get(0) : new LimitCriterion.AllOf(joined(parts, " and "), parts);
    }

    private LimitCriterion atom() {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == '(') {
            pos++;
            LimitCriterion inner = any();
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == ')') {
                pos++;
            }
            return inner;
        }
        int start = pos;
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"' || c == '“' || c == '”') {
                int close = indexOfQuote(pos + 1);
                pos = close < 0 ? text.length() : close + 1;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && Character.isWhitespace(c) && operatorAt(pos)) {
                break;
            }
            pos++;
        }
        return LimitNames.criterion(text.substring(start, pos).trim());
    }

    private int indexOfQuote(int from) {
        for (int i = from; i < text.length(); i++) {
            if ("\"“”".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private boolean operatorAt(int at) {
        String rest = text.substring(at).stripLeading().toLowerCase(java.util.Locale.ROOT);
        return rest.matches("^(and|or)\\s.*");
    }

    private boolean operator(String word) {
        skipSpace();
        String rest = text.substring(pos).toLowerCase(java.util.Locale.ROOT);
        if (rest.startsWith(word + " ") || rest.startsWith(word + "(")) {
            pos += word.length();
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private static String joined(List<LimitCriterion> parts, String operator) {
        return String.join(operator, parts.stream().map(LimitCriterion::label).toList());
    }
}
