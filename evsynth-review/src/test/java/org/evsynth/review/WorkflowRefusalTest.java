package org.evsynth.review;

import static org.evsynth.review.Scenario.ANN;
import static org.evsynth.review.Scenario.BOB;
import static org.evsynth.review.Scenario.CAT;
import static org.evsynth.review.Scenario.FT;
import static org.evsynth.review.Scenario.TA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the review's state forbids is refused by the service, with a message that says the record's state, and
 * nothing is written: on SQLite and on PostgreSQL.
 */
class WorkflowRefusalTest {

    @TempDir
    Path tmp;

    static Stream<String> backends() {
        return TestBackends.both();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void recordsNotIncludedAtTitleAndAbstractGoNoFurther(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 4)) {
            s.both(1, TA, Decision.EXCLUDE);
            s.decide(ANN, 2, TA, Decision.INCLUDE);
            int entries = s.review.audit().entries(AuditLog.Query.all()).size();

            RefusedException retrieval = assertThrows(RefusedException.class, () -> s.review.fullText().record(ANN,
                    new FullText.Retrieval(1, false)));
            assertTrue(retrieval.getMessage().contains("record 1 is excluded at title-abstract"),
                    retrieval.getMessage());
            RefusedException fullText = assertThrows(RefusedException.class, () -> s.decide(ANN, 2, FT,
                    Decision.INCLUDE));
            assertTrue(fullText.getMessage().contains("record 2 is pending at title-abstract"), fullText.getMessage());
            RefusedException study = assertThrows(RefusedException.class, () -> s.review.studies().create(ANN,
                    new Studies.Create("Excluded trial", List.of(3L, 1L))));
            assertTrue(study.getMessage().contains("record 1 is excluded at title-abstract"), study.getMessage());

            assertTrue(s.review.studies().list().isEmpty(), "the study with a good and a bad report is not created");
            assertEquals(entries, s.review.audit().entries(AuditLog.Query.all()).size(), "nothing was written");
            assertEquals(0, s.review.status().sought());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aResolutionNeedsAConflict(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 3)) {
            s.both(1, TA, Decision.INCLUDE);
            s.decide(ANN, 2, TA, Decision.EXCLUDE);
            RefusedException agreed = assertThrows(RefusedException.class, () -> s.review.conflicts().resolve(CAT,
                    new Conflicts.Resolve(1, TA, Decision.EXCLUDE, null, null)));
            assertTrue(agreed.getMessage().contains("record 1 is not in conflict: its reviewers agree (ann: include, "
                    + "bob: include)"), agreed.getMessage());
            RefusedException pending = assertThrows(RefusedException.class, () -> s.review.conflicts().resolve(CAT,
                    new Conflicts.Resolve(2, TA, Decision.INCLUDE, null, null)));
            assertTrue(pending.getMessage().contains("awaits a second reviewer"), pending.getMessage());
            assertEquals(StageOutcome.Status.INCLUDED, s.review.screening().outcome(1, TA).status());

            s.decide(BOB, 2, TA, Decision.INCLUDE);
            s.decide(CAT, 3, TA, Decision.INCLUDE);
            s.decide(ANN, 3, TA, Decision.EXCLUDE);
            List<Resolution> both = s.review.conflicts().resolveAll(CAT, List.of(
                    new Conflicts.Resolve(2, TA, Decision.INCLUDE, null, null),
                    new Conflicts.Resolve(3, TA, Decision.INCLUDE, null, null)));
            assertEquals(List.of(2L, 3L), both.stream().map(Resolution::record).toList());
            assertTrue(s.review.conflicts().list(null).isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void settledRecordsTakeNoNewReviewerAndOnlyExistingDecisionsAreWithdrawn(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 2)) {
            s.both(1, TA, Decision.INCLUDE);
            RefusedException third = assertThrows(RefusedException.class, () -> s.decide(CAT, 1, TA,
                    Decision.EXCLUDE));
            assertTrue(third.getMessage().contains("record 1 is already included at title-abstract (by ann and bob)"),
                    third.getMessage());
            s.decide(BOB, 1, TA, Decision.EXCLUDE);
            assertEquals(StageOutcome.Status.CONFLICT, s.review.screening().outcome(1, TA).status(),
                    "a reviewer of the record may change their mind");
            RefusedException nothing = assertThrows(RefusedException.class, () -> s.review.screening().withdraw(ANN,
                    2, TA));
            assertTrue(nothing.getMessage().contains("has no decision of ann to withdraw"), nothing.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void twoFullTextExclusionsForDifferentReasonsAreAConflict(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 2)) {
            s.both(1, TA, Decision.INCLUDE);
            s.both(2, TA, Decision.INCLUDE);
            s.decide(ANN, 1, FT, Decision.EXCLUDE, "wrong population");
            s.decide(BOB, 1, FT, Decision.EXCLUDE, "wrong comparator");
            s.decide(ANN, 2, FT, Decision.EXCLUDE, "wrong outcomes");
            s.decide(BOB, 2, FT, Decision.EXCLUDE, "wrong outcomes");
            List<Conflict> conflicts = s.review.conflicts().list(FT);
            assertEquals(List.of(1L), conflicts.stream().map(Conflict::recordId).toList());
            ReviewStatus status = s.review.status();
            assertEquals(Map.of("wrong outcomes", 1), status.excludedFullText(), "no reason wins silently");
            assertEquals(1, status.pending().get(FT).conflicts());
            s.review.conflicts().resolve(CAT, new Conflicts.Resolve(1, FT, Decision.EXCLUDE, "wrong comparator",
                    null));
            assertEquals(Map.of("wrong outcomes", 1, "wrong comparator", 1), s.review.status().excludedFullText());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void duplicatesAndUnknownRecordsAreNamed(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 1)) {
            UnknownEntityException unknown = assertThrows(UnknownEntityException.class, () -> s.decide(ANN, 99, TA,
                    Decision.INCLUDE));
            assertTrue(unknown.getMessage().contains("has no record 99"), unknown.getMessage());
            assertThrows(UnknownEntityException.class, () -> s.review.studies().link(ANN,
                    new Studies.Link(5, List.of(1L))));
        }
    }
}
