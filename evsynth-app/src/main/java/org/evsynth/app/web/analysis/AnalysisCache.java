package org.evsynth.app.web.analysis;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last few analyses the analysis page showed, by a random token its images name: an image is drawn from the
 * analysis its page showed (the figures and the numbers cannot disagree after a change in between), and the review
 * is read once per page, not once per figure. Holds at most {@link #SIZE}, the oldest dropped first.
 */
final class AnalysisCache {

    static final int SIZE = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, ReviewAnalysis> held = new LinkedHashMap<>(SIZE, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReviewAnalysis> eldest) {
            return size() > SIZE;
        }
    };

    /** Keeps the analysis; returns its token. */
    synchronized String keep(ReviewAnalysis analysis) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        held.put(token, analysis);
        return token;
    }

    /** The analysis of the token, or null when it is unknown or was dropped. */
    synchronized ReviewAnalysis get(String token) {
        return held.get(token);
    }
}
