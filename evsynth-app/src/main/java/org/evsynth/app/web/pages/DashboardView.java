package org.evsynth.app.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evsynth.review.ReviewStatus;
import org.evsynth.review.Stage;
import org.evsynth.review.StagePending;

/**
 * The dashboard: the PRISMA 2020 counts (drawn as the diagram, and as a table for those who cannot see it),
 * progress per screening stage and reviewer, and the conflicts waiting to be settled.
 *
 * @param chrome   the layout
 * @param counts   the diagram's counts in its order, as label and number
 * @param stages   progress per stage
 * @param warnings counts that do not add up, from drawing the diagram
 */
public record DashboardView(Chrome chrome, List<Count> counts, List<StageProgress> stages, List<String> warnings) {

    /** One count of the flow diagram. */
    public record Count(String label, int value) {
    }

    /**
     * A screening stage's progress.
     *
     * @param name        the stage, as a person reads it
     * @param id          the stage's word (title-abstract, full-text)
     * @param done        records with a final outcome at the stage
     * @param total       records at the stage: done and still undecided
     * @param undecided   records still without an outcome (conflicts included)
     * @param conflicts   records whose reviewers disagree
     * @param perReviewer for each reviewer, the undecided records they have not screened yet
     */
    public record StageProgress(String name, String id, int done, int total, int undecided, int conflicts,
            List<Count> perReviewer) {

        /** Percent done, rounded down, 0 for a stage with nothing in it. */
        public int percent() {
            return total == 0 ? 0 : (int) (100L * done / total);
        }
    }

    /** The view of a review's counts, as {@code evsynth status} reports them. */
    public static DashboardView of(Chrome chrome, ReviewStatus s, List<String> warnings) {
        List<Count> counts = new ArrayList<>();
        counts.add(new Count("Records identified", s.identifiedTotal()));
        new TreeMap<>(s.identifiedPerSource()).forEach((source, n) -> counts.add(new Count("  from " + source, n)));
        counts.add(new Count("Duplicates removed", s.duplicatesRemoved()));
        counts.add(new Count("Records screened", s.screened()));
        counts.add(new Count("Records excluded", s.excludedScreening()));
        counts.add(new Count("Reports sought for retrieval", s.sought()));
        counts.add(new Count("Reports not retrieved", s.notRetrieved()));
        counts.add(new Count("Reports assessed for eligibility", s.assessed()));
        new TreeMap<>(s.excludedFullText()).forEach((reason, n) -> counts.add(new Count("  excluded: " + reason, n)));
        counts.add(new Count("Studies included", s.studiesIncluded()));
        counts.add(new Count("Reports of included studies", s.reportsIncluded()));
        List<StageProgress> stages = List.of(
                progress("Title and abstract", Stage.TITLE_ABSTRACT, s.screened(), s.pending()),
                progress("Full text", Stage.FULL_TEXT, s.assessed(), s.pending()));
        return new DashboardView(chrome, counts, stages, warnings);
    }

    private static StageProgress progress(String name, Stage stage, int done, Map<Stage, StagePending> pending) {
        StagePending p = pending.get(stage);
        List<Count> reviewers = new ArrayList<>();
        new TreeMap<>(p.perReviewer()).forEach((reviewer, n) -> reviewers.add(new Count(reviewer, n)));
        return new StageProgress(name, stage.id(), done, done + p.undecided(), p.undecided(), p.conflicts(),
                reviewers);
    }

    /** Conflicts waiting at every stage. */
    public int conflicts() {
        return stages.stream().mapToInt(StageProgress::conflicts).sum();
    }
}
