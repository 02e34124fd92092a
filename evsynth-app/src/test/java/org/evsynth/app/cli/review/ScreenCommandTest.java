package org.evsynth.app.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evsynth.review.Actor;
import org.evsynth.review.Decision;
import org.evsynth.review.Screening;
import org.evsynth.review.Review;
import org.evsynth.review.ScreeningDecision;
import org.evsynth.review.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripted screening sessions: keys piped in, one per line, as on a terminal without a TTY. */
class ScreenCommandTest {

    @TempDir
    Path tmp;

    private Path dir;

    @BeforeEach
    void aReviewWithCriteria() throws Exception {
        dir = tmp.resolve("rev");
        assertEquals(0, ReviewCli.run("init", dir.toString(), "--title", "Shock").exitCode());
        Path yaml = dir.resolve("review.yaml");
        String protocol = Files.readString(yaml, StandardCharsets.UTF_8)
                .replace("  include: []\n  exclude: []", "  include: [cardiogenic shock]\n  exclude: [tuberculosis]");
        Files.writeString(yaml, protocol, StandardCharsets.UTF_8);
        Path medline = ReviewCli.ris(tmp.resolve("medline.ris"), ReviewCli.medline());
        assertEquals(0, ReviewCli.run("import", dir.toString(), medline.toString(), "--source", "MEDLINE").exitCode());
    }

    @Test
    void keysDecideUndoSkipAndQuitWithProgressAndCriteriaMarked() {
        ReviewCli run = ReviewCli.screen("i\ne\nu\nm\ns\nx\nq\n", dir.toString(), "--reviewer", "Ann");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("Shock  |  title-abstract  |  Ann"), out);
        assertTrue(out.contains("1/6"), out);
        assertTrue(out.contains("Microaxial flow pump in infarct-related *cardiogenic* *shock*"), out);
        assertTrue(out.contains("saved: record 1 include"), out);
        assertTrue(out.contains("saved: record 2 exclude"), out);
        assertTrue(out.contains("undone: record 2"), out);
        assertTrue(out.contains("saved: record 2 maybe"), out);
        assertTrue(out.contains("skipped: record 3"), out);
        assertTrue(out.contains("unknown key 'x'"), out);
        assertTrue(out.contains("Stopped: 2 decided, 1 skipped; 4 left for Ann at title-abstract"), out);
        try (Review review = Review.open(dir)) {
            List<ScreeningDecision> mine = review.screening().decisionsVisibleTo(Actor.named("Ann"), Stage.TITLE_ABSTRACT);
            assertEquals(2, mine.size());
            assertEquals(Decision.INCLUDE, mine.get(0).decision());
            assertEquals(Decision.MAYBE, mine.get(1).decision());
            assertEquals(List.of(3L, 4L, 5L, 6L), review.screening().queue(Actor.named("Ann"), Stage.TITLE_ABSTRACT));
        }
        ReviewCli tb = ReviewCli.screen("s\ns\ns\ne\n", dir.toString(), "--reviewer", "Ann");
        assertTrue(tb.out().contains("_Tuberculosis_ vaccine"), "exclusion words marked: " + tb.out());
    }

    @Test
    void priorityOrderShowsWhyEachRecordComesAndTheAuditNamesTheModel() throws Exception {
        Path yaml = dir.resolve("review.yaml");
        Files.writeString(yaml, Files.readString(yaml, StandardCharsets.UTF_8).replace("order: import",
                "order: priority"), StandardCharsets.UTF_8);
        ReviewCli run = ReviewCli.screen("i\ne\ne\ne\nq\n", dir.toString(), "--reviewer", "Ann");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("random order (no include and exclude to learn from yet)"), out);
        assertTrue(out.matches("(?s).*model v\\d+ on 2 decisions: score -?\\d+\\.\\d+( \\(p \\d\\.\\d+\\))?; words: .*"),
                out);
        try (Review review = Review.open(dir)) {
            assertTrue(review.audit().entries(org.evsynth.review.AuditLog.Query.all()).stream()
                    .filter(e -> e.action().equals("screen")).reduce((a, b) -> b).orElseThrow().after()
                    .contains("\"ordering\":\"model\""));
        }
    }

    @Test
    void blindedAnotherReviewersDecisionIsNeverShown() throws Exception {
        Path csv = tmp.resolve("bob.csv");
        Files.writeString(csv, "record,stage,reviewer,decision,reason,note\n"
                + "1,title-abstract,bob,exclude,,BOBS-SECRET-NOTE\n");
        assertEquals(0, ReviewCli.run("decisions", dir.toString(), "--import", csv.toString()).exitCode());
        ReviewCli run = ReviewCli.screen("i\ni\nq\n", dir.toString(), "--reviewer", "Ann");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("bob"), run.out());
        assertFalse(run.out().contains("BOBS-SECRET-NOTE"), run.out());
        assertFalse(run.out().toLowerCase().contains("exclude ("), run.out());
    }

    @Test
    void fullTextExclusionAsksForAReasonFromTheList() throws Exception {
        Path yaml = dir.resolve("review.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("mode: dual", "mode: single"));
        try (Review review = Review.open(dir)) {
            review.screening().decide(Actor.named("Ann"), new Screening.Decide(1, Stage.TITLE_ABSTRACT, Decision.INCLUDE, null, null));
            review.screening().decide(Actor.named("Ann"), new Screening.Decide(2, Stage.TITLE_ABSTRACT, Decision.INCLUDE, null, null));
        }
        ReviewCli run = ReviewCli.screen("e\n\ne\n9\n3\ni\n", dir.toString(), "--stage", "full-text", "--reviewer",
                "Ann");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  3  wrong comparator"), run.out());
        assertTrue(run.out().contains("not saved: an exclusion at full text needs a reason"), run.out());
        assertTrue(run.out().contains("'9' is not one of 1 to 6"), run.out());
        assertTrue(run.out().contains("saved: record 1 exclude (wrong comparator)"), run.out());
        assertTrue(run.out().contains("End of the queue: 2 decided, 0 skipped; 0 left"), run.out());
        try (Review review = Review.open(dir)) {
            assertEquals(java.util.Map.of("wrong comparator", 1), review.status().excludedFullText());
        }
    }

    @Test
    void badStageAndNotAReview() {
        ReviewCli stage = ReviewCli.screen("", dir.toString(), "--stage", "abstract", "--reviewer", "Ann");
        assertEquals(2, stage.exitCode());
        assertTrue(stage.err().contains("unknown stage 'abstract'"), stage.err());
        ReviewCli none = ReviewCli.screen("", tmp.resolve("x").toString(), "--reviewer", "Ann");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().startsWith("evsynth screen: " + tmp.resolve("x") + " holds no review"), none.err());
    }
}
