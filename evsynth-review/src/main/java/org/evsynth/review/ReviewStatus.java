package org.evsynth.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where a review stands: the PRISMA 2020 flow counts, derived only from its stored data (Page et al. 2021, BMJ
 * 372:n71), what is left to decide per stage and reviewer, and the reviewers' agreement per stage. The JSON of
 * {@code evsynth status --format json} and of the web app's {@code GET /api/status} is {@link #asMap()}.
 *
 * @param identifiedPerSource records imported per source database or register
 * @param registers           the sources that are trial registers (the others are bibliographic databases)
 * @param identifiedTotal     records imported
 * @param duplicatesRemoved   records merged into an earlier record's group
 * @param screened            records with a final title-and-abstract outcome given by people (PRISMA 2020's
 *                            "records screened"; those marked by automation are not among them)
 * @param excludedScreening   records excluded at title and abstract by people
 * @param markedByAutomation  records left unscreened when the team stopped by the stopping rule and marked
 *                            ineligible by automation (PRISMA 2020's "records marked as ineligible by automation
 *                            tools", removed before screening)
 * @param sought              reports sought for retrieval: records included at title and abstract
 * @param notRetrieved        reports sought but not retrieved
 * @param assessed            reports with a final full-text outcome
 * @param excludedFullText    reports excluded at full text, by reason
 * @param studiesIncluded     studies with at least one included report (an unlinked report counts as a study)
 * @param reportsIncluded     reports included at full text
 * @param pending             per stage, what is left to decide
 * @param agreement           per stage, each pair of reviewers' agreement on the records both decided
 */
public record ReviewStatus(Map<String, Integer> identifiedPerSource, Set<String> registers, int identifiedTotal,
        int duplicatesRemoved,
        int screened, int excludedScreening, int markedByAutomation, int sought, int notRetrieved, int assessed,
        Map<String, Integer> excludedFullText, int studiesIncluded, int reportsIncluded,
        Map<Stage, StagePending> pending, Map<Stage, List<Agreement>> agreement) {

    public ReviewStatus {
        identifiedPerSource = Map.copyOf(identifiedPerSource);
        registers = Set.copyOf(registers);
        excludedFullText = Map.copyOf(excludedFullText);
        pending = Map.copyOf(pending);
        agreement = Map.copyOf(agreement);
    }

    /**
     * The same counts with the agreement of the pairs of reviewers the reviewer belongs to only: what a reviewer may
     * see under blinding. Another pair's table of counts could tell how they voted on a record still open to this
     * reviewer (a record they disagree on is in everyone's queue until it is settled); a pair's own table counts
     * only records both of them decided.
     */
    public ReviewStatus blindedFor(String reviewer) {
        Map<Stage, List<Agreement>> own = new java.util.EnumMap<>(Stage.class);
        agreement.forEach((stage, pairs) -> own.put(stage, pairs.stream().filter(a -> a.first().equals(reviewer)
                || a.second().equals(reviewer)).toList()));
        return new ReviewStatus(identifiedPerSource, registers, identifiedTotal, duplicatesRemoved, screened,
                excludedScreening, markedByAutomation, sought, notRetrieved, assessed, excludedFullText,
                studiesIncluded, reportsIncluded, pending, own);
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
        m.put("marked_by_automation", markedByAutomation);
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
            one.put("decided_per_reviewer", new TreeMap<>(sp.decided()));
            p.put(s.id(), one);
        }
        m.put("pending", p);
        Map<String, Object> a = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            List<Object> pairs = new ArrayList<>();
            for (Agreement one : agreement.getOrDefault(s, List.of())) {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("reviewers", List.of(one.first(), one.second()));
                pair.put("records", one.records());
                pair.put("agreed", one.agreed());
                pair.put("percent", round(one.percent()));
                pair.put("kappa", Double.isNaN(one.kappa()) ? null : round(one.kappa()));
                pair.put("table", new TreeMap<>(one.table()));
                pairs.add(pair);
            }
            a.put(s.id(), pairs);
        }
        m.put("agreement", a);
        return m;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
