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
import org.evsynth.review.rob.Judgement;
import org.evsynth.review.rob.RobTool;
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
            ImportSummary first = review.searches().importFile(Actor.named("alice"), Searches.Import.of(medline, "MEDLINE", SourceKind.DATABASE, LocalDate.of(2025, 2, 28), "1 exp Shock, Cardiogenic/"));
            assertEquals(6, first.recordsAdded());
            assertEquals(4, review.searches().importFile(Actor.named("alice"), Searches.Import.of(embase, "Embase", SourceKind.DATABASE, LocalDate.of(2025, 2, 28), null))
                    .recordsAdded());
            ImportSummary again = review.searches().importFile(Actor.named("alice"), Searches.Import.of(medline, "MEDLINE", SourceKind.DATABASE, LocalDate.of(2025, 2, 28), null));
            assertTrue(again.alreadyImported());
            assertEquals(0, again.recordsAdded());
            assertEquals(first.searchId(), again.searchId());
            ReviewStatus s = review.status();
            assertEquals(Map.of("MEDLINE", 6, "Embase", 4), s.identifiedPerSource());
            assertEquals(10, s.identifiedTotal());
            assertEquals(0, s.duplicatesRemoved());
            assertEquals(10, s.pending().get(TA).undecided());

            // 2. deduplication: the two Embase copies of MEDLINE records are merged by stage one
            DedupRun run = review.deduplication().run(Actor.named("alice"));
            assertEquals(2, run.merged());
            assertTrue(review.deduplication().isDuplicate(7));
            assertTrue(review.deduplication().isDuplicate(8));
            assertEquals(0, review.deduplication().run(Actor.named("alice")).merged(), "a second run adds nothing");
            s = review.status();
            assertEquals(2, s.duplicatesRemoved());
            assertEquals(8, s.pending().get(TA).undecided());

            // 3. dual title-and-abstract screening, blinded
            long[] agreeInclude = {1, 2, 3, 4};
            long[] agreeExclude = {5, 6, 9};
            for (long id : agreeInclude) {
                review.screening().decide(Actor.named("alice"), new Screening.Decide(id, TA, Decision.INCLUDE, null, null));
            }
            for (long id : agreeExclude) {
                review.screening().decide(Actor.named("alice"), new Screening.Decide(id, TA, Decision.EXCLUDE, null, null));
            }
            review.screening().decide(Actor.named("alice"), new Screening.Decide(10, TA, Decision.INCLUDE, null, "IABP, still mechanical support"));
            assertEquals(List.of(), review.screening().queue(Actor.named("alice"), TA));
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 9L, 10L), review.screening().queue(Actor.named("bob"), TA));
            assertTrue(review.screening().decisionsVisibleTo(Actor.named("bob"), TA).isEmpty(), "bob must not see alice's decisions");
            assertTrue(review.screening().decisionsVisibleTo(Actor.named("alice"), TA).stream().allMatch(d -> d.reviewer().equals("alice")));
            s = review.status();
            assertEquals(0, s.screened(), "one reviewer is not enough under dual screening");
            assertEquals(Map.of("alice", 0), s.pending().get(TA).perReviewer());

            for (long id : agreeInclude) {
                review.screening().decide(Actor.named("bob"), new Screening.Decide(id, TA, Decision.INCLUDE, null, null));
            }
            for (long id : agreeExclude) {
                review.screening().decide(Actor.named("bob"), new Screening.Decide(id, TA, Decision.EXCLUDE, null, null));
            }
            review.screening().decide(Actor.named("bob"), new Screening.Decide(10, TA, Decision.EXCLUDE, null, "not Impella or ECMO"));
            assertEquals(16, review.screening().decisionsVisibleTo(Actor.named("bob"), TA).size(), "both decided: both visible");
            List<Conflict> conflicts = review.conflicts().list(null);
            assertEquals(1, conflicts.size());
            assertEquals(10, conflicts.get(0).recordId());
            s = review.status();
            assertEquals(7, s.screened());
            assertEquals(3, s.excludedScreening());
            assertEquals(4, s.sought());
            assertEquals(1, s.pending().get(TA).undecided());
            assertEquals(1, s.pending().get(TA).conflicts());

            // 4. a third person settles the conflict
            review.conflicts().resolve(Actor.named("carol"), new Conflicts.Resolve(10, TA, Decision.INCLUDE, null, "comparator of interest"));
            assertTrue(review.conflicts().list(null).isEmpty());
            s = review.status();
            assertEquals(8, s.screened());
            assertEquals(5, s.sought());

            // 5. full texts: one not retrieved, one excluded with a reason
            review.fullText().record(Actor.named("alice"), new FullText.Retrieval(4, false));
            assertThrows(InvalidInputException.class,
                    () -> review.screening().decide(Actor.named("alice"), new Screening.Decide(3, FT, Decision.EXCLUDE, null, null)), "reason required");
            assertThrows(InvalidInputException.class,
                    () -> review.screening().decide(Actor.named("alice"), new Screening.Decide(3, FT, Decision.EXCLUDE, "I just do not like it", null)));
            assertEquals(List.of(1L, 2L, 3L, 10L), review.screening().queue(Actor.named("alice"), FT));
            for (String reviewer : List.of("alice", "bob")) {
                review.screening().decide(Actor.named(reviewer), new Screening.Decide(1, FT, Decision.INCLUDE, null, null));
                review.screening().decide(Actor.named(reviewer), new Screening.Decide(2, FT, Decision.INCLUDE, null, null));
                review.screening().decide(Actor.named(reviewer), new Screening.Decide(3, FT, Decision.EXCLUDE, "wrong population", null));
                review.screening().decide(Actor.named(reviewer), new Screening.Decide(10, FT, Decision.INCLUDE, null, null));
            }
            s = review.status();
            assertEquals(1, s.notRetrieved());
            assertEquals(4, s.assessed());
            assertEquals(Map.of("wrong population", 1), s.excludedFullText());
            assertEquals(3, s.reportsIncluded());
            assertEquals(3, s.studiesIncluded());

            // 6. two reports of one study
            long danger = review.studies().create(Actor.named("alice"), new Studies.Create("DanGer Shock", List.of())).id();
            review.studies().link(Actor.named("alice"), new Studies.Link(danger, List.of((long) 1)));
            review.studies().link(Actor.named("alice"), new Studies.Link(danger, List.of((long) 2)));
            long iabp = review.studies().create(Actor.named("alice"), new Studies.Create("IABP-SHOCK II", List.of())).id();
            review.studies().link(Actor.named("alice"), new Studies.Link(iabp, List.of((long) 10)));
            s = review.status();
            assertEquals(3, s.reportsIncluded());
            assertEquals(2, s.studiesIncluded());
            assertEquals(List.of(1L, 2L), review.studies().list().get(0).reports());
            review.extraction().characteristics(Actor.named("alice"), new Extraction.Characteristics(danger, texts(Map.of("design", "RCT", "country", "Denmark", "n", 360))));
            review.extraction().arm(Actor.named("alice"), new Extraction.Arm(danger, "death at 180 days", "microaxial flow pump", texts(Map.of("events", 82, "total", 179))));
            review.extraction().arm(Actor.named("alice"), new Extraction.Arm(danger, "death at 180 days", "standard care", texts(Map.of("events", 103, "total", 176))));
            assertThrows(InvalidInputException.class, () -> review.extraction().arm(Actor.named("alice"), new Extraction.Arm(danger, "death", "x", texts(Map.of("events", 1)))));
            assertEquals(82, review.extraction(danger).get("death at 180 days/microaxial flow pump").get("events"));
            review.riskOfBias().assess(Actor.named("alice"), new RobAssessment.Assess(danger, RobTool.ROB2,
                    "death at 180 days", "Bias arising from the randomization process", "low",
                    "central web-based randomisation"));
            assertEquals(Judgement.LOW, review.risksOfBias(danger).get(0).judgement());

            // 7. decisions round-trip through CSV
            StringWriter csv = new StringWriter();
            review.screening().exportDecisions(csv);
            assertTrue(csv.toString().startsWith("record,stage,reviewer,decision,reason,note\n"));
            assertEquals(0, review.screening().importDecisions(Actor.named("importer"), new CsvSource("export.csv", new StringReader(csv.toString()))).recorded());

            // 8. the update search a year later
            Review later = review.withClock(Clock.fixed(start.plus(Duration.ofDays(365)), ZoneOffset.UTC));
            Path update = Ris.write(tmp.resolve("medline-2026.ris"), List.of(a,
                    new Ris.Ref("Levosimendan in refractory cardiogenic shock", "Fuhrmann, JT", 2026, "10.9/levo"),
                    new Ris.Ref("Dietary fibre and colorectal adenoma", "Peters, U", 2026, "10.9/fibre")));
            assertEquals(3, later.searches().importFile(Actor.named("alice"), Searches.Import.of(update, "MEDLINE", SourceKind.DATABASE, LocalDate.of(2026, 3, 1), null))
                    .recordsAdded());
            s = later.status();
            assertEquals(Map.of("MEDLINE", 9, "Embase", 4), s.identifiedPerSource());
            assertEquals(13, s.identifiedTotal());
            assertEquals(2, s.duplicatesRemoved(), "not deduplicated yet");
            assertEquals(1, later.deduplication().run(Actor.named("alice")).merged());
            s = later.status();
            assertEquals(3, s.duplicatesRemoved());
            assertEquals(Map.of("alice", 2, "bob", 2), s.pending().get(TA).perReviewer());
            // full-text decisions only once both reviewers have included the record at title and abstract
            for (String reviewer : List.of("alice", "bob")) {
                later.screening().decide(Actor.named(reviewer), new Screening.Decide(12, TA, Decision.INCLUDE, null, null));
                later.screening().decide(Actor.named(reviewer), new Screening.Decide(13, TA, Decision.EXCLUDE, null, null));
            }
            for (String reviewer : List.of("alice", "bob")) {
                later.screening().decide(Actor.named(reviewer), new Screening.Decide(12, FT, Decision.INCLUDE, null, null));
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
            assertTrue(later.audit().entries(AuditLog.Query.all()).stream().anyMatch(e -> e.at().equals(start.plus(Duration.ofDays(365)))));
            assertEquals(3, later.searches().list().size());
        } finally {
            review.close();
        }
        // everything survives closing and reopening
        try (Review reopened = location.open()) {
            assertEquals(4, reopened.status().reportsIncluded());
            assertFalse(reopened.audit().entries(AuditLog.Query.all()).isEmpty());
        }
    }

    /** Values as a person types them. */
    private static Map<String, String> texts(Map<String, Object> values) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }
}
