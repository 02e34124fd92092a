package org.evsynth.records.search.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evsynth.records.search.SearchNode.Heading;
import org.evsynth.records.search.SearchNode.LimitCriterion;
import org.evsynth.records.search.SearchNode.Proximity;

/**
 * Scopus advanced search: fields are functions ({@code TITLE-ABS-KEY(...)}), proximity is {@code W/n} (either
 * order) and {@code PRE/n} (in order), MeSH and Emtree terms are both {@code INDEXTERMS(...)}, unexploded.
 */
final class ScopusWriter extends GroupWriter {

    ScopusWriter() {
        super(TargetInterface.SCOPUS);
    }

    @Override
    String field(String group, List<String> targetCodes) {
        List<String> parts = new ArrayList<>();
        targetCodes.forEach(f -> parts.add(f + "(" + group + ")"));
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(" OR ", parts) + ")";
    }

    @Override
    String near(Proximity proximity) {
        return proximity.ordered() ? "PRE/0" : "W/" + proximity.distance();
    }

    @Override
    String heading(Heading heading) {
        comment("Scopus searches MeSH through INDEXTERMS, mixed with Emtree and without "
                + (heading.explode() ? "explosion" : "the tree") + (heading.subheadings().isEmpty() ? ""
                : " or subheadings") + (heading.major() ? " or major topics" : ""));
        return "INDEXTERMS(\"" + heading.name() + "\")";
    }

    @Override
    String criterion(LimitCriterion criterion) {
        if (criterion instanceof LimitCriterion.DateRange range && range.code().equals("yr")) {
            int from = range.from() / 10_000;
            int to = range.to() / 10_000;
            return to >= 9999 ? "PUBYEAR > " + (from - 1) : "PUBYEAR > " + (from - 1) + " AND PUBYEAR < " + (to + 1);
        }
        if (criterion instanceof LimitCriterion.Language language) {
            return "LANGUAGE(" + language.language() + ")";
        }
        if (criterion instanceof LimitCriterion.PublicationType type && type.types().size() == 1
                && type.types().get(0).equals("review")) {
            return "DOCTYPE(re)";
        }
        if (criterion instanceof LimitCriterion.CheckTag tag && tag.headings().size() == 1) {
            return "INDEXTERMS(" + tag.headings().get(0).toLowerCase(Locale.ROOT) + ")";
        }
        return null;
    }
}
