package org.evsynth.report.export;

import org.evsynth.report.prisma.PrismaCounts;
import org.evsynth.review.Review;

/** A live review's PRISMA 2020 counts, as `evsynth prisma DIR` draws them and `evsynth export` writes them. */
public final class ReviewCounts {

    private ReviewCounts() {
    }

    /** The counts the review's decisions give now. */
    public static PrismaCounts of(Review review) {
        return of(review.status());
    }

    /** The PRISMA 2020 counts of a review's status, as read a moment ago. */
    public static PrismaCounts of(org.evsynth.review.ReviewStatus status) {
        return ReviewData.prisma(status);
    }
}
