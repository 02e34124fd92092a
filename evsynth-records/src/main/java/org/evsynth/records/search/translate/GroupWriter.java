package org.evsynth.records.search.translate;

import java.util.ArrayList;
import java.util.List;
import org.evsynth.records.search.FieldCodes;
import org.evsynth.records.search.SearchNode;
import org.evsynth.records.search.SearchNode.Heading;
import org.evsynth.records.search.SearchNode.LimitCriterion;
import org.evsynth.records.search.SearchNode.Proximity;

/**
 * The targets that qualify a whole group with a field and number lines {@code #N}: the Cochrane Library
 * ({@code (a OR b):ti,ab}), Scopus ({@code TITLE-ABS(a OR b)}) and Web of Science ({@code TS=(a OR b)}). What
 * differs between them is a small table: how a field is written around a group, proximity words, headings and the
 * few limits each can express.
 */
abstract class GroupWriter extends SyntaxWriter {

    GroupWriter(TargetInterface target) {
        super(target);
    }

    @Override
    final String label(String label) {
        return "#" + label;
    }

    @Override
    final String term(String text, List<String> codes, boolean grouped) {
        String word = word(text);
        String quoted = word.matches("[\\p{L}\\d*?$]+") ? word : "\"" + word + "\"";
        return grouped ? quoted : wrap(quoted, codes);
    }

    @Override
    final String fielded(SearchNode inner, List<String> codes) {
        return wrap(write(inner, codes, true), codes);
    }

    @Override
    final String proximity(Proximity proximity, List<String> codes, boolean grouped) {
        String left = group(write(proximity.left(), codes, true), proximity.left());
        String right = group(write(proximity.right(), codes, true), proximity.right());
        String text = "(" + left + " " + near(unorderedBeyondAdjacent(proximity)) + " " + right + ")";
        return grouped ? text : wrap(text, codes);
    }

    /** The group in the target's field for the Ovid codes. */
    private String wrap(String group, List<String> codes) {
        FieldMap.Choice choice = fields.choose(codes);
        if (!choice.exact()) {
            comment(choice.comment());
        }
        if (choice.codes().isEmpty()) {
            return group;
        }
        return field(group, choice.codes());
    }

    @Override
    final String limit(String line, LimitCriterion criterion) {
        List<String> parts = new ArrayList<>();
        criteria(criterion, parts);
        return parts.isEmpty() ? line : line + " AND " + String.join(" AND ", parts);
    }

    private void criteria(LimitCriterion criterion, List<String> parts) {
        if (criterion instanceof LimitCriterion.AllOf all) {
            all.criteria().forEach(c -> criteria(c, parts));
            return;
        }
        String written = criterion(criterion);
        if (written == null) {
            comment("limit '" + criterion.label() + "' is not written in " + target.title() + " syntax"
                    + (target == TargetInterface.COCHRANE_LIBRARY ? " (the Cochrane Library sets limits in its "
                    + "search manager)" : "") + ": left out");
        } else {
            parts.add(written);
        }
    }

    @Override
    final String restriction(LimitCriterion criterion) {
        return criterion(criterion);
    }

    /** The heading for targets without MeSH: a phrase in the field for {@code .mp.}, with a comment. */
    final String headingAsText(Heading heading, String why) {
        comment("MeSH heading '" + heading.name() + "' " + why);
        return wrap("\"" + heading.name() + "\"", FieldCodes.DEFAULT);
    }

    /** The group qualified by the target's fields. */
    abstract String field(String group, List<String> targetCodes);

    /** The proximity operator for Ovid's adjN or adj. */
    abstract String near(Proximity proximity);

    /** One limit criterion in the target's syntax, or null when it has none. */
    abstract String criterion(LimitCriterion criterion);
}
