package org.evsynth.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records, duplicate groups and screening decisions read in one transaction; answers which records are at
 * which stage and counts the PRISMA flow. Nothing here is stored: every count is derived from the decisions.
 */
final class ReviewState {

    private final List<long[]> records;
    private final Map<Long, String> sourceOfSearch;
    /** Sources that are trial registers rather than bibliographic databases. */
    private final Set<String> registers;
    private final Groups groups;
    private final ScreeningState screening;
    private final Map<Long, Long> studyOfReport;

    private ReviewState(List<long[]> records, Map<Long, String> sourceOfSearch, Set<String> registers, Groups groups,
            ScreeningState screening, Map<Long, Long> studyOfReport) {
        this.records = records;
        this.sourceOfSearch = sourceOfSearch;
        this.registers = Set.copyOf(registers);
        this.groups = groups;
        this.screening = screening;
        this.studyOfReport = studyOfReport;
    }

    static ReviewState load(Connection c, ScreeningMode mode) throws SQLException {
        Map<Long, String> sources = new HashMap<>();
        Set<String> registers = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, source, source_kind FROM search");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sources.put(rs.getLong(1), rs.getString(2));
                if ("register".equals(rs.getString(3))) {
                    registers.add(rs.getString(2));
                }
            }
        }
        Map<Long, Long> studies = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT record_id, study_id FROM study_report");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                studies.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return new ReviewState(RecordQueries.ids(c), sources, registers, DedupStore.groups(c),
                ScreeningState.load(c, mode), studies);
    }

    ScreeningState screening() {
        return screening;
    }

    boolean isDuplicate(long record) {
        return groups.isDuplicate(record);
    }

    /** Whether a record is (or was) at the stage: kept after deduplication, or sought and retrieved. */
    boolean atStage(Stage stage, long record) {
        if (stage == Stage.TITLE_ABSTRACT) {
            return !groups.isDuplicate(record);
        }
        return !groups.isDuplicate(record)
                && screening.outcome(Stage.TITLE_ABSTRACT, record).status() == Outcome.Status.INCLUDED
                && !screening.notRetrieved(record);
    }

    /** Records at the stage without a final outcome that the reviewer has not screened, by id. */
    List<Long> queue(Stage stage, String reviewer) {
        List<Long> out = new ArrayList<>();
        for (long[] r : records) {
            long id = r[0];
            if (atStage(stage, id) && !screening.outcome(stage, id).isFinal()
                    && screening.decisionOf(stage, id, reviewer) == null) {
                out.add(id);
            }
        }
        return out;
    }

    List<Conflict> conflicts() {
        List<Conflict> out = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            for (long[] r : records) {
                if (atStage(stage, r[0]) && screening.outcome(stage, r[0]).status() == Outcome.Status.CONFLICT) {
                    out.add(new Conflict(r[0], stage, screening.decisions(stage, r[0])));
                }
            }
        }
        return out;
    }

    /** Every record's place in the review, by id. */
    List<RecordStatus> statuses() {
        List<RecordStatus> out = new ArrayList<>(records.size());
        for (long[] r : records) {
            long id = r[0];
            boolean duplicate = groups.isDuplicate(id);
            List<ScreeningDecision> decisions = new ArrayList<>(screening.decisions(Stage.TITLE_ABSTRACT, id));
            decisions.addAll(screening.decisions(Stage.FULL_TEXT, id));
            out.add(new RecordStatus(id, sourceOfSearch.get(r[1]), duplicate ? groups.root(id) : null,
                    duplicate ? null : screening.outcome(Stage.TITLE_ABSTRACT, id),
                    atStage(Stage.FULL_TEXT, id) ? screening.outcome(Stage.FULL_TEXT, id) : null,
                    screening.notRetrieved(id), studyOfReport.get(id), decisions));
        }
        return out;
    }

    PrismaCounts counts() {
        Map<String, Integer> perSource = new HashMap<>();
        int duplicates = 0;
        int screened = 0;
        int excludedScreening = 0;
        int sought = 0;
        int notRetrieved = 0;
        int assessed = 0;
        Map<String, Integer> excludedFullText = new HashMap<>();
        int reportsIncluded = 0;
        Set<Long> studies = new HashSet<>();
        Map<Stage, int[]> open = new EnumMap<>(Stage.class);
        Map<Stage, Map<String, Integer>> perReviewer = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            open.put(s, new int[2]);
            Map<String, Integer> m = new HashMap<>();
            screening.reviewers().forEach(name -> m.put(name, 0));
            perReviewer.put(s, m);
        }
        for (long[] r : records) {
            long id = r[0];
            perSource.merge(sourceOfSearch.get(r[1]), 1, Integer::sum);
            if (groups.isDuplicate(id)) {
                duplicates++;
                continue;
            }
            Outcome ta = screening.outcome(Stage.TITLE_ABSTRACT, id);
            pending(Stage.TITLE_ABSTRACT, id, ta, open, perReviewer);
            if (!ta.isFinal()) {
                continue;
            }
            screened++;
            if (ta.status() == Outcome.Status.EXCLUDED) {
                excludedScreening++;
                continue;
            }
            sought++;
            if (screening.notRetrieved(id)) {
                notRetrieved++;
                continue;
            }
            Outcome ft = screening.outcome(Stage.FULL_TEXT, id);
            pending(Stage.FULL_TEXT, id, ft, open, perReviewer);
            if (!ft.isFinal()) {
                continue;
            }
            assessed++;
            if (ft.status() == Outcome.Status.EXCLUDED) {
                excludedFullText.merge(ft.reason() == null ? "no reason given" : ft.reason(), 1, Integer::sum);
            } else {
                reportsIncluded++;
                // an included report not linked to a study stands for a study of its own (negative key)
                studies.add(studyOfReport.getOrDefault(id, -id));
            }
        }
        Map<Stage, StagePending> pending = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            pending.put(s, new StagePending(open.get(s)[0], open.get(s)[1], perReviewer.get(s)));
        }
        return new PrismaCounts(perSource, registers, records.size(), duplicates, screened, excludedScreening,
                sought, notRetrieved, assessed, excludedFullText, studies.size(), reportsIncluded, pending);
    }

    private void pending(Stage stage, long id, Outcome outcome, Map<Stage, int[]> open,
            Map<Stage, Map<String, Integer>> perReviewer) {
        if (outcome.isFinal()) {
            return;
        }
        open.get(stage)[0]++;
        if (outcome.status() == Outcome.Status.CONFLICT) {
            open.get(stage)[1]++;
        }
        for (Map.Entry<String, Integer> e : perReviewer.get(stage).entrySet()) {
            if (screening.decisionOf(stage, id, e.getKey()) == null) {
                e.setValue(e.getValue() + 1);
            }
        }
    }
}
