package org.evsynth.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.evsynth.report.bundle.BundleContent;
import org.evsynth.review.Actor;
import org.evsynth.review.Decision;
import org.evsynth.review.Extraction;
import org.evsynth.review.Protocol;
import org.evsynth.review.Review;
import org.evsynth.review.Screening;
import org.evsynth.review.Searches;
import org.evsynth.review.SourceKind;
import org.evsynth.review.Stage;
import org.evsynth.review.Studies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundle of a review with dual extraction holds the values in use: settled ones where extractors differed,
 * never an unsettled difference, which is named in a warning instead; under single extraction the newest.
 */
class SettledExtractionExportTest {

    private static final Actor ANN = Actor.named("ann");
    private static final Actor BOB = Actor.named("bob");
    private static final Actor CAT = Actor.named("cat");

    @TempDir
    Path tmp;

    private Review review(boolean dual) throws Exception {
        Path dir = tmp.resolve(dual ? "dual" : "single");
        Review review = Review.create(dir, "Impella versus VA-ECMO", ANN);
        if (dual) {
            review.updateProtocol(ANN, Protocol.skeleton("Impella versus VA-ECMO").replace("mode: single ",
                    "mode: dual "));
        }
        Path ris = Files.writeString(tmp.resolve(dir.getFileName() + ".ris"), "TY  - JOUR\nTI  - DanGer Shock\n"
                + "AU  - Moller, JE\nPY  - 2024\nER  - \n\n");
        review.searches().importFile(ANN, Searches.Import.of(ris, "MEDLINE", SourceKind.DATABASE, null, null));
        for (Stage stage : Stage.values()) {
            for (Actor who : List.of(ANN, BOB)) {
                review.screening().decide(who, new Screening.Decide(1, stage, Decision.INCLUDE, null, null));
            }
        }
        long study = review.studies().create(ANN, new Studies.Create("DanGer Shock", List.of(1L))).id();
        Extraction ex = review.extraction();
        ex.arm(ANN, arm(study, "Impella", "82"));
        ex.arm(BOB, arm(study, "Impella", "28"));
        ex.arm(ANN, arm(study, "Control", "103"));
        ex.arm(BOB, arm(study, "Control", "103"));
        return review;
    }

    private static Extraction.Arm arm(long study, String arm, String events) {
        return new Extraction.Arm(study, "Death at 180 days", arm, Map.of("events", events, "total", "179"));
    }

    @Test
    void anUnsettledDualDifferenceIsLeftOutAndTheSettledValueExported() throws Exception {
        try (Review review = review(true)) {
            List<String> warnings = new ArrayList<>();
            BundleContent before = BundleExport.content(review, warnings);
            assertTrue(before.outcomes().isEmpty(), "the outcome lacks an arm until the difference is settled");
            assertTrue(warnings.contains("study 'DanGer Shock', outcome 'Death at 180 days', arm 'Impella': ann and "
                    + "bob extracted different events; under dual extraction the arm is left out until the values "
                    + "are settled"), warnings.toString());

            review.extraction().settle(CAT, Extraction.Settle.takingFrom(1, "Death at 180 days", "Impella", "ann"));
            List<String> after = new ArrayList<>();
            BundleContent settled = BundleExport.content(review, after);
            assertEquals(List.of("82", "179", "103", "179"), settled.outcomes().get(0).rows().get(0).cells());
            assertTrue(after.stream().noneMatch(w -> w.contains("extracted different")), after.toString());
        }
    }

    @Test
    void underSingleExtractionTheNewestIsExportedWithAWarning() throws Exception {
        try (Review review = review(false)) {
            List<String> warnings = new ArrayList<>();
            BundleContent content = BundleExport.content(review, warnings);
            assertEquals(List.of("28", "179", "103", "179"), content.outcomes().get(0).rows().get(0).cells());
            assertTrue(warnings.stream().anyMatch(w -> w.endsWith("the newest (bob's) is used until they are "
                    + "settled")), warnings.toString());
        }
    }
}
