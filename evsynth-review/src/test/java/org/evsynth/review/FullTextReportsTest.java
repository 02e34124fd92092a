package org.evsynth.review;

import static org.evsynth.review.Scenario.ANN;
import static org.evsynth.review.Scenario.BOB;
import static org.evsynth.review.Scenario.FT;
import static org.evsynth.review.Scenario.TA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The full-text stage as a reviewer sees it: the records sought, their retrieval and files, their outcome, and only
 * the decisions blinding lets the reader see; two exclusions for different reasons are a conflict.
 */
class FullTextReportsTest {

    @TempDir
    Path tmp;

    static Stream<String> backends() {
        return TestBackends.both();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aReviewerSeesTheOtherReviewersDecisionOnlyAfterTheirOwn(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 4)) {
            for (long r = 1; r <= 3; r++) {
                s.both(r, TA, Decision.INCLUDE);
            }
            s.both(4, TA, Decision.EXCLUDE);
            s.review.fullText().record(ANN, new FullText.Retrieval(3, false));
            s.review.attachments().attach(ANN, new Attachments.Attach(1, "moller.pdf", AttachmentsTest.PDF));
            s.decide(ANN, 1, FT, Decision.EXCLUDE, "wrong population");

            List<FullTextReport> bob = s.review.fullText().reports(BOB);
            assertEquals(List.of(1L, 2L, 3L), bob.stream().map(FullTextReport::id).toList(), "the records sought");
            assertTrue(bob.get(0).decisions().isEmpty(), "Bob has not decided record 1: Ann's vote is hidden");
            assertEquals("moller.pdf", bob.get(0).attachments().get(0).fileName());
            assertEquals(StageOutcome.Status.PENDING, bob.get(0).outcome().status());
            assertTrue(bob.get(2).notRetrieved());
            assertNull(bob.get(2).outcome());
            assertEquals("ann", s.review.fullText().report(ANN, 1).decisionOf("ann").reviewer(), "her own");

            s.decide(BOB, 1, FT, Decision.EXCLUDE, "wrong intervention");
            FullTextReport after = s.review.fullText().report(BOB, 1);
            assertEquals(2, after.decisions().size(), "decided, Bob sees both");
            assertEquals("wrong population", after.decisionOf("ann").reason());
            assertEquals(StageOutcome.Status.CONFLICT, after.outcome().status(),
                    "two exclusions for different reasons are a conflict");
            assertFalse(s.review.fullText().report(Actor.named("cat"), 1).decisions().stream()
                    .anyMatch(d -> d.reviewer().equals("ann")), "a third reviewer still sees nothing");

            RefusedException notSought = assertThrows(RefusedException.class,
                    () -> s.review.fullText().report(BOB, 4));
            assertTrue(notSought.getMessage().contains("record 4 is excluded at title-abstract"),
                    notSought.getMessage());
            assertThrows(UnknownEntityException.class, () -> s.review.fullText().report(BOB, 40));
        }
    }
}
