package org.evsynth.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.evsynth.report.prisma.NamedCount;
import org.evsynth.report.prisma.PrismaCounts;
import org.evsynth.report.prisma.PrismaCountsWriter;
import org.evsynth.report.prisma.PrismaDiagram;
import org.evsynth.report.prisma.PrismaKey;
import org.evsynth.review.ReviewStatus;
import org.evsynth.review.Stage;
import org.evsynth.review.StagePending;
import org.junit.jupiter.api.Test;

/** A live review's PRISMA counts as the export writes them: every count the review knows, reasons in the protocol's order. */
class ReviewCountsTest {

    private static final StagePending DONE = new StagePending(0, 0, Map.of(), Map.of());

    private static ReviewStatus status(int screened, StagePending titleAbstract) {
        return status(screened, 0, titleAbstract);
    }

    private static ReviewStatus status(int screened, int automation, StagePending titleAbstract) {
        return new ReviewStatus(Map.of("MEDLINE", 300, "Embase", 191), Set.of(), 491, 0, screened,
                screened - 20, automation, 20, 1, 19, Map.of("wrong population", 6, "wrong comparator", 4, "abandoned reason", 1),
                8, 8, Map.of(Stage.TITLE_ABSTRACT, titleAbstract, Stage.FULL_TEXT, DONE), Map.of());
    }

    @Test
    void everyCountTheReviewKnowsIsGivenAndReasonsFollowTheProtocol() throws Exception {
        PrismaCounts counts = ReviewCounts.of(status(491, DONE), List.of("wrong comparator", "wrong population",
                "wrong design"));
        for (PrismaKey key : List.of(PrismaKey.DATABASE_RESULTS, PrismaKey.REGISTER_RESULTS, PrismaKey.DUPLICATES,
                PrismaKey.EXCLUDED_AUTOMATIC, PrismaKey.EXCLUDED_OTHER, PrismaKey.RECORDS_SCREENED,
                PrismaKey.RECORDS_EXCLUDED, PrismaKey.DBR_SOUGHT_REPORTS, PrismaKey.DBR_NOTRETRIEVED_REPORTS,
                PrismaKey.DBR_ASSESSED, PrismaKey.DBR_EXCLUDED, PrismaKey.NEW_STUDIES, PrismaKey.NEW_REPORTS)) {
            assertTrue(counts.given().containsKey(key), key.id());
        }
        assertEquals(0L, counts.given().get(PrismaKey.REGISTER_RESULTS), "no register searched: 0, not unknown");
        assertEquals(11L, counts.given().get(PrismaKey.DBR_EXCLUDED));
        assertEquals(List.of(new NamedCount("wrong comparator", 4L), new NamedCount("wrong population", 6L),
                new NamedCount("abandoned reason", 1L)), counts.reasons(), "the protocol's order, then the rest");
        PrismaDiagram diagram = PrismaDiagram.of(counts);
        assertTrue(diagram.warnings().isEmpty(), diagram.warnings().toString());
        assertTrue(!diagram.svg().contains(", derived)"), "nothing to derive: every count is known");
        StringWriter csv = new StringWriter();
        PrismaCountsWriter.write(counts, csv);
        assertTrue(csv.toString().contains("register_results,0\n") && csv.toString().contains("dbr_excluded,11\n"),
                csv.toString());
        assertTrue(csv.toString().indexOf("reason:wrong comparator") < csv.toString().indexOf("reason:wrong population"));
    }

    /**
     * Screening stopped by the stopping rule with 40 records unscreened: the review's status counts them apart
     * from the records people screened, and PRISMA 2020 as marked ineligible by automation tools, before screening.
     */
    @Test
    void recordsLeftByTheStoppingRuleAreCountedAsRemovedByAutomation() {
        PrismaCounts counts = ReviewData.prisma(status(451, 40, DONE), List.of());
        assertEquals(40L, counts.given().get(PrismaKey.EXCLUDED_AUTOMATIC));
        assertEquals(451L, counts.given().get(PrismaKey.RECORDS_SCREENED));
        assertEquals(431L, counts.given().get(PrismaKey.RECORDS_EXCLUDED));
        PrismaDiagram diagram = PrismaDiagram.of(counts);
        assertTrue(diagram.warnings().isEmpty(), diagram.warnings().toString());
        assertTrue(diagram.svg().contains("automation tools"), "the box is drawn");
        assertEquals(0L, ReviewCounts.of(status(491, DONE), List.of()).given().get(PrismaKey.EXCLUDED_AUTOMATIC));
    }

    /** Screening not finished: the counts cannot add up, and the diagram says why beside saying that they do not. */
    @Test
    void anUnfinishedStageIsSaid() {
        PrismaDiagram diagram = PrismaDiagram.of(ReviewCounts.of(status(480, new StagePending(11, 2, Map.of(), Map.of())),
                List.of()));
        assertTrue(diagram.warnings().stream().anyMatch(w -> w.startsWith("the counts do not add up: records from "
                + "databases (491)")), diagram.warnings().toString());
        assertTrue(diagram.warnings().contains("Title-and-abstract screening is not finished: 11 records have no "
                + "final decision yet (2 of them in conflict), so the counts after it do not add up yet"),
                diagram.warnings().toString());
    }
}
