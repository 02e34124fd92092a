package org.evsynth.review;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The PRISMA 2020 flow counts of a review, derived only from its stored data (Page et al. 2021, BMJ 372:n71).
 *
 * @param identifiedPerSource records imported per source database or register
 * @param registers           the sources that are trial registers (the others are bibliographic databases)
 * @param identifiedTotal     records imported
 * @param duplicatesRemoved   records merged into an earlier record's group
 * @param screened            records with a final title-and-abstract outcome
 * @param excludedScreening   records excluded at title and abstract
 * @param sought              reports sought for retrieval: records included at title and abstract
 * @param notRetrieved        reports sought but not retrieved
 * @param assessed            reports with a final full-text outcome
 * @param excludedFullText    reports excluded at full text, by reason
 * @param studiesIncluded     studies with at least one included report (an unlinked report counts as a study)
 * @param reportsIncluded     reports included at full text
 * @param pending             per stage, what is left to decide
 */
public record PrismaCounts(Map<String, Integer> identifiedPerSource, Set<String> registers, int identifiedTotal,
        int duplicatesRemoved,
        int screened, int excludedScreening, int sought, int notRetrieved, int assessed,
        Map<String, Integer> excludedFullText, int studiesIncluded, int reportsIncluded,
        Map<Stage, StagePending> pending) {

    public PrismaCounts {
        identifiedPerSource = Map.copyOf(identifiedPerSource);
        registers = Set.copyOf(registers);
        excludedFullText = Map.copyOf(excludedFullText);
        pending = Map.copyOf(pending);
    }

    /** The counts under the names of the command-line contract, in its order, for JSON output. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> identified = new LinkedHashMap<>();
        identified.put("per_source", new TreeMap<>(identifiedPerSource));
        identified.put("registers", new java.util.TreeSet<>(registers));
        identified.put("total", identifiedTotal);
        m.put("identified", identified);
        m.put("duplicates_removed", duplicatesRemoved);
        m.put("screened", screened);
        m.put("excluded_screening", excludedScreening);
        m.put("sought", sought);
        m.put("not_retrieved", notRetrieved);
        m.put("assessed", assessed);
        m.put("excluded_full_text", new TreeMap<>(excludedFullText));
        m.put("studies_included", studiesIncluded);
        m.put("reports_included", reportsIncluded);
        Map<String, Object> p = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            StagePending sp = pending.get(s);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("undecided", sp.undecided());
            one.put("conflicts", sp.conflicts());
            one.put("per_reviewer", new TreeMap<>(sp.perReviewer()));
            p.put(s.id(), one);
        }
        m.put("pending", p);
        return m;
    }
}
