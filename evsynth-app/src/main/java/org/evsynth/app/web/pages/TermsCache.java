package org.evsynth.app.web.pages;

import org.evsynth.review.EligibilityTerms;
import org.evsynth.review.Protocol;

/**
 * The eligibility words of the newest protocol, worked out again only when its text changes: every record shown
 * is marked with them, and reading the YAML for each would be wasted.
 */
final class TermsCache {

    private record Cached(String yaml, EligibilityTerms terms) {
    }

    private volatile Cached cached;

    EligibilityTerms of(Protocol protocol) {
        Cached c = cached;
        if (c == null || !c.yaml().equals(protocol.yaml())) {
            c = new Cached(protocol.yaml(), EligibilityTerms.of(protocol));
            cached = c;
        }
        return c.terms();
    }
}
