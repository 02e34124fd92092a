package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.evsynth.records.search.SearchNode.And;
import org.evsynth.records.search.SearchNode.Not;
import org.evsynth.records.search.SearchNode.Or;

/**
 * Boolean combination as every interface evsynth reads writes it: operators taken left to right, a run of the
 * same operator flattened into one node ({@code a or b or c} is one {@link Or} of three).
 */
final class Operators {

    private Operators() {
    }

    /** {@code left op right}, for op {@code and}, {@code or} or {@code not} (lower case). */
    static SearchNode combine(String op, SearchNode left, SearchNode right) {
        switch (op) {
            case "and":
                return new And(flatten(left, right, And.class));
            case "or":
                return new Or(flatten(left, right, Or.class));
            default:
                return new Not(left, right);
        }
    }

    /** The note for a line that mixes operators without parentheses, or null when it does not. */
    static LineNote mixed(Set<String> operators) {
        return operators.size() > 1 ? LineNote.approximated("operators " + String.join(", ", operators)
                + " mixed without parentheses: evaluated left to right") : null;
    }

    private static List<SearchNode> flatten(SearchNode left, SearchNode right, Class<? extends SearchNode> kind) {
        List<SearchNode> operands = new ArrayList<>();
        if (left instanceof And a && kind == And.class) {
            operands.addAll(a.operands());
        } else if (left instanceof Or o && kind == Or.class) {
            operands.addAll(o.operands());
        } else {
            operands.add(left);
        }
        operands.add(right);
        return operands;
    }
}
