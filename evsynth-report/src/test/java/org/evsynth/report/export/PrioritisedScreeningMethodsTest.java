package org.evsynth.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.evsynth.report.bundle.AnalysisBundle;
import org.evsynth.report.document.Report;
import org.evsynth.report.prisma.PrismaKey;
import org.evsynth.review.Actor;
import org.evsynth.review.Decision;
import org.evsynth.review.Extraction;
import org.evsynth.review.Review;
import org.evsynth.review.Screening;
import org.evsynth.review.ScreeningStop;
import org.evsynth.review.Searches;
import org.evsynth.review.SourceKind;
import org.evsynth.review.Stage;
import org.evsynth.review.Studies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's Methods say how title-and-abstract records were screened: on a review that stopped by the stopping
 * rule, the model, the rule, its target and confidence, the records screened and those marked ineligible by
 * automation (as PRISMA counts them); on one screened in priority order to the end, that the model ordered the
 * records and none was excluded by automation.
 */
class PrioritisedScreeningMethodsTest {

    private static final Actor ANN = Actor.named("ann");
    private static final int RECORDS = 160;
    private static final int EVERY = 20;

    @TempDir
    Path tmp;

    /** Records 1..160, every 20th from 1 about statins after infarction (relevant); priority order, single. */
    private Review review() throws Exception {
        Review review = Review.create(tmp.resolve("rev"), "Statins after myocardial infarction", ANN);
        StringBuilder ris = new StringBuilder();
        for (int i = 1; i <= RECORDS; i++) {
            ris.append("TY  - JOUR\nTI  - ").append(relevant(i) ? "Statin therapy after myocardial infarction: "
                    + "randomised trial " + i : "Hip fracture rehabilitation in older adults, cohort " + i + " of "
                    + (i * 7919 % 1000)).append("\nAU  - Author").append(i).append(", A\nPY  - ").append(1990 + i % 30)
                    .append("\nER  - \n\n");
        }
        Path file = Files.writeString(tmp.resolve("medline.ris"), ris, StandardCharsets.UTF_8);
        review.searches().importFile(ANN, Searches.Import.of(file, "MEDLINE", SourceKind.DATABASE, null, null));
        review.updateProtocol(ANN, review.protocol().yaml().replace("order: import", "order: priority\n  seed: 5")
                .replace("mode: dual", "mode: single"));
        return review;
    }

    private static boolean relevant(long id) {
        return id % EVERY == 1;
    }

    private static void decide(Review review, long id, Stage stage) {
        review.screening().decide(ANN, new Screening.Decide(id, stage, relevant(id) ? Decision.INCLUDE
                : Decision.EXCLUDE, null, null));
    }

    /** Two included trials in one study with a dichotomous outcome, so that the bundle has an analysis. */
    private static void includeAndExtract(Review review) {
        decide(review, 1, Stage.FULL_TEXT);
        decide(review, 21, Stage.FULL_TEXT);
        long study1 = review.studies().create(ANN, new Studies.Create("Trial 1", List.of(1L))).id();
        long study2 = review.studies().create(ANN, new Studies.Create("Trial 21", List.of(21L))).id();
        for (long study : List.of(study1, study2)) {
            review.extraction().arm(ANN, new Extraction.Arm(study, "Death", "Statin", Map.of("events",
                    String.valueOf(10 + study), "total", "100")));
            review.extraction().arm(ANN, new Extraction.Arm(study, "Death", "Placebo", Map.of("events", "20",
                    "total", "100")));
        }
    }

    private String methodsSection(Review review) throws Exception {
        Path bundle = tmp.resolve("bundle");
        BundleExport.write(review, bundle);
        Path out = tmp.resolve("report");
        Report.write(bundle, out, "test");
        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        int start = html.indexOf("id=\"methods\"");
        assertTrue(start > 0, "a Methods section");
        int end = html.indexOf("<h2", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    @Test
    void aReviewThatStoppedByTheRuleSaysSoInTheReportsMethods() throws Exception {
        try (Review review = review()) {
            while (!review.screeningStops().status(ANN).saysStop()) {
                decide(review, review.prioritised().next(ANN).orElseThrow().record().id(), Stage.TITLE_ABSTRACT);
            }
            ScreeningStop stop = review.screeningStops().stop(ANN);
            includeAndExtract(review);

            String methods = methodsSection(review);
            assertTrue(methods.contains("Title-and-abstract screening was prioritised by active learning (evsynth: "
                    + "tfidf("), methods);
            assertTrue(methods.contains("liblinear logistic_regression"), "the model: " + methods);
            assertTrue(methods.contains("hypergeometric test (Callaghan &amp; Müller-Hansen 2020"), methods);
            assertFalse(methods.contains("p = 0.0500 "), "a p under the threshold never reads as the threshold");
            assertTrue(methods.contains("once recall of at least 95% was shown with 95% confidence"), methods);
            assertTrue(methods.contains(String.format(java.util.Locale.ROOT, "after %d records screened); the %d "
                    + "records left unscreened are counted as marked ineligible by automation tools.",
                    stop.screened(), stop.recordsMarked())), methods);

            AnalysisBundle bundle = AnalysisBundle.load(tmp.resolve("bundle"));
            assertTrue(bundle.screeningMethods().contains("stopped by the stopping rule"), "kept in review.yaml");
            assertFalse(bundle.notes().contains("stopping rule"), "said once, in the Methods, not again as a note");
            var counts = ReviewCounts.of(review).given();
            assertEquals((long) stop.recordsMarked(), counts.get(PrismaKey.EXCLUDED_AUTOMATIC));
            assertEquals((long) RECORDS - stop.recordsMarked(), counts.get(PrismaKey.RECORDS_SCREENED));
        }
    }

    @Test
    void aReviewScreenedToTheEndInPriorityOrderSaysTheModelOrderedTheRecords() throws Exception {
        try (Review review = review()) {
            List<Long> left = new ArrayList<>(review.screening().queue(ANN, Stage.TITLE_ABSTRACT));
            while (!left.isEmpty()) {
                decide(review, review.prioritised().next(ANN).orElseThrow().record().id(), Stage.TITLE_ABSTRACT);
                left = review.screening().queue(ANN, Stage.TITLE_ABSTRACT);
            }
            includeAndExtract(review);

            String methods = methodsSection(review);
            assertTrue(methods.contains("Title-and-abstract records were screened in an order prioritised by active "
                    + "learning (evsynth: tfidf("), methods);
            assertTrue(methods.contains("liblinear logistic_regression"), "the model: " + methods);
            assertTrue(methods.contains("Screening did not stop early by a stopping rule: no record was excluded by "
                    + "automation tools."), methods);
        }
    }
}
