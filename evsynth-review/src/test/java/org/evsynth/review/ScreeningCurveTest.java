package org.evsynth.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The team's recall curve: records in the order screened, maybe counted as an include, the latest decision
 * labelling a record in single screening; in dual screening only final outcomes, so that a lone vote or a conflict
 * never shows; the stop by the rule placed on the curve.
 */
class ScreeningCurveTest {

    private static final Actor ANN = Scenario.ANN;
    private static final Actor BOB = Scenario.BOB;
    private static final Actor CAT = Scenario.CAT;

    @TempDir
    Path tmp;

    static List<String> backends() {
        return TestBackends.both().toList();
    }

    private Review review(String backend, int n, String mode) throws Exception {
        Review review = TestBackends.newReview(backend, tmp, "Curve").open();
        List<Ris.Ref> refs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            refs.add(new Ris.Ref((i % 5 == 1 ? "Statin therapy after myocardial infarction, trial " : "Hip fracture "
                    + "rehabilitation, cohort ") + i, "Author" + i + ", A", 1990 + i % 30, "10.9/c" + i));
        }
        review.searches().importFile(ANN, Searches.Import.of(Ris.write(tmp.resolve("s" + System.nanoTime()
                + ".ris"), refs), "MEDLINE", SourceKind.DATABASE, null, null));
        review.updateProtocol(ANN, review.protocol().yaml().replace("order: import", "order: priority\n  seed: 5")
                .replace("mode: dual", "mode: " + mode));
        return review;
    }

    private static void decide(Review review, Actor who, long id, Decision d) {
        review.screening().decide(who, new Screening.Decide(id, Stage.TITLE_ABSTRACT, d, null, null));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void singleScreeningPutsEachRecordAtItsFirstDecisionWithItsLatestLabel(String backend) throws Exception {
        try (Review review = review(backend, 12, "single")) {
            decide(review, ANN, 4, Decision.EXCLUDE);
            decide(review, ANN, 1, Decision.MAYBE);
            decide(review, BOB, 9, Decision.INCLUDE);
            decide(review, ANN, 7, Decision.EXCLUDE);
            decide(review, BOB, 1, Decision.EXCLUDE);
            decide(review, ANN, 7, Decision.INCLUDE);
            ScreeningCurve.Curve curve = review.screeningCurve().read();
            assertEquals(ScreeningOrder.PRIORITY, curve.order());
            assertEquals(12, curve.records());
            assertEquals(List.of(false, false, true, true), curve.includes(),
                    "4, 1 (maybe, then Bob's exclude), 9, 7 (changed to include)");
            assertArrayEquals(new int[] {3, 4}, curve.foundAt());
            assertEquals(0, curve.awaiting());
            assertEquals(-1, curve.stoppedAt());
            decide(review, ANN, 4, Decision.MAYBE);
            assertEquals(List.of(true, false, true, true), review.screeningCurve().read().includes(),
                    "maybe counts as an include, as the model trains on it");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void dualScreeningShowsFinalOutcomesOnlyAtTheVoteThatCompletedThem(String backend) throws Exception {
        try (Review review = review(backend, 12, "dual")) {
            decide(review, ANN, 1, Decision.INCLUDE);
            decide(review, ANN, 2, Decision.EXCLUDE);
            decide(review, ANN, 3, Decision.INCLUDE);
            ScreeningCurve.Curve lone = review.screeningCurve().read();
            assertEquals(0, lone.screened(), "one reviewer's votes are nobody else's to see");
            decide(review, BOB, 3, Decision.EXCLUDE);
            decide(review, BOB, 2, Decision.EXCLUDE);
            decide(review, BOB, 1, Decision.INCLUDE);
            decide(review, CAT, 4, Decision.MAYBE);
            decide(review, BOB, 4, Decision.MAYBE);
            ScreeningCurve.Curve voted = review.screeningCurve().read();
            assertEquals(List.of(false, true), voted.includes(), "2 then 1; 3 and 4 are conflicts");
            assertEquals(2, voted.awaiting());
            review.conflicts().resolve(Actor.named("olivia"), new Conflicts.Resolve(3, Stage.TITLE_ABSTRACT,
                    Decision.INCLUDE, null, null));
            ScreeningCurve.Curve settled = review.screeningCurve().read();
            assertEquals(List.of(true, false, true), settled.includes(), "3 at Bob's vote on it, before 2");
            assertEquals(1, settled.awaiting());
            assertEquals(12, settled.records());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void keyPapersAreListedAndTheStopIsPlacedOnTheCurve(String backend) throws Exception {
        try (Review review = review(backend, 120, "single")) {
            review.prioritised().markKeyPaper(BOB, 11);
            review.prioritised().markKeyPaper(ANN, 6);
            int screened = 0;
            while (!review.prioritised().stoppingState(ANN).stop()) {
                long next = review.prioritised().next(ANN).orElseThrow().record().id();
                decide(review, ANN, next, next % 5 == 1 ? Decision.INCLUDE : Decision.EXCLUDE);
                screened++;
            }
            review.screeningStops().stop(ANN);
            ScreeningCurve.Curve curve = review.screeningCurve().read();
            assertEquals(List.of(6L, 11L), curve.keyPapers());
            assertEquals(screened, curve.screened());
            assertEquals(screened, curve.stoppedAt());
            assertEquals(120, curve.records(), "the records marked by automation are still at the stage");
            assertTrue(curve.found() >= 20, "the statin trials were found: " + curve.found());
        }
    }
}
