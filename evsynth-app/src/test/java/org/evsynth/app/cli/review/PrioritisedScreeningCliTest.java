package org.evsynth.app.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsynth.review.Actor;
import org.evsynth.review.Decision;
import org.evsynth.review.KeyPaper;
import org.evsynth.review.PeopleStorage;
import org.evsynth.review.Review;
import org.evsynth.review.Screening;
import org.evsynth.review.Stage;
import org.evsynth.review.people.MemberStore;
import org.evsynth.review.people.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prioritised-screening verbs: key papers marked by id, DOI or PMID (all or nothing), the stopping rule's state
 * in text and JSON, the owner's stop refused until the rule says stop and to anyone but an owner, status counting the
 * records marked by automation apart, and a skip in priority order sending the record to the back of the session.
 */
class PrioritisedScreeningCliTest {

    private static final Actor ANN = Actor.named("ann");

    @TempDir
    Path tmp;

    /** A review of the six MEDLINE test records, in priority order, single screening. */
    private Path shockReview() throws Exception {
        Path dir = tmp.resolve("shock");
        assertEquals(0, ReviewCli.run("init", dir.toString(), "--title", "Shock").exitCode());
        priority(dir);
        Path medline = ReviewCli.ris(tmp.resolve("medline.ris"), ReviewCli.medline());
        assertEquals(0, ReviewCli.run("import", dir.toString(), medline.toString(), "--source", "MEDLINE").exitCode());
        return dir;
    }

    private static void priority(Path dir) throws Exception {
        Path yaml = dir.resolve("review.yaml");
        Files.writeString(yaml, Files.readString(yaml, StandardCharsets.UTF_8).replace("order: import",
                "order: priority\n  seed: 5").replace("mode: dual", "mode: single"), StandardCharsets.UTF_8);
    }

    private static List<Long> keyPapers(Path dir) {
        try (Review review = Review.open(dir)) {
            return review.prioritised().keyPapers().stream().map(KeyPaper::recordId).toList();
        }
    }

    @Test
    void keyPapersAreMarkedByIdOrDoiListedAndUnmarkedAndABadReferenceChangesNothing() throws Exception {
        Path dir = shockReview();
        ReviewCli bad = ReviewCli.run("key-papers", dir.toString(), "--mark", "4", "--mark", "10.1056/NEJMoa9999999",
                "--mark", "pmid:123", "--as", "ann");
        assertEquals(2, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("no record screened at title and abstract has DOI 10.1056/nejmoa9999999"),
                bad.err());
        assertTrue(bad.err().contains("has PMID 123") && bad.err().endsWith("nothing was changed\n"), bad.err());
        assertTrue(keyPapers(dir).isEmpty(), "record 4 was not marked either");
        ReviewCli notARef = ReviewCli.run("key-papers", dir.toString(), "--mark", "statins\u001B[2J");
        assertEquals(2, notARef.exitCode());
        assertTrue(notARef.err().contains("'statins' is neither a record id, a DOI"), notARef.err());
        assertFalse(notARef.err().contains("\u001B"), "no escape sequence reaches the terminal");

        ReviewCli mark = ReviewCli.run("key-papers", dir.toString(), "--mark", "4", "--mark",
                "https://doi.org/10.1056/NEJMoa2307227", "--as", "ann");
        assertEquals(0, mark.exitCode(), mark.err());
        assertTrue(mark.out().contains("record 4 (4) marked as a key paper"), mark.out());
        assertTrue(mark.out().contains("record 3 (https://doi.org/10.1056/NEJMoa2307227) marked as a key paper"),
                mark.out());
        assertTrue(ReviewCli.run("key-papers", dir.toString(), "--mark", "3").out().contains("was a key paper "
                + "already"));
        ReviewCli list = ReviewCli.run("key-papers", dir.toString());
        assertTrue(list.out().contains("record 4, marked by ann on ") && list.out().contains("2 key papers."),
                list.out());
        ReviewCli json = ReviewCli.run("key-papers", dir.toString(), "--format", "json");
        assertTrue(json.out().contains("\"record\" : 3") && json.out().contains("\"marked_by\" : \"ann\""),
                json.out());
        ReviewCli screen = ReviewCli.screen("q\n", dir.toString(), "--reviewer", "Bob");
        assertTrue(screen.out().contains("Record 3  |  key paper"), "the key papers come first: " + screen.out());

        ReviewCli unmark = ReviewCli.run("key-papers", dir.toString(), "--unmark", "4", "--unmark", "5");
        assertTrue(unmark.out().contains("record 4 (4) is no longer a key paper")
                && unmark.out().contains("record 5 (5) was not a key paper"), unmark.out());
        assertEquals(List.of(3L), keyPapers(dir));
        assertEquals(2, ReviewCli.run("key-papers", dir.toString(), "--mark", "1", "--unmark", "3").exitCode());
    }

