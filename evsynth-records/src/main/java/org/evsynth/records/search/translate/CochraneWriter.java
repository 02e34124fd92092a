package org.evsynth.records.search.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evsynth.records.search.SearchNode.Heading;
import org.evsynth.records.search.SearchNode.LimitCriterion;
import org.evsynth.records.search.SearchNode.Proximity;

/**
 * The Cochrane Library (Wiley): {@code term:ti,ab,kw}, {@code [mh "Heading"]} exploded, {@code [mh ^"Heading"]}
 * not, {@code [mh "Heading"/DT]} with a qualifier, {@code NEAR/n} and {@code NEXT}.
 */
final class CochraneWriter extends GroupWriter {

    CochraneWriter() {
        super(TargetInterface.COCHRANE_LIBRARY);
    }

    @Override
    String field(String group, List<String> targetCodes) {
        return group + ":" + String.join(",", targetCodes);
    }

    @Override
    String near(Proximity proximity) {
        return proximity.ordered() ? "NEXT" : "NEAR/" + proximity.distance();
    }

    @Override
    String heading(Heading heading) {
        if (heading.major()) {
            comment("the Cochrane Library has no major-topic search: '*" + heading.name() + "/' written as the "
                    + "heading");
        }
        String name = (heading.explode() ? "" : "^") + "\"" + heading.name() + "\"";
        if (heading.subheadings().isEmpty()) {
            return "[mh " + name + "]";
        }
        List<String> parts = new ArrayList<>();
        heading.subheadings().forEach(s -> parts.add("[mh " + name + "/" + s.toUpperCase(Locale.ROOT) + "]"));
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(" OR ", parts) + ")";
    }

    @Override
    String criterion(LimitCriterion criterion) {
        return null;
    }
}
