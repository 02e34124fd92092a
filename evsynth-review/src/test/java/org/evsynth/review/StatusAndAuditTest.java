package org.evsynth.review;

import static org.evsynth.review.Scenario.ANN;
import static org.evsynth.review.Scenario.BOB;
import static org.evsynth.review.Scenario.TA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Agreement per stage with its counts, the audit log filtered, blinded record views, and the derived tables. */
class StatusAndAuditTest {

    @TempDir
    Path tmp;

    static Stream<String> backends() {
        return TestBackends.both();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void cohensKappaAndPercentAgreementWithTheirCounts(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 10)) {
            // ann: I I I I I E E E E E; bob: I I I I E E E E E I -> 8 of 10 agree; both say include half the time,
            // so p_e = 0.5 and kappa = (0.8 - 0.5) / 0.5 = 0.6
            for (long id = 1; id <= 10; id++) {
                s.decide(ANN, id, TA, id <= 5 ? Decision.INCLUDE : Decision.EXCLUDE);
                s.decide(BOB, id, TA, id <= 4 || id == 10 ? Decision.INCLUDE : Decision.EXCLUDE);
            }
            List<Agreement> ta = s.review.status().agreement().get(TA);
            assertEquals(1, ta.size());
            Agreement a = ta.get(0);
            assertEquals(List.of("ann", "bob"), List.of(a.first(), a.second()));
            assertEquals(10, a.records());
            assertEquals(8, a.agreed());
            assertEquals(80.0, a.percent(), 1e-12);
            assertEquals(0.6, a.kappa(), 1e-12);
            assertEquals(Map.of("include/include", 4, "include/exclude", 1, "exclude/include", 1,
                    "exclude/exclude", 4), a.table());
            assertTrue(s.review.status().asMap().toString().contains("kappa=0.6"));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theAuditLogIsFilteredByPersonStageAndDate(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 2)) {
            Review later = s.review.withClock(Clock.fixed(Instant.parse("2031-05-02T10:00:00Z"), ZoneOffset.UTC));
            later.screening().decide(ANN, new Screening.Decide(1, TA, Decision.INCLUDE, null, null));
            later.screening().decide(BOB, new Screening.Decide(1, TA, Decision.INCLUDE, null, null));
            later.fullText().record(BOB, new FullText.Retrieval(1, true));
            s.decide(ANN, 2, TA, Decision.EXCLUDE);
            AuditLog log = s.review.audit();
            assertEquals(2, log.entries(new AuditLog.Query("bob", null, null, null)).size());
            assertEquals(List.of("screen", "screen", "screen"), log.entries(new AuditLog.Query(null, TA, null, null))
                    .stream().map(AuditEntry::action).toList());
            assertEquals(List.of("retrieval"), log.entries(new AuditLog.Query(null, Stage.FULL_TEXT, null, null))
                    .stream().map(AuditEntry::action).toList());
            LocalDate day = LocalDate.of(2031, 5, 2);
            assertEquals(3, log.entries(new AuditLog.Query(null, null, day, day)).size());
            assertEquals(1, log.entries(new AuditLog.Query("ann", TA, day, day)).size());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aRecordShowsAnotherReviewersDecisionOnlyAfterOnesOwn(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 2)) {
            s.review.screening().decide(BOB, new Screening.Decide(1, TA, Decision.EXCLUDE, null, "BOBS-NOTE"));
            assertTrue(s.review.screening().record(ANN, 1).decisions().isEmpty(), "ann has not decided yet");
            assertEquals(1, s.review.screening().record(BOB, 1).decisions().size());
            assertEquals(1L, s.review.screening().next(ANN, TA).orElseThrow().id());
            s.decide(ANN, 1, TA, Decision.INCLUDE);
            assertEquals(2, s.review.screening().record(ANN, 1).decisions().size());
            assertEquals(2L, s.review.screening().next(ANN, TA).orElseThrow().id());
            s.decide(ANN, 2, TA, Decision.INCLUDE);
            assertTrue(s.review.screening().next(ANN, TA).isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theNextRecordFollowsUndoConflictsAndNewImports(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 4)) {
            Screening screening = s.review.screening();
            for (long id = 1; id <= 3; id++) {
                s.decide(ANN, id, TA, Decision.INCLUDE);
            }
            assertEquals(4L, screening.next(ANN, TA).orElseThrow().id());
            screening.withdraw(ANN, 2, TA);
            assertEquals(2L, screening.next(ANN, TA).orElseThrow().id(), "an undone record is next again");
            s.decide(ANN, 2, TA, Decision.EXCLUDE);
            s.decide(ANN, 4, TA, Decision.EXCLUDE);
            assertTrue(screening.next(ANN, TA).isEmpty());
            s.review.searches().importFile(BOB, Searches.Import.of(Ris.write(tmp.resolve("more.ris"), List.of(
                    new Ris.Ref("A record of the update search", "Late, L", 2026, "10.9/late"))), "MEDLINE",
                    SourceKind.DATABASE, null, null));
            assertEquals(5L, screening.next(ANN, TA).orElseThrow().id(), "the update search's record");
            s.decide(BOB, 1, TA, Decision.INCLUDE);
            s.decide(BOB, 2, TA, Decision.INCLUDE);
            assertEquals(List.of(5L), screening.queue(ANN, TA), "a conflict ann decided is not hers to decide again");
            s.both(1, Stage.FULL_TEXT, Decision.INCLUDE);
            assertTrue(screening.next(ANN, Stage.FULL_TEXT).isEmpty());
            s.decide(BOB, 3, TA, Decision.INCLUDE);
            assertEquals(3L, screening.next(ANN, Stage.FULL_TEXT).orElseThrow().id(),
                    "a record reaching full text after the reviewer's queue had passed it");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aRandomOrderIsTheSameForEveryReviewerAndFollowsItsSeed(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 30)) {
            String yaml = s.review.protocol().yaml();
            s.review.updateProtocol(ANN, yaml.replace("order: import", "order: random\n  seed: 3"));
            List<Long> ann = s.review.screening().queue(ANN, TA);
            assertEquals(ann, s.review.screening().queue(BOB, TA), "one order for everyone");
            assertEquals(30, new java.util.HashSet<>(ann).size());
            assertTrue(!ann.equals(java.util.stream.LongStream.rangeClosed(1, 30).boxed().toList()), "shuffled");
            assertEquals(ann.get(0), s.review.screening().next(ANN, TA).orElseThrow().id());
            s.review.updateProtocol(ANN, yaml.replace("order: import", "order: random\n  seed: 4"));
            assertTrue(!ann.equals(s.review.screening().queue(ANN, TA)), "another seed, another order");
            s.review.updateProtocol(ANN, yaml);
            assertEquals(java.util.stream.LongStream.rangeClosed(1, 30).boxed().toList(),
                    s.review.screening().queue(ANN, TA), "import order again");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theDerivedTablesEqualARebuildFromTheDecisions(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 12)) {
            s.included(1);
            s.both(2, TA, Decision.EXCLUDE);
            s.decide(ANN, 3, TA, Decision.INCLUDE);
            s.decide(BOB, 3, TA, Decision.EXCLUDE);
            s.review.conflicts().resolve(Scenario.CAT, new Conflicts.Resolve(3, TA, Decision.INCLUDE, null, null));
            s.review.fullText().record(ANN, new FullText.Retrieval(3, false));
            s.both(4, TA, Decision.INCLUDE);
            s.decide(ANN, 4, Stage.FULL_TEXT, Decision.EXCLUDE, "wrong population");
            s.review.screening().withdraw(ANN, 4, Stage.FULL_TEXT);
            s.decide(ANN, 5, TA, Decision.MAYBE);
            ReviewStatus before = s.review.status();
            List<RecordState> states = s.review.recordStatuses();
            s.review.database().write(ANN, "rebuild", tx -> {
                ScreeningCache.rebuild(tx, Protocol.parse(Protocol.skeleton("Scenario")));
                return null;
            });
            assertEquals(before, s.review.status());
            assertEquals(states, s.review.recordStatuses());
            assertEquals(1, before.notRetrieved());
            assertEquals(3, before.sought());
        }
    }
}