    @Test
    void theStoppingStateIsShownAndTheStopIsTheOwnersOnceTheRuleSaysStop() throws Exception {
        Path dir = tmp.resolve("statins");
        assertEquals(0, ReviewCli.run("init", dir.toString(), "--title", "Statins").exitCode());
        priority(dir);
        List<ReviewCli.Ref> refs = new ArrayList<>();
        for (int i = 1; i <= 160; i++) {
            refs.add(new ReviewCli.Ref(i % 20 == 1 ? "Statin therapy after myocardial infarction: randomised trial "
                    + i : "Hip fracture rehabilitation in older adults, cohort " + i + " of " + (i * 7919 % 1000),
                    "Author" + i + ", A", 1990 + i % 30, null));
        }
        Path ris = ReviewCli.ris(tmp.resolve("statins.ris"), refs);
        assertEquals(0, ReviewCli.run("import", dir.toString(), ris.toString(), "--source", "MEDLINE").exitCode());
        try (MemberStore people = PeopleStorage.open(dir)) {
            people.add("ann", Role.OWNER, "a long enough password".toCharArray(), "test");
            people.add("bob", Role.REVIEWER, "another long password".toCharArray(), "test");
        }
        ReviewCli early = ReviewCli.run("stopping", dir.toString(), "--stop", "--as", "ann");
        assertEquals(2, early.exitCode());
        assertTrue(early.err().startsWith("evsynth stopping: the stopping rule does not say stop: p = 1.0000"),
                early.err());

        try (Review review = Review.open(dir)) {
            while (!review.screeningStops().status(ANN).saysStop()) {
                long id = review.prioritised().next(ANN).orElseThrow().record().id();
                review.screening().decide(ANN, new Screening.Decide(id, Stage.TITLE_ABSTRACT, id % 20 == 1
                        ? Decision.INCLUDE : Decision.EXCLUDE, null, null));
            }
        }
        ReviewCli text = ReviewCli.run("stopping", dir.toString(), "--as", "ann");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("Stopping rule (on ann's ranking): hypergeometric test"), text.out());
        assertTrue(text.out().contains("  target: recall 95% shown with 95% confidence"), text.out());
        assertTrue(text.out().contains("the rule says stop"), text.out());
        assertTrue(text.out().contains("  heuristics (no guarantee): ranked-tail p = "), text.out());
        ReviewCli json = ReviewCli.run("stopping", dir.toString(), "--format", "json", "--reviewer", "ann");
        assertTrue(json.out().contains("\"stop\" : true") && json.out().contains("\"recall_lower_bound\" : ")
                && json.out().contains("\"note\" : \"heuristics: shown beside the rule, with no recall guarantee\""),
                json.out());

        ReviewCli notOwner = ReviewCli.run("stopping", dir.toString(), "--stop", "--as", "bob");
        assertEquals(2, notOwner.exitCode());
        assertTrue(notOwner.err().contains("only the review's owner may stop screening by the stopping rule, and bob "
                + "is not an owner (owners: ann)"), notOwner.err());
        ReviewCli stop = ReviewCli.run("stopping", dir.toString(), "--stop", "--as", "ann");
        assertEquals(0, stop.exitCode(), stop.err());
        Matcher marked = Pattern.compile("(\\d+) records marked ineligible by automation").matcher(stop.out());
        assertTrue(marked.find(), stop.out());
        int n = Integer.parseInt(marked.group(1));
        assertTrue(n > 0, stop.out());

        ReviewCli status = ReviewCli.run("status", dir.toString());
        assertTrue(status.out().contains("Records screened:               " + (160 - n) + "\n"), status.out());
        assertTrue(status.out().contains("Marked ineligible by automation: " + n + " "), status.out());
        assertTrue(ReviewCli.run("status", dir.toString(), "--format", "json").out()
                .contains("\"marked_by_automation\" : " + n), "status JSON");
        assertTrue(ReviewCli.run("stopping", dir.toString()).out().contains("Stopped by ann on "));
    }

    @Test
    void outsidePriorityOrderTheRuleDoesNotApplyAndNoStopIsMade() throws Exception {
        Path dir = tmp.resolve("import-order");
        assertEquals(0, ReviewCli.run("init", dir.toString(), "--title", "Shock").exitCode());
        ReviewCli text = ReviewCli.run("stopping", dir.toString());
        assertTrue(text.out().startsWith("screening.order is import: the stopping rule applies to prioritised "
                + "screening only"), text.out());
        ReviewCli stop = ReviewCli.run("stopping", dir.toString(), "--stop");
        assertEquals(2, stop.exitCode());
        assertTrue(stop.err().contains("screening.order is import: the stopping rule needs the records screened in "
                + "priority order"), stop.err());
    }

    @Test
    void aSkipInPriorityOrderSendsTheRecordToTheBackAndTheNextBestComes() throws Exception {
        Path dir = shockReview();
        ReviewCli run = ReviewCli.screen("s\ni\ne\ne\ne\ne\nq\n", dir.toString(), "--reviewer", "Ann");
        assertEquals(0, run.exitCode(), run.err());
        List<Long> shown = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^Record (\\d+)  \\|").matcher(run.out());
        while (m.find()) {
            shown.add(Long.parseLong(m.group(1)));
        }
        long skipped = shown.get(0);
        assertTrue(run.out().contains("skipped: record " + skipped + " (it comes again after the others)"),
                run.out());
        assertEquals(skipped, shown.get(shown.size() - 1), "the skipped record comes last: " + shown);
        assertFalse(shown.subList(1, shown.size() - 1).contains(skipped), "and not in between: " + shown);
        assertTrue(run.out().contains("Stopped: 5 decided, 1 skipped; 1 left for Ann"), run.out());
    }
}
