package org.evsynth.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A small review played through every state, with two reviewers, a conflict settled by a third, a full text
 * not retrieved, a full-text exclusion with a reason, two reports of one study and an update search a year
 * later; the PRISMA counts are asserted after each step, on SQLite and on PostgreSQL.
 */
class EndToEndTest {

    private static final Stage TA = Stage.TITLE_ABSTRACT;
    private static final Stage FT = Stage.FULL_TEXT;

    @TempDir
    Path tmp;

    static java.util.stream.Stream<String> backends() {
        return TestBackends.both();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aReviewFromImportToIncludedStudiesAndAnUpdate(String backend) throws Exception {
        TestBackends.Location location = TestBackends.newReview(backend, tmp, "Impella versus VA-ECMO");
        Instant start = Instant.parse("2025-03-01T09:00:00Z");
        Review review = location.open().withClock(Clock.fixed(start, ZoneOffset.UTC));
        try {
            assertEquals(ScreeningMode.DUAL, review.protocol().screeningMode());

            // 1. two searches; the same file again adds nothing
            Ris.Ref a = new Ris.Ref("Microaxial flow pump in infarct-related cardiogenic shock", "Moller, JE",
                    2024, "10.1056/NEJMoa2312572");
            Ris.Ref c = new Ris.Ref("Extracorporeal life support in infarct-related cardiogenic shock",
                    "Thiele, H", 2023, "10.1056/NEJMoa2307227");
            Path medline = Ris.write(tmp.resolve("medline.ris"), List.of(a,
                    new Ris.Ref("Long-term outcomes of the DanGer Shock trial", "Jensen, LO", 2025, "10.1/danger.2"),
                    c,
                    new Ris.Ref("Bleeding complications with percutaneous ventricular assist", "Dhruva, SS", 2020,
                            "10.1001/jama.2020.0254"),
                    new Ris.Ref("Tuberculosis vaccine efficacy in adolescents", "Aronson, JD", 1948, "10.9/bcg"),
                    new Ris.Ref("Statins for primary prevention in older adults", "Ridker, PM", 2018, "10.9/statin")));
            Path embase = Ris.write(tmp.resolve("embase.ris"), List.of(a, c,
                    new Ris.Ref("Hand hygiene compliance among nursing staff", "Pittet, D", 2000, "10.9/hygiene"),
                    new Ris.Ref("Intra-aortic balloon support for myocardial infarction with cardiogenic shock",
                            "Thiele, H", 2012, "10.1056/NEJMoa1208410")));
            ImportSummary first = review.importSearch(medline, "MEDLINE", LocalDate.of(2025, 2, 28),
                    "1 exp Shock, Cardiogenic/", "alice");
            assertEquals(6, first.recordsAdded());
            assertEquals(4, review.importSearch(embase, "Embase", LocalDate.of(2025, 2, 28), null, "alice")
                    .recordsAdded());
            ImportSummary again = review.importSearch(medline, "MEDLINE", LocalDate.of(2025, 2, 28), null, "alice");
            assertTrue(again.alreadyImported());
            assertEquals(0, again.recordsAdded());
            assertEquals(first.searchId(), again.searchId());
            PrismaCounts s = review.status();
            assertEquals(Map.of("MEDLINE", 6, "Embase", 4), s.identifiedPerSource());
            assertEquals(10, s.identifiedTotal());
            assertEquals(0, s.duplicatesRemoved());
            assertEquals(10, s.pending().get(TA).undecided());

            // 2. deduplication: the two Embase copies of MEDLINE records are merged by stage one
            DedupRun run = review.deduplicate("alice");
            assertEquals(2, run.merged());
            assertTrue(review.isDuplicate(7));
            assertTrue(review.isDuplicate(8));
            assertEquals(0, review.deduplicate("alice").merged(), "a second run adds nothing");
            s = review.status();
            assertEquals(2, s.duplicatesRemoved());
            assertEquals(8, s.pending().get(TA).undecided());

            // 3. dual title-and-abstract screening, blinded
            long[] agreeInclude = {1, 2, 3, 4};
            long[] agreeExclude = {5, 6, 9};
            for (long id : agreeInclude) {
                review.decide(id, TA, "alice", Decision.INCLUDE, null, null);
            }
            for (long id : agreeExclude) {
                review.decide(id, TA, "alice", Decision.EXCLUDE, null, null);
            }
            review.decide(10, TA, "alice", Decision.INCLUDE, null, "IABP, still mechanical support");
            assertEquals(List.of(), review.queue(TA, "alice"));
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 9L, 10L), review.queue(TA, "bob"));
            assertTrue(review.decisionsVisibleTo("bob", TA).isEmpty(), "bob must not see alice's decisions");
            assertTrue(review.decisionsVisibleTo("alice", TA).stream().allMatch(d -> d.reviewer().equals("alice")));
            s = review.status();
            assertEquals(0, s.screened(), "one reviewer is not enough under dual screening");
            assertEquals(Map.of("alice", 0), s.pending().get(TA).perReviewer());

            for (long id : agreeInclude) {
                review.decide(id, TA, "bob", Decision.INCLUDE, null, null);
            }
            for (long id : agreeExclude) {
                review.decide(id, TA, "bob", Decision.EXCLUDE, null, null);
            }
            review.decide(10, TA, "bob", Decision.EXCLUDE, null, "not Impella or ECMO");
            assertEquals(16, review.decisionsVisibleTo("bob", TA).size(), "both decided: both visible");
            List<Conflict> conflicts = review.conflicts();
            assertEquals(1, conflicts.size());
            assertEquals(10, conflicts.get(0).recordId());
            s = review.status();
            assertEquals(7, s.screened());
            assertEquals(3, s.excludedScreening());
            assertEquals(4, s.sought());
            assertEquals(1, s.pending().get(TA).undecided());
            assertEquals(1, s.pending().get(TA).conflicts());

            // 4. a third person settles the conflict
            review.resolveConflict(10, TA, "carol", Decision.INCLUDE, null, "comparator of interest");
            assertTrue(review.conflicts().isEmpty());
            s = review.status();
            assertEquals(8, s.screened());
            assertEquals(5, s.sought());

            // 5. full texts: one not retrieved, one excluded with a reason
            review.recordRetrieval(4, false, "alice");
            assertThrows(IllegalArgumentException.class,
                    () -> review.decide(3, FT, "alice", Decision.EXCLUDE, null, null), "reason required");
            assertThrows(IllegalArgumentException.class,
                    () -> review.decide(3, FT, "alice", Decision.EXCLUDE, "I just do not like it", null));
            assertEquals(List.of(1L, 2L, 3L, 10L), review.queue(FT, "alice"));
            for (String reviewer : List.of("alice", "bob")) {
                review.decide(1, FT, reviewer, Decision.INCLUDE, null, null);
                review.decide(2, FT, reviewer, Decision.INCLUDE, null, null);
                review.decide(3, FT, reviewer, Decision.EXCLUDE, "wrong population", null);
                review.decide(10, FT, reviewer, Decision.INCLUDE, null, null);
            }
            s = review.status();
            assertEquals(1, s.notRetrieved());
            assertEquals(4, s.assessed());
            assertEquals(Map.of("wrong population", 1), s.excludedFullText());
            assertEquals(3, s.reportsIncluded());
            assertEquals(3, s.studiesIncluded());

            // 6. two reports of one study
            long danger = review.createStudy("DanGer Shock", "alice");
            review.linkReport(danger, 1, "alice");
            review.linkReport(danger, 2, "alice");
            long iabp = review.createStudy("IABP-SHOCK II", "alice");
            review.linkReport(iabp, 10, "alice");
            s = review.status();
            assertEquals(3, s.reportsIncluded());
            assertEquals(2, s.studiesIncluded());
            assertEquals(List.of(1L, 2L), review.studies().get(0).reports());
            review.extractCharacteristics(danger, Map.of("design", "RCT", "country", "Denmark", "n", 360), "alice");
            review.extractOutcome(danger, "death at 180 days", "microaxial flow pump",
                    Map.of("events", 82, "total", 179), "alice");
            review.extractOutcome(danger, "death at 180 days", "standard care", Map.of("events", 103, "total", 176),
                    "alice");
            assertThrows(IllegalArgumentException.class, () -> review.extractOutcome(danger, "death", "x",
                    Map.of("events", 1), "alice"));
            assertEquals(82, review.extraction(danger).get("death at 180 days/microaxial flow pump").get("events"));
            review.assessRiskOfBias(danger, new RiskOfBias("RoB 2", "death at 180 days",
                    "Bias arising from the randomization process", "low", "central web-based randomisation"),
                    "alice");
            assertEquals("low", review.risksOfBias(danger).get(0).judgement());

            // 7. decisions round-trip through CSV
            StringWriter csv = new StringWriter();
            review.exportDecisions(csv);
            assertTrue(csv.toString().startsWith("record,stage,reviewer,decision,reason,note\n"));
            assertEquals(0, review.importDecisions("export.csv", new StringReader(csv.toString())));

            // 8. the update search a year later
            Review later = review.withClock(Clock.fixed(start.plus(Duration.ofDays(365)), ZoneOffset.UTC));
            Path update = Ris.write(tmp.resolve("medline-2026.ris"), List.of(a,
                    new Ris.Ref("Levosimendan in refractory cardiogenic shock", "Fuhrmann, JT", 2026, "10.9/levo"),
                    new Ris.Ref("Dietary fibre and colorectal adenoma", "Peters, U", 2026, "10.9/fibre")));
            assertEquals(3, later.importSearch(update, "MEDLINE", LocalDate.of(2026, 3, 1), null, "alice")
                    .recordsAdded());
            s = later.status();
            assertEquals(Map.of("MEDLINE", 9, "Embase", 4), s.identifiedPerSource());
            assertEquals(13, s.identifiedTotal());
            assertEquals(2, s.duplicatesRemoved(), "not deduplicated yet");
            assertEquals(1, later.deduplicate("alice").merged());
            s = later.status();
            assertEquals(3, s.duplicatesRemoved());
            assertEquals(Map.of("alice", 2, "bob", 2), s.pending().get(TA).perReviewer());
            for (String reviewer : List.of("alice", "bob")) {
                later.decide(12, TA, reviewer, Decision.INCLUDE, null, null);
                later.decide(13, TA, reviewer, Decision.EXCLUDE, null, null);
                later.decide(12, FT, reviewer, Decision.INCLUDE, null, null);
            }
            s = later.status();
            assertEquals(10, s.screened());
            assertEquals(4, s.excludedScreening());
            assertEquals(6, s.sought());
            assertEquals(5, s.assessed());
            assertEquals(4, s.reportsIncluded());
            assertEquals(3, s.studiesIncluded());
            assertEquals(0, s.pending().get(TA).undecided());
            assertEquals(0, s.pending().get(FT).undecided());
            assertTrue(later.auditLog().stream().anyMatch(e -> e.at().equals(start.plus(Duration.ofDays(365)))));
            assertEquals(3, later.searches().size());
        } finally {
            review.close();
        }
        // everything survives closing and reopening
        try (Review reopened = location.open()) {
            assertEquals(4, reopened.status().reportsIncluded());
            assertFalse(reopened.auditLog().isEmpty());
        }
    }
}
