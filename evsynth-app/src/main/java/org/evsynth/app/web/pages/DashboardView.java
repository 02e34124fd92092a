package org.evsynth.app.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.evsynth.review.Agreement;
import org.evsynth.review.ReviewStatus;
import org.evsynth.review.Stage;
import org.evsynth.review.StagePending;

/**
 * The dashboard: the PRISMA 2020 counts (drawn as the diagram, and as a table for those who cannot see it),
 * progress per screening stage and reviewer, the conflicts waiting to be settled, the agreement between reviewers,
 * and the next thing each member should do.
 *
 * @param chrome    the layout
 * @param counts    the diagram's counts in its order, as label and number
 * @param stages    progress per stage
 * @param warnings  counts that do not add up, from drawing the diagram
 * @param agreement per stage, each pair of reviewers' agreement
 * @param next      each member's next steps
 * @param recall    in priority order, the team's recall so far; null otherwise
 */
public record DashboardView(Chrome chrome, List<Count> counts, List<StageProgress> stages, List<String> warnings,
        List<StageAgreement> agreement, List<NextSteps.Steps> next, Recall recall) {

    /**
     * The team's recall so far at title and abstract, in priority order.
     *
     * @param screened  records on the curve (in dual screening, those with a final outcome)
     * @param records   records at title and abstract
     * @param found     includes found among them (maybe counted as include)
     * @param keyPapers records marked as key papers
     * @param drawn     whether the curve is drawn (an include was found)
     * @param caption   the figure's caption, what it shows in words
     */
    public record Recall(int screened, int records, int found, int keyPapers, boolean drawn, String caption) {
    }

    /**
     * Agreement between pairs of reviewers at a stage.
     *
     * @param name  the stage, as a person reads it
     * @param pairs each pair of reviewers who both decided some records there
     */
    public record StageAgreement(String name, List<PairAgreement> pairs) {
    }

    /**
     * Two reviewers' agreement over the records both decided: percent agreement and Cohen's kappa, and the counts.
     *
     * @param first   one reviewer (alphabetically first), whose decisions are the table's rows
     * @param second  the other, the columns
     * @param records records both decided
     * @param agreed  records they decided alike
     * @param percent percent agreement, one decimal
     * @param kappa   Cohen's kappa, two decimals, or "not defined" when chance agreement is 1
     * @param table   counts by the first's decision (rows) and the second's (columns): include, exclude, maybe
     */
    public record PairAgreement(String first, String second, int records, int agreed, String percent, String kappa,
            List<List<Integer>> table) {
    }

    /** The decisions of the agreement table, in its order. */
    public static final List<String> WORDS = List.of("include", "exclude", "maybe");

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

    /** The view of a review's counts, as {@code evsynth status} reports them, and each member's next steps. */
    public static DashboardView of(Chrome chrome, ReviewStatus s, List<String> warnings,
            List<NextSteps.Steps> next, Recall recall) {
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
        List<StageAgreement> agreement = List.of(
                agreement("Title and abstract", s.agreement().getOrDefault(Stage.TITLE_ABSTRACT, List.of())),
                agreement("Full text", s.agreement().getOrDefault(Stage.FULL_TEXT, List.of())));
        return new DashboardView(chrome, counts, stages, warnings, agreement, next, recall);
    }

    private static StageAgreement agreement(String name, List<Agreement> pairs) {
        return new StageAgreement(name, pairs.stream().map(a -> new PairAgreement(a.first(), a.second(),
                a.records(), a.agreed(), String.format(Locale.ROOT, "%.1f%%", a.percent()),
                Double.isNaN(a.kappa()) ? "not defined" : String.format(Locale.ROOT, "%.2f", a.kappa()),
                WORDS.stream().map(row -> WORDS.stream().map(column -> a.table().getOrDefault(row + "/" + column,
                        0)).toList()).toList())).toList());
    }

    /** Whether any pair of reviewers has decided a record in common. */
    public boolean hasAgreement() {
        return agreement.stream().anyMatch(a -> !a.pairs().isEmpty());
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
