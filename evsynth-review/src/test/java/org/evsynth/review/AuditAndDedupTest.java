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
            review.importSearch(file, "MEDLINE", LocalDate.of(2025, 1, 1), null, "ann");
            review.decide(1, Stage.TITLE_ABSTRACT, "ann", Decision.INCLUDE, null, null);
            review.decide(1, Stage.TITLE_ABSTRACT, "ann", Decision.EXCLUDE, null, "changed my mind");
            review.withdraw(1, Stage.TITLE_ABSTRACT, "ann");
            review.decide(2, Stage.TITLE_ABSTRACT, "ann", Decision.MAYBE, null, null);
            review.decide(2, Stage.TITLE_ABSTRACT, "ben", Decision.INCLUDE, null, null);
            review.resolveConflict(2, Stage.TITLE_ABSTRACT, "cat", Decision.INCLUDE, null, null);
            review.decide(2, Stage.FULL_TEXT, "ann", Decision.EXCLUDE, "wrong outcomes", null);
            assertThrows(IllegalArgumentException.class,
                    () -> review.decide(99, Stage.TITLE_ABSTRACT, "ann", Decision.INCLUDE, null, null));

            List<AuditEntry> log = review.auditLog();
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
            assertEquals(Outcome.Status.PENDING, review.outcome(1, Stage.TITLE_ABSTRACT).status());
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
            review.importSearch(a, "MEDLINE", null, null, "ann");
            review.importSearch(b, "Embase", null, null, "ann");
            DedupRun run = review.deduplicate("ann");
            assertEquals(1, run.merged());
            assertTrue(review.isDuplicate(3));
            long mergeId = review.auditLog().stream().filter(e -> e.action().equals("dedup-merge")).findFirst()
                    .map(e -> ((Number) Json.map(e.after()).get("decision")).longValue()).orElseThrow();
            review.undoDeduplication(mergeId, "ann");
            assertFalse(review.isDuplicate(3));
            assertEquals(0, review.deduplicate("ann").merged(), "an undone merge is not made again");
            assertEquals(0, review.status().duplicatesRemoved());

            List<QueuedPair> queue = review.reviewQueue();
            if (!queue.isEmpty()) {
                QueuedPair pair = queue.get(0);
                review.resolvePair(pair.id(), true, "ann");
                assertTrue(review.isDuplicate(pair.recordB()));
                assertTrue(review.reviewQueue().stream().noneMatch(p -> p.id() == pair.id()));
                assertThrows(ReviewException.class, () -> review.resolvePair(pair.id(), false, "ann"));
            }
            assertEquals(Map.of("MEDLINE", 2, "Embase", 2), review.status().identifiedPerSource());
        }
    }
}
