package org.evsynth.records.search;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The clinical-queries filters parsed once, as the Ovid searches they are. */
final class Hedges {

    private static final Map<ClinicalQuery, SearchNode> PARSED = new ConcurrentHashMap<>();

    private Hedges() {
    }

    /** The filter's search; its string is evsynth's own, so a failure to parse it is a bug, not bad input. */
    static SearchNode search(ClinicalQuery query) {
        return PARSED.computeIfAbsent(query,
                q -> LineParser.parse(q.ovid(), 1, "filter", Dialect.OVID, Set.of()).node());
    }
}
