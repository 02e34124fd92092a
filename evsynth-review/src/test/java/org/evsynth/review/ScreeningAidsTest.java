package org.evsynth.review;

import static org.evsynth.review.Scenario.ANN;
import static org.evsynth.review.Scenario.BOB;
import static org.evsynth.review.Scenario.CAT;
import static org.evsynth.review.Scenario.TA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the web app's screening page needs of the service: skipping a record, a reviewer's progress, a search with
 * filters, a reviewer's own labels, a page of the audit log, and the protocol's arbiter and eligibility words.
 */
class ScreeningAidsTest {

    @TempDir
    Path tmp;

    static Stream<String> backends() {
        return TestBackends.both();
    }

    private static Optional<Long> next(Scenario s, Actor who, Long after) {
        return s.review.screening().next(who, TA, after).map(ReviewRecord::id);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aSkippedRecordComesRoundAgainAfterTheRestOfTheQueue(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 5)) {
            assertEquals(Optional.of(1L), next(s, ANN, null));
            assertEquals(Optional.of(2L), next(s, ANN, 1L), "skipping record 1");
            s.decide(ANN, 2, TA, Decision.INCLUDE);
            assertEquals(Optional.of(3L), next(s, ANN, 1L), "still past record 1, which waits");
            s.decide(ANN, 4, TA, Decision.EXCLUDE);
            assertEquals(Optional.of(5L), next(s, ANN, 3L));
            assertEquals(Optional.of(1L), next(s, ANN, 5L), "after the last, the queue starts again");
            assertEquals(Optional.of(1L), next(s, ANN, 999L), "a record not at the stage: from the start");
            for (long id : List.of(1L, 3L, 5L)) {
                s.decide(ANN, id, TA, Decision.MAYBE);
            }
            assertEquals(Optional.empty(), next(s, ANN, 1L), "nothing left");
            assertEquals(Optional.of(4L), next(s, BOB, 3L), "bob's queue is his own");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void progressCountsDecisionsAndTheQueueFromEitherSide(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 10)) {
            assertEquals(new ScreeningProgress(0, 10), s.review.screening().progress(ANN, TA));
            for (long id = 1; id <= 8; id++) {
                s.decide(ANN, id, TA, Decision.INCLUDE); // ahead: more decisions than open records after the cursor
            }
            s.decide(BOB, 1, TA, Decision.INCLUDE); // just begun: agrees with ann, so record 1 is settled
            for (long id = 3; id <= 9; id++) {
                s.decide(CAT, id, TA, Decision.EXCLUDE); // skipped records 1 and 2: the cursor stays at the start
            }
            for (Actor who : List.of(ANN, BOB, CAT)) {
                ScreeningProgress p = s.review.screening().progress(who, TA);
                assertEquals(s.review.screening().queue(who, TA).size(), p.remaining(), who + ": " + p);
            }
            assertEquals(new ScreeningProgress(8, 2), s.review.screening().progress(ANN, TA),
                    "records 3-8 are in conflict with cat and still open, but ann decided them; 9 and 10 wait");
            assertEquals(new ScreeningProgress(1, 9), s.review.screening().progress(BOB, TA));
            assertEquals(new ScreeningProgress(7, 2), s.review.screening().progress(CAT, TA),
                    "record 1 was settled without cat; 2 and 10 wait");
            assertEquals(77, new ScreeningProgress(7, 2).percent());
            assertEquals(100, new ScreeningProgress(0, 0).percent());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aSearchFindsWordsInTheRecordsOwnFieldsWithTheViewersDecisionsAndLabelsOnly(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 30)) {
            Screening screening = s.review.screening();
            s.decide(ANN, 3, TA, Decision.EXCLUDE);
            s.decide(BOB, 13, TA, Decision.INCLUDE);
            s.review.labels().change(BOB, new Labels.Change(23, "ask cat", true));
            // "trial 3" is in the titles of records 3 and 30; "abstract" is in every abstract
            List<FoundRecord> found = screening.find(BOB, RecordFilter.search(TA, "\"TRIAL 3\" abstract", null,
                    null, 50));
            assertEquals(List.of(3L, 30L), ids(found));
            assertNull(found.get(0).mine(), "ann's exclusion is not bob's to see");
            assertEquals(List.of(3L, 30L), ids(screening.find(ANN, RecordFilter.search(TA, "\"trial 3\"", null,
                    null, 50))));
            assertEquals(Decision.EXCLUDE, screening.find(ANN, RecordFilter.search(TA, "\"trial 3\"", null, null,
                    50)).get(0).mine().decision());
            assertEquals(List.of(1L), ids(screening.find(ANN, RecordFilter.search(TA, "919 abstract", null, null,
                    50))), "words apart, each somewhere in the record (record 1 is of treatment 919)");
            assertEquals(List.of(), ids(screening.find(BOB, RecordFilter.search(TA, "family", null, null, 50))),
                    "words of the stored form's keys are not the record's");
            assertEquals(List.of(), ids(screening.find(BOB, RecordFilter.search(TA, "distinct_trial%", null, null,
                    50))), "LIKE's wildcards are taken as text");
            assertEquals(List.of(13L), ids(screening.find(BOB, new RecordFilter(TA, List.of(),
                    RecordFilter.Mine.INCLUDE, null, 50))));
            assertEquals(List.of(3L), ids(screening.find(ANN, new RecordFilter(TA, List.of(),
                    RecordFilter.Mine.EXCLUDE, null, 50))));
            assertEquals(29, screening.find(BOB, new RecordFilter(TA, List.of(), RecordFilter.Mine.UNDECIDED, null,
                    500)).size());
            List<FoundRecord> labelled = screening.find(BOB, new RecordFilter(TA, List.of(), null, "ask cat", 50));
            assertEquals(List.of(23L), ids(labelled));
            assertEquals(List.of("ask cat"), labelled.get(0).labels());
            assertEquals(List.of(), ids(screening.find(ANN, new RecordFilter(TA, List.of(), null, "ask cat", 50))),
                    "bob's labels are his own");
            assertEquals(List.of(1L, 2L, 3L), ids(screening.find(ANN, new RecordFilter(TA, null, null, null, 3))));
            assertThrows(InvalidInputException.class, () -> new RecordFilter(TA, null, null, null, 0));
            assertEquals(List.of(), ids(screening.find(ANN, new RecordFilter(Stage.FULL_TEXT, null, null, null, 50))),
                    "nothing has reached full text");
        }
    }

    private static List<Long> ids(List<FoundRecord> found) {
        return found.stream().map(f -> f.record().id()).toList();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void labelsAreEachReviewersOwnAndEveryChangeIsLogged(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 3)) {
            Labels labels = s.review.labels();
            assertEquals(List.of("pediatric"), labels.change(ANN, new Labels.Change(2, " pediatric ", true)));
            assertEquals(List.of("ask bob", "pediatric"), labels.change(ANN, new Labels.Change(2, "ask bob", true)));
            assertEquals(List.of("ask bob", "pediatric"), labels.change(ANN, new Labels.Change(2, "ask bob", true)),
                    "a label on twice is on once");
            assertEquals(List.of(), labels.of(BOB, 2));
            assertEquals(List.of("pediatric"), labels.change(ANN, new Labels.Change(2, "ask bob", false)));
            assertEquals(List.of("pediatric"), labels.change(ANN, new Labels.Change(2, "never there", false)));
            labels.change(BOB, new Labels.Change(1, "dose", true));
            assertEquals(List.of("pediatric"), labels.used(ANN));
            assertEquals(List.of("dose"), labels.used(BOB));
            List<AuditEntry> log = s.review.audit().entries(new AuditLog.Query("ann", null, null, null)).stream()
                    .filter(e -> e.action().endsWith("label")).toList();
            assertEquals(List.of("label", "label", "unlabel"), log.stream().map(AuditEntry::action).toList());
            assertTrue(log.get(2).after().contains("ask bob"), log.get(2).after());
            InvalidInputException blank = assertThrows(InvalidInputException.class, () -> new Labels.Change(1, " ",
                    true));
            assertEquals("label", blank.field());
            assertThrows(InvalidInputException.class, () -> new Labels.Change(1, "x".repeat(41), true));
            assertThrows(InvalidInputException.class, () -> new Labels.Change(1, "tab\there", true));
            assertThrows(UnknownEntityException.class, () -> labels.change(ANN, new Labels.Change(99, "x", true)));
        }
    }

    @Test
    void aWithdrawnRecordTakesNoLabel() throws Exception {
        try (Scenario s = Scenario.of(TestBackends.SQLITE, tmp, 2)) {
            s.review.searches().withdraw(ANN, new Searches.Withdraw(1, "wrong file"));
            RefusedException e = assertThrows(RefusedException.class, () -> s.review.labels().change(ANN,
                    new Labels.Change(1, "x", true)));
            assertTrue(e.getMessage().contains("withdrawn"), e.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theAuditLogReadsBackAPageAtATimeNewestFirst(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 6)) {
            for (long id = 1; id <= 6; id++) {
                s.decide(id % 2 == 0 ? ANN : BOB, id, TA, Decision.INCLUDE);
            }
            AuditLog audit = s.review.audit();
            List<AuditEntry> all = audit.entries(AuditLog.Query.all());
            List<AuditEntry> first = audit.newest(AuditLog.Query.all(), null, 3);
            assertEquals(reversed(all.subList(all.size() - 3, all.size())), first);
            List<AuditEntry> second = audit.newest(AuditLog.Query.all(), first.get(2).id(), 3);
            assertEquals(reversed(all.subList(all.size() - 6, all.size() - 3)), second);
            List<AuditEntry> anns = audit.newest(new AuditLog.Query("ann", TA, null, null), null, 10);
            assertEquals(3, anns.size());
            assertTrue(anns.stream().allMatch(e -> e.actor().equals("ann") && e.stage() == TA));
            assertThrows(InvalidInputException.class, () -> audit.newest(AuditLog.Query.all(), null, 0));
        }
    }

    private static List<AuditEntry> reversed(List<AuditEntry> entries) {
        List<AuditEntry> out = new java.util.ArrayList<>(entries);
        java.util.Collections.reverse(out);
        return out;
    }

    @Test
    void aResolvedPairIsUndoneByTheIdItsResolutionReturned() throws Exception {
        try (Scenario s = Scenario.of(TestBackends.SQLITE, tmp, 2)) {
            Path again = Ris.write(tmp.resolve("again.ris"), List.of(new Ris.Ref("Distinct trial 1 of treatment 919",
                    "Author1, A", 1992, null)));
            s.review.searches().importFile(ANN, Searches.Import.of(again, "Embase", SourceKind.DATABASE, null, null));
            s.review.deduplication().run(ANN);
            List<QueuedPair> queue = s.review.deduplication().queue();
            assertEquals(1, queue.size(), "a year apart, without a DOI: a pair for a person");
            long decision = s.review.deduplication().resolve(ANN, new Deduplication.Resolve(queue.get(0).id(),
                    Deduplication.Verdict.SAME));
            assertTrue(s.review.deduplication().queue().isEmpty());
            s.review.deduplication().undo(ANN, decision);
            assertEquals(queue, s.review.deduplication().queue(), "the pair is open again");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aSettlementTakenBackLeavesTheConflictOpenAgainAndIsLogged(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 3)) {
            for (long id = 1; id <= 2; id++) {
                s.decide(ANN, id, TA, Decision.INCLUDE);
                s.decide(BOB, id, TA, Decision.EXCLUDE);
            }
            List<Resolution> settled = s.review.conflicts().resolveAll(CAT, List.of(
                    new Conflicts.Resolve(1, TA, Decision.EXCLUDE, null, null),
                    new Conflicts.Resolve(2, TA, Decision.INCLUDE, null, null)));
            assertTrue(s.review.conflicts().list(TA).isEmpty());
            int excluded = s.review.status().excludedScreening();

            assertEquals(1L, s.review.conflicts().undo(CAT, settled.get(0).id()));
            assertEquals(List.of(1L), s.review.conflicts().list(TA).stream().map(Conflict::recordId).toList());
            assertEquals(excluded - 1, s.review.status().excludedScreening(), "no longer counted as excluded");
            assertThrows(UnknownEntityException.class, () -> s.review.conflicts().undo(CAT, settled.get(0).id()),
                    "taken back once");
            AuditEntry logged = s.review.audit().newest(new AuditLog.Query("cat", null, null, null), null, 1).get(0);
            assertEquals("undo-resolution", logged.action());
            assertEquals("1", logged.entityId());

            s.decide(ANN, 2, Scenario.FT, Decision.INCLUDE);
            RefusedException movedOn = assertThrows(RefusedException.class,
                    () -> s.review.conflicts().undo(CAT, settled.get(1).id()));
            assertTrue(movedOn.getMessage().contains("has moved on"), movedOn.getMessage());
            s.review.conflicts().resolve(CAT, new Conflicts.Resolve(1, TA, Decision.INCLUDE, null, "on reflection"));
            assertTrue(s.review.conflicts().list(TA).isEmpty(), "settled anew");
        }
    }

    @Test
    void theProtocolNamesItsArbitersAsANameOrAList() {
        String base = Protocol.skeleton("A review");
        assertEquals(List.of(), Protocol.parse(base).arbiters());
        assertTrue(base.contains("# arbiter:"), "the skeleton says where an arbiter goes");
        Protocol one = Protocol.parse(base.replace("# arbiter: Carol", "arbiter: Carol"));
        assertEquals(List.of("Carol"), one.arbiters());
        assertTrue(one.isArbiter("carol") && one.isArbiter(" CAROL "));
        assertFalse(one.isArbiter("Carla") || one.isArbiter(null));
        Protocol two = Protocol.parse(base.replace("# arbiter: Carol", "arbiter: [Carol, \"Dan\", \"\"]"));
        assertEquals(List.of("Carol", "Dan"), two.arbiters());
    }

    @Test
    void eligibilityWordsCutATextIntoMarkedPiecesThatMakeItUpExactly() {
        Protocol p = Protocol.parse("""
                title: T
                question:
                  population: adults in cardiogenic shock
                  intervention: microaxial flow pump
                eligibility:
                  include: [randomised]
                  exclude: [paediatric, pump animal]
                """);
        EligibilityTerms terms = EligibilityTerms.of(p);
        assertEquals(List.of("cardiogenic", "shock", "microaxial", "flow", "pump", "randomised"),
                List.copyOf(terms.include()));
        assertEquals(List.of("paediatric", "animal"), List.copyOf(terms.exclude()), "pump counts for inclusion");
        String text = "<b>Shocked</b> paediatric & animal pumps, randomised.";
        List<EligibilityTerms.Span> spans = terms.spans(text);
        assertEquals(text, String.join("", spans.stream().map(EligibilityTerms.Span::text).toList()));
        assertEquals(List.of(
                new EligibilityTerms.Span("<b>", EligibilityTerms.Kind.PLAIN),
                new EligibilityTerms.Span("Shocked", EligibilityTerms.Kind.INCLUDE),
                new EligibilityTerms.Span("</b> ", EligibilityTerms.Kind.PLAIN),
                new EligibilityTerms.Span("paediatric", EligibilityTerms.Kind.EXCLUDE),
                new EligibilityTerms.Span(" & ", EligibilityTerms.Kind.PLAIN),
                new EligibilityTerms.Span("animal", EligibilityTerms.Kind.EXCLUDE),
                new EligibilityTerms.Span(" ", EligibilityTerms.Kind.PLAIN),
                new EligibilityTerms.Span("pumps", EligibilityTerms.Kind.INCLUDE),
                new EligibilityTerms.Span(", ", EligibilityTerms.Kind.PLAIN),
                new EligibilityTerms.Span("randomised", EligibilityTerms.Kind.INCLUDE),
                new EligibilityTerms.Span(".", EligibilityTerms.Kind.PLAIN)), spans);
        assertEquals(List.of(new EligibilityTerms.Span("unshocked", EligibilityTerms.Kind.PLAIN)),
                terms.spans("unshocked"), "a word is matched at the start of a word only");
        assertEquals(List.of(), terms.spans(null));
        EligibilityTerms none = EligibilityTerms.of(Protocol.parse(Protocol.skeleton("T")));
        assertEquals(List.of(new EligibilityTerms.Span("any text", EligibilityTerms.Kind.PLAIN)),
                none.spans("any text"));
    }
}
