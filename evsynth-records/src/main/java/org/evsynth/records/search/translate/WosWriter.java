package org.evsynth.records.search.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evsynth.records.search.SearchNode.Heading;
import org.evsynth.records.search.SearchNode.LimitCriterion;
import org.evsynth.records.search.SearchNode.Proximity;

/**
 * Web of Science advanced search: field tags ({@code TS=(...)}, {@code TI=(...)}), {@code NEAR/n}, {@code $} for
 * zero or one character; the Core Collection has no MeSH, so a heading becomes a topic phrase, with a comment.
 */
final class WosWriter extends GroupWriter {

    WosWriter() {
        super(TargetInterface.WOS);
    }

    @Override
    String field(String group, List<String> targetCodes) {
        List<String> parts = new ArrayList<>();
        String body = wrapped(group) ? group : "(" + group + ")";
        targetCodes.forEach(tag -> parts.add(tag + "=" + body));
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(" OR ", parts) + ")";
    }

    @Override
    String near(Proximity proximity) {
        if (proximity.ordered()) {
            comment("Ovid's adj (next to each other, in order) written as NEAR/0, which allows either order");
            return "NEAR/0";
        }
        return "NEAR/" + proximity.distance();
    }

    @Override
    String heading(Heading heading) {
        return headingAsText(heading, "has no Web of Science equivalent: searched as a topic phrase");
    }

    @Override
    String criterion(LimitCriterion criterion) {
        if (criterion instanceof LimitCriterion.DateRange range && range.code().equals("yr")) {
            int from = range.from() / 10_000;
            int to = range.to() / 10_000;
            return "PY=(" + from + "-" + (to >= 9999 ? 2100 : to) + ")";
        }
        if (criterion instanceof LimitCriterion.Language language) {
            return "LA=(" + language.language().substring(0, 1).toUpperCase(Locale.ROOT)
                    + language.language().substring(1) + ")";
        }
        if (criterion instanceof LimitCriterion.PublicationType type && type.types().size() == 1
                && type.types().get(0).equals("review")) {
            return "DT=(Review)";
        }
        return null;
    }
}
