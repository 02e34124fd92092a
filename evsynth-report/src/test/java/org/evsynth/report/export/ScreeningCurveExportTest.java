package org.evsynth.report.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.evsynth.review.Actor;
import org.evsynth.review.Decision;
import org.evsynth.review.Review;
import org.evsynth.review.Screening;
import org.evsynth.review.ScreeningCurve;
import org.evsynth.review.Searches;
import org.evsynth.review.SourceKind;
import org.evsynth.review.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export carries the team's recall curve into the bundle in priority order, from the first include; else not. */
class ScreeningCurveExportTest {

    private static final Actor ANN = Actor.named("ann");

    @TempDir
    Path tmp;

    @Test
    void theCurveIsExportedInPriorityOrderOnceAnIncludeIsFound() throws Exception {
        try (Review review = Review.create(tmp.resolve("review"), "Statins", ANN)) {
            review.updateProtocol(ANN, review.protocol().yaml().replace("mode: dual", "mode: single"));
            StringBuilder ris = new StringBuilder();
            for (int i = 1; i <= 6; i++) {
                ris.append("TY  - JOUR\nTI  - Trial ").append(i).append("\nPY  - 2020\nER  - \n\n");
            }
            review.searches().importFile(ANN, Searches.Import.of(Files.writeString(tmp.resolve("s.ris"), ris),
                    "MEDLINE", SourceKind.DATABASE, null, null));
            decide(review, 2, Decision.EXCLUDE);
            decide(review, 5, Decision.INCLUDE);
            assertNull(BundleExport.content(review, new ArrayList<>()).screeningCurve(), "import order");
            review.updateProtocol(ANN, review.protocol().yaml().replace("order: import ", "order: priority "));
            ScreeningCurve.Curve curve = BundleExport.content(review, new ArrayList<>()).screeningCurve();
            assertEquals(6, curve.records());
            assertArrayEquals(new int[] {2}, curve.foundAt());
            assertEquals(List.of(false, true), curve.includes());
        }
    }

    private static void decide(Review review, long id, Decision d) {
        review.screening().decide(ANN, new Screening.Decide(id, Stage.TITLE_ABSTRACT, d, null, null));
    }
}
