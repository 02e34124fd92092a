package org.evsynth.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every change appears in the audit log; deduplication decisions can be undone without deleting anything. */
class AuditAndDedupTest {

    @TempDir
    Path tmp;

    @Test
    void everyDecisionAppearsInTheAuditLog() throws Exception {
        try (Review review = TestBackends.newReview(TestBackends.SQLITE, tmp, "Audit").open()) {
            Path file = Ris.write(tmp.resolve("a.ris"), List.of(
                    new Ris.Ref("Aspirin after stroke", "Smith, A", 2001, "10.9/a"),
                    new Ris.Ref("Heparin in pregnancy", "Jones, B", 2002, "10.9/b"),
                    new Ris.Ref("Zinc for the common cold", "Brown, C", 2003, "10.9/c")));
            review.searches().importFile(Actor.named("ann"), Searches.Import.of(file, "MEDLINE", SourceKind.DATABASE, LocalDate.of(2025, 1, 1), null));
            review.screening().decide(Actor.named("ann"), new Screening.Decide(1, Stage.TITLE_ABSTRACT, Decision.INCLUDE, null, null));
            review.screening().decide(Actor.named("ann"), new Screening.Decide(1, Stage.TITLE_ABSTRACT, Decision.EXCLUDE, null, "changed my mind"));
            review.screening().withdraw(Actor.named("ann"), 1, Stage.TITLE_ABSTRACT);
            review.screening().decide(Actor.named("ann"), new Screening.Decide(2, Stage.TITLE_ABSTRACT, Decision.MAYBE, null, null));
            review.screening().decide(Actor.named("ben"), new Screening.Decide(2, Stage.TITLE_ABSTRACT, Decision.INCLUDE, null, null));
            review.conflicts().resolve(Actor.named("cat"), new Conflicts.Resolve(2, Stage.TITLE_ABSTRACT, Decision.INCLUDE, null, null));
            review.screening().decide(Actor.named("ann"), new Screening.Decide(2, Stage.FULL_TEXT, Decision.EXCLUDE, "wrong outcomes", null));
            assertThrows(UnknownEntityException.class,
                    () -> review.screening().decide(Actor.named("ann"), new Screening.Decide(99, Stage.TITLE_ABSTRACT, Decision.INCLUDE, null, null)));

            List<AuditEntry> log = review.audit().entries(AuditLog.Query.all());
            assertEquals("import", log.get(1).action(), "after the protocol, the import");
            List<AuditEntry> screens = log.stream().filter(e -> e.action().equals("screen")).toList();
            assertEquals(6, screens.size(), "every decision, the withdrawal included; the failed one not");
            assertTrue(screens.get(1).before().contains("\"include\""), "a change shows what it replaced");
            assertTrue(screens.get(1).after().contains("changed my mind"));
            assertEquals(1, log.stream().filter(e -> e.action().equals("resolve-conflict")).count());
            for (int i = 1; i < log.size(); i++) {
                assertTrue(log.get(i).id() > log.get(i - 1).id());
            }
            Set<String> reviewers = screens.stream().map(AuditEntry::actor).collect(Collectors.toSet());
            assertEquals(Set.of("ann", "ben"), reviewers);
            assertEquals(StageOutcome.Status.PENDING, review.screening().outcome(1, Stage.TITLE_ABSTRACT).status());
        }
    }

    @Test
    void reviewQueuePairsAreResolvedAndMergesUndone() throws Exception {
        try (Review review = TestBackends.newReview(TestBackends.SQLITE, tmp, "Dedup").open()) {
            Path a = Ris.write(tmp.resolve("a.ris"), List.of(
                    new Ris.Ref("Aspirin after ischaemic stroke: a randomised trial", "Smith, A", 2001, "10.9/a"),
                    new Ris.Ref("Heparin in pregnancy", "Jones, B", 2002, null)));
            Path b = Ris.write(tmp.resolve("b.ris"), List.of(
                    new Ris.Ref("Aspirin after ischaemic stroke: a randomised trial", "Smith, A", 2001, "10.9/a"),
                    new Ris.Ref("Heparin in pregnancy.", "Jones, B", 2003, null)));
            review.searches().importFile(Actor.named("ann"), Searches.Import.of(a, "MEDLINE", SourceKind.DATABASE, null, null));
            review.searches().importFile(Actor.named("ann"), Searches.Import.of(b, "Embase", SourceKind.DATABASE, null, null));
            DedupRun run = review.deduplication().run(Actor.named("ann"));
            assertEquals(1, run.merged());
            assertTrue(review.deduplication().isDuplicate(3));
            long mergeId = review.audit().entries(AuditLog.Query.all()).stream().filter(e -> e.action().equals("dedup-merge")).findFirst()
                    .map(e -> ((Number) Json.map(e.after()).get("decision")).longValue()).orElseThrow();
            review.deduplication().undo(Actor.named("ann"), mergeId);
            assertFalse(review.deduplication().isDuplicate(3));
            assertEquals(0, review.deduplication().run(Actor.named("ann")).merged(), "an undone merge is not made again");
            assertEquals(0, review.status().duplicatesRemoved());

            List<QueuedPair> queue = review.deduplication().queue();
            if (!queue.isEmpty()) {
                QueuedPair pair = queue.get(0);
                review.deduplication().resolve(Actor.named("ann"), new Deduplication.Resolve(pair.id(), true ? Deduplication.Verdict.SAME : Deduplication.Verdict.DIFFERENT));
                assertTrue(review.deduplication().isDuplicate(pair.recordB()));
                assertTrue(review.deduplication().queue().stream().noneMatch(p -> p.id() == pair.id()));
                assertThrows(ReviewException.class, () -> review.deduplication().resolve(Actor.named("ann"), new Deduplication.Resolve(pair.id(), false ? Deduplication.Verdict.SAME : Deduplication.Verdict.DIFFERENT)));
            }
            assertEquals(Map.of("MEDLINE", 2, "Embase", 2), review.status().identifiedPerSource());
        }
    }
}
