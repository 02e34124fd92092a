package org.evsynth.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.evsynth.records.screening.Ordering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Prioritised title-and-abstract screening in the workspace: model order after the first include and exclude,
 * reproducibility, blinding in dual screening, key papers, provenance in the audit log, and the stop by the
 * stopping rule counted in PRISMA.
 */
class PrioritisedScreeningTest {

    private static final Actor ANN = Scenario.ANN;
    private static final Actor BOB = Scenario.BOB;

    @TempDir
    Path tmp;

    static List<String> backends() {
        return TestBackends.both().toList();
    }

    /** Records 1..n; every {@code every}-th one (1, 1 + every, ...) is about statins after infarction, relevant. */
    private Review review(String backend, int n, int every, String mode) throws Exception {
        TestBackends.Location location = TestBackends.newReview(backend, tmp, "Prioritised");
        Review review = location.open();
        List<Ris.Ref> refs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String title = relevant(i, every)
                    ? "Statin therapy after myocardial infarction: randomised trial " + i
                    : "Hip fracture rehabilitation in older adults, cohort " + i + " of " + (i * 7919 % 1000);
            refs.add(new Ris.Ref(title, "Author" + i + ", A", 1990 + i % 30, "10.9/p" + i));
        }
        review.searches().importFile(ANN, Searches.Import.of(Ris.write(tmp.resolve("s" + System.nanoTime()
                + ".ris"), refs), "MEDLINE", SourceKind.DATABASE, null, null));
        String yaml = review.protocol().yaml();
        review.updateProtocol(ANN, yaml.replace("order: import", "order: priority\n  seed: 5")
                .replace("mode: dual", "mode: " + mode));
        return review;
    }

    private static boolean relevant(long id, int every) {
        return id % every == 1;
    }

    private static void decide(Review review, Actor who, long id, int every) {
        review.screening().decide(who, new Screening.Decide(id, Stage.TITLE_ABSTRACT,
                relevant(id, every) ? Decision.INCLUDE : Decision.EXCLUDE, null, null));
    }

    private static List<Long> ids(List<PrioritisedRecord> records) {
        return records.stream().map(r -> r.record().id()).toList();
    }

    @Test
    void modelOrderPutsTheIncludesFirstOnceThereIsAnIncludeAndAnExclude() throws Exception {
        try (Review review = review(TestBackends.SQLITE, 60, 6, "single")) {
            PrioritisedRecord first = review.prioritised().next(ANN).orElseThrow();
            assertEquals(Ordering.RANDOM_START, first.ordering());
            assertTrue(Double.isNaN(first.score()));
            decide(review, ANN, 1, 6);
            decide(review, ANN, 2, 6);
            // one decision behind (the next model trains while the reviewer reads): no model on two decisions
            assertEquals(Ordering.RANDOM_START, review.prioritised().upcoming(ANN, 1).get(0).ordering());
            decide(review, ANN, 3, 6);
            List<PrioritisedRecord> next = review.prioritised().upcoming(ANN, 9);
            assertEquals(Ordering.MODEL, next.get(0).ordering());
            assertTrue(next.stream().allMatch(r -> relevant(r.record().id(), 6)), ids(next).toString());
            assertTrue(next.get(0).terms().stream().anyMatch(t -> t.term().contains("statin")), next.get(0).terms()
                    .toString());
            assertEquals(2, next.get(0).model().trainedOn());
            assertEquals(next.get(0).record().id(), review.screening().next(ANN, Stage.TITLE_ABSTRACT)
                    .orElseThrow().id(), "the review's queue hands out the model's order");
            assertEquals(ids(review.prioritised().upcoming(ANN, 57)), review.screening().queue(ANN,
                    Stage.TITLE_ABSTRACT));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void sameSeedAndDecisionsGiveTheSameOrder(String backend) throws Exception {
        List<List<Long>> orders = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int copy = 0; copy < 2; copy++) {
            try (Review review = review(backend, 40, 5, "single")) {
                List<Long> start = ids(review.prioritised().upcoming(ANN, 40));
                for (long id : List.of(3L, 7L, 1L, 9L, 11L)) {
                    decide(review, ANN, id, 5);
                }
                List<PrioritisedRecord> ranked = review.prioritised().upcoming(ANN, 35);
                List<Long> order = new ArrayList<>(start);
                order.addAll(ids(ranked));
                orders.add(order);
                hashes.add(ranked.get(0).model().trainingSetSha256());
            }
        }
        assertEquals(orders.get(0), orders.get(1));
        assertEquals(hashes.get(0), hashes.get(1));
        assertNotEquals(orders.get(0).subList(0, 40), java.util.stream.LongStream.rangeClosed(1, 40).boxed()
                .toList(), "the random start is not the import order");
    }

    @Test
    void dualScreeningOrderDoesNotRevealTheOtherReviewersDecisions() throws Exception {
        try (Review review = review(TestBackends.SQLITE, 50, 5, "dual")) {
            decide(review, ANN, 1, 5);
            decide(review, ANN, 2, 5);
            decide(review, ANN, 3, 5);
            List<Long> annBefore = ids(review.prioritised().upcoming(ANN, 47));
            var stateBefore = review.prioritised().stoppingState(ANN);
            // Bob decides records Ann has not: an exclude, then includes of the irrelevant kind, to pull a leaky
            // model around
            review.screening().decide(BOB, new Screening.Decide(10, Stage.TITLE_ABSTRACT, Decision.EXCLUDE, null,
                    null));
            for (long id : List.of(4L, 5L, 8L, 9L, 13L, 14L, 6L)) {
                review.screening().decide(BOB, new Screening.Decide(id, Stage.TITLE_ABSTRACT, Decision.INCLUDE,
                        null, null));
            }
            assertEquals(annBefore, ids(review.prioritised().upcoming(ANN, 47)));
            assertEquals(stateBefore, review.prioritised().stoppingState(ANN));
            assertEquals(2, review.prioritised().upcoming(ANN, 1).get(0).model().trainedOn());
            // Bob's own ranking learns from his decisions only
            assertEquals(7, review.prioritised().upcoming(BOB, 1).get(0).model().trainedOn());
        }
    }

    @Test
    void keyPapersComeFirstAndTrainAsIncludes() throws Exception {
        try (Review review = review(TestBackends.SQLITE, 30, 5, "single")) {
            review.prioritised().markKeyPaper(BOB, 11);
            review.prioritised().markKeyPaper(BOB, 11);
            PrioritisedRecord first = review.prioritised().next(ANN).orElseThrow();
            assertEquals(11, first.record().id());
            assertTrue(first.keyPaper());
            decide(review, ANN, 2, 5);
            decide(review, ANN, 3, 5);
            List<PrioritisedRecord> next = review.prioritised().upcoming(ANN, 5);
            assertEquals(11, next.get(0).record().id(), "an undecided key paper stays first");
            assertEquals(Ordering.MODEL, next.get(1).ordering());
            assertTrue(relevant(next.get(1).record().id(), 5), ids(next).toString());
            assertThrows(UnknownEntityException.class, () -> review.prioritised().markKeyPaper(BOB, 999));
            long marks = review.audit().entries(AuditLog.Query.all()).stream()
                    .filter(e -> e.action().equals("key-paper")).count();
            assertEquals(1, marks);
        }
    }

    @Test
    void theAuditEntryOfADecisionNamesTheModelThatRankedTheRecord() throws Exception {
        try (Review review = review(TestBackends.SQLITE, 30, 5, "single")) {
            decide(review, ANN, 1, 5);
            decide(review, ANN, 2, 5);
            decide(review, ANN, 3, 5);
            PrioritisedRecord served = review.prioritised().next(ANN).orElseThrow();
            assertTrue(served.rankingId() > 0);
            decide(review, ANN, served.record().id(), 5);
            AuditEntry entry = review.audit().entries(AuditLog.Query.all()).stream()
                    .filter(e -> e.action().equals("screen") && e.entityId().equals(String.valueOf(served
                            .record().id()))).reduce((a, b) -> b).orElseThrow();
            assertTrue(entry.after().contains("\"ranked_by\""), entry.after());
            assertTrue(entry.after().contains("\"model_version\":" + served.model().version()), entry.after());
            assertTrue(entry.after().contains(served.model().trainingSetSha256()), entry.after());
            PrioritisedRecord why = review.prioritised().explain(ANN, 6);
            assertTrue(why.score() > review.prioritised().explain(ANN, 7).score());
            assertFalse(why.terms().isEmpty());
        }
    }

    @Test
    void stoppingByTheRuleMarksTheUnscreenedRecordsAsExcludedByAutomation() throws Exception {
        try (Review review = review(TestBackends.SQLITE, 160, 20, "single")) {
            ScreeningStops stops = review.screeningStops();
            assertThrows(RefusedException.class, () -> stops.stop(ANN), "nothing screened: no stop");
            int screened = 0;
            while (!review.prioritised().stoppingState(ANN).stop()) {
                Optional<PrioritisedRecord> next = review.prioritised().next(ANN);
                decide(review, ANN, next.orElseThrow().record().id(), 20);
                screened++;
            }
            assertTrue(screened < 160, "stopped before the end: " + screened);
            ReviewStatus before = review.status();
            ScreeningStop stop = stops.stop(ANN);
            assertEquals(160 - screened, stop.recordsMarked());
            assertEquals(stop.recordsMarked(), stops.automationExcluded());
            assertTrue(review.screening().queue(ANN, Stage.TITLE_ABSTRACT).isEmpty());
            ReviewStatus after = review.status();
            assertEquals(before.screened() + stop.recordsMarked(), after.screened());
            assertEquals(8, after.sought(), "every relevant record was found before the stop");
            String methods = stops.methodsText().orElseThrow();
            assertTrue(methods.contains("hypergeometric test") && methods.contains("95%")
                    && methods.contains("logistic_regression"), methods);
            assertNotNull(review.audit().entries(AuditLog.Query.all()).stream()
                    .filter(e -> e.action().equals("stop-screening")).findFirst().orElse(null));
        }
    }
}
