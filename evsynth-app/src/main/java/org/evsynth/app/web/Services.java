package org.evsynth.app.web;

import org.evsynth.review.Review;
import org.evsynth.review.people.MemberStore;

/**
 * What the web app's handlers call: the review's operations and its people. Handlers read the request, call one
 * operation here and render its result; they hold no SQL and no domain rules of their own.
 *
 * @param review      the review (to become the review service API of issue 9)
 * @param people      its members, roles, passwords and tokens
 * @param reviewTitle the review's title, read once: no operation changes it
 */
public record Services(Review review, MemberStore people, String reviewTitle) {

    /** The services of an open review and its people. */
    public static Services of(Review review, MemberStore people) {
        return new Services(review, people, review.title());
    }
}
