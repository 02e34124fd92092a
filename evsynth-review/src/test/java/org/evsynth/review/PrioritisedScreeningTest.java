package org.evsynth.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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
            assertEquals(before.screened(), after.screened(), "the marked records are not screened by people");
            assertEquals(stop.recordsMarked(), after.markedByAutomation());
            assertEquals(8, after.sought(), "every relevant record was found before the stop");
            String methods = stops.methodsText().orElseThrow();
            assertTrue(methods.contains("hypergeometric test") && methods.contains("95%")
                    && methods.contains("logistic_regression"), methods);
            assertNotNull(review.audit().entries(AuditLog.Query.all()).stream()
                    .filter(e -> e.action().equals("stop-screening")).findFirst().orElse(null));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void keyPapersAreFoundByIdDoiOrPmidAndTheirMarksTakenBackWithAnAuditEntry(String backend) throws Exception {
        try (Review review = review(backend, 20, 5, "single")) {
            Path pubmed = Files.writeString(tmp.resolve("pmid" + System.nanoTime() + ".ris"), "TY  - JOUR\nTI  - "
                    + "Statin loading before primary angioplasty\nAU  - Patti, G\nPY  - 2007\nAN  - PMID:17998466\n"
                    + "ER  - \n\nTY  - JOUR\nTI  - Microaxial flow pump in cardiogenic shock\nAU  - Moller, JE\n"
                    + "PY  - 2024\nDO  - 10.1056/NEJMoa2312572\nER  - \n\n");
            review.searches().importFile(ANN, Searches.Import.of(pubmed, "PubMed", SourceKind.DATABASE, null, null));
            PrioritisedScreening p = review.prioritised();
            assertEquals(7, p.findRecord("7"));
            assertEquals(22, p.findRecord("10.1056/nejmoa2312572"), "DOIs compare without regard to case");
            assertEquals(22, p.findRecord("https://doi.org/10.1056/NEJMoa2312572"));
            assertEquals(22, p.findRecord("doi:10.1056/NEJMoa2312572"));
            assertEquals(21, p.findRecord("pmid:17998466"));
            assertEquals(21, p.findRecord(" PMID: 17998466 "));
            UnknownEntityException none = assertThrows(UnknownEntityException.class, () -> p.findRecord(
                    "10.1056/NEJMoa2307227"));
            assertTrue(none.getMessage().contains("has DOI 10.1056/nejmoa2307227"), none.getMessage());
            assertTrue(assertThrows(UnknownEntityException.class, () -> p.findRecord("pmid:1")).getMessage()
                    .contains("has PMID 1"));
            assertTrue(assertThrows(InvalidInputException.class, () -> p.findRecord("statins")).getMessage()
                    .contains("'statins' is neither a record id"));
            assertThrows(UnknownEntityException.class, () -> p.markKeyPapers(BOB, List.of(3L, 999L)));
            assertTrue(p.keyPapers().isEmpty(), "all or nothing: record 3 is not marked when 999 is refused");

            assertEquals(List.of(3L, 21L), p.markKeyPapers(BOB, List.of(3L, 21L)));
            assertTrue(p.markKeyPapers(BOB, List.of(21L)).isEmpty(), "a key paper already");
            assertEquals(List.of(3L, 21L), p.keyPapers().stream().map(KeyPaper::recordId).sorted().toList());
            assertEquals("bob", p.keyPapers().get(0).markedBy());
            assertEquals(3, p.next(ANN).orElseThrow().record().id(), "a key paper comes first");
            assertEquals(List.of(3L), p.unmarkKeyPapers(ANN, List.of(3L, 5L)), "5 was no key paper");
            assertEquals(List.of(21L), p.keyPapers().stream().map(KeyPaper::recordId).toList());
            assertFalse(p.upcoming(ANN, 30).stream().anyMatch(r -> r.record().id() == 3 && r.keyPaper()));
            AuditEntry unmarked = review.audit().entries(AuditLog.Query.all()).stream()
                    .filter(e -> e.action().equals("unmark-key-paper")).findFirst().orElseThrow();
            assertEquals("3", unmarked.entityId());
            assertTrue(unmarked.before().contains("\"marked_by\":\"bob\""), unmarked.before());
        }
    }

    @Test
    void aSkipInPriorityOrderServesTheNextBestRecordAndComesRound() throws Exception {
        try (Review review = review(TestBackends.SQLITE, 40, 5, "single")) {
            for (long id : List.of(1L, 2L, 3L, 4L)) {
                decide(review, ANN, id, 5);
            }
            List<Long> order = review.screening().queue(ANN, Stage.TITLE_ABSTRACT);
            assertEquals(Ordering.MODEL, review.prioritised().upcoming(ANN, 1).get(0).ordering());
            Screening screening = review.screening();
            assertEquals(order.get(1), screening.next(ANN, Stage.TITLE_ABSTRACT, order.get(0)).orElseThrow().id(),
                    "the next-best record, not the stored random queue's");
            assertEquals(order.get(2), screening.next(ANN, Stage.TITLE_ABSTRACT, order.get(1)).orElseThrow().id());
            assertEquals(order.get(0), screening.next(ANN, Stage.TITLE_ABSTRACT, order.get(order.size() - 1))
                    .orElseThrow().id(), "past the last record the queue comes round to the best");
            long served = order.get(1);
            decide(review, ANN, served, 5);
            AuditEntry entry = review.audit().entries(AuditLog.Query.all()).stream()
                    .filter(e -> e.action().equals("screen")).reduce((a, b) -> b).orElseThrow();
            assertTrue(entry.after().contains("\"ranked_by\""), "served by the model's ranking: " + entry.after());
        }
    }

    @Test
    void afterAStopStatusCountsTheMarkedRecordsApartAndADecisionOnOneSaysWhy() throws Exception {
        try (Review review = review(TestBackends.SQLITE, 160, 20, "single")) {
            ScreeningStops stops = review.screeningStops();
            assertTrue(stops.methodsText().orElseThrow().contains("prioritised by active learning")
                    && stops.methodsText().orElseThrow().contains("no record was excluded by automation"),
                    stops.methodsText().toString());
            StoppingStatus before = stops.status(ANN);
            assertFalse(before.saysStop());
            assertEquals(Double.valueOf(1.0), before.asMap().get("p_value"));
            RefusedException early = assertThrows(RefusedException.class, () -> stops.stop(ANN));
            assertTrue(early.getMessage().contains("the stopping rule does not say stop: p = 1.0000"),
                    early.getMessage());
            int screened = 0;
            while (!stops.status(ANN).saysStop()) {
                decide(review, ANN, review.prioritised().next(ANN).orElseThrow().record().id(), 20);
                screened++;
            }
            ScreeningStop stop = stops.stop(ANN);
            ReviewStatus status = review.status();
            assertEquals(screened, status.screened(), "records screened by people only");
            assertEquals(screened - 8, status.excludedScreening());
            assertEquals(160 - screened, status.markedByAutomation());
            assertEquals(160 - screened, status.asMap().get("marked_by_automation"));
            StoppingStatus after = stops.status(ANN);
            assertEquals(1, after.stops().size());
            assertEquals(stop.recordsMarked(), after.asMap().get("marked_by_automation"));

            long marked = review.recordStatuses().stream().filter(r -> r.titleAbstract() != null
                    && ScreeningStops.REASON.equals(r.titleAbstract().reason())).findFirst().orElseThrow().id();
            RefusedException refused = assertThrows(RefusedException.class, () -> decide(review, BOB, marked, 20));
            assertTrue(refused.getMessage().contains("record " + marked + " was marked ineligible by automation: "
                    + "nobody had screened it when title-and-abstract screening stopped by the stopping rule "
                    + "(stopped by ann on "), refused.getMessage());
            assertFalse(refused.getMessage().contains("conflict resolution"), refused.getMessage());
            assertTrue(stops.methodsText().orElseThrow().contains((160 - screened) + " records left unscreened"));
        }
    }
}
