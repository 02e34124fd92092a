package org.evsynth.report.export;

import java.util.List;

import org.evsynth.report.prisma.PrismaCounts;
import org.evsynth.review.Review;

/** A live review's PRISMA 2020 counts, as `evsynth prisma DIR` draws them and `evsynth export` writes them. */
public final class ReviewCounts {

    private ReviewCounts() {
    }

    /**
     * The counts the review's decisions give now, the reasons for exclusion in the protocol's order, and the records
     * marked as ineligible by automation tools when screening stopped by the stopping rule.
     */
    public static PrismaCounts of(Review review) {
        return ReviewData.prisma(review.status(), review.protocol().exclusionReasons());
    }

    /**
     * The PRISMA 2020 counts of a review's status, as read a moment ago.
     *
     * @param reasonOrder the protocol's exclusion reasons, the order the diagram lists them in
     */
    public static PrismaCounts of(org.evsynth.review.ReviewStatus status, List<String> reasonOrder) {
        return ReviewData.prisma(status, reasonOrder);
    }

    /** The same, with the reasons for exclusion in alphabetical order. */
    public static PrismaCounts of(org.evsynth.review.ReviewStatus status) {
        return of(status, List.of());
    }
}
