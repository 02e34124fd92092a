package org.evsynth.records.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Candidate pairs by blocking (Christen 2012, "Data Matching", ch. 4): records are compared only when they
 * share a key, so the work grows with the block sizes rather than with n². Keys: DOI, PMID, the first and
 * the last {@value #TITLE_KEY} characters of the folded title, first author with year, and volume with first
 * page. Blocks larger than the cap (a common surname and year in a huge set) are skipped for that key; the
 * other keys still bring their duplicates together.
 */
final class Blocking {

    static final int TITLE_KEY = 30;

    private final int maxBlockSize;

    Blocking(int maxBlockSize) {
        this.maxBlockSize = maxBlockSize;
    }

    /** Calls the consumer once for each distinct candidate pair, encoded as {@code (long) i << 32 | j} with i &lt; j. */
    void forEachPair(List<RecordFeatures> records, LongConsumer pairs) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            for (String key : keys(records.get(i))) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
            }
        }
        LongSet seen = new LongSet();
        for (List<Integer> block : blocks.values()) {
            if (block.size() < 2 || block.size() > maxBlockSize) {
                continue;
            }
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    long pair = (long) block.get(x) << 32 | block.get(y);
                    if (seen.add(pair)) {
                        pairs.accept(pair);
                    }
                }
            }
        }
    }

    static List<String> keys(RecordFeatures f) {
        List<String> keys = new ArrayList<>(6);
        if (f.doi() != null) {
            keys.add("d|" + f.doi());
        }
        if (f.pmid() != null) {
            keys.add("p|" + f.pmid());
        }
        String title = f.title();
        if (title.length() >= 10) {
            keys.add("t|" + title.substring(0, Math.min(TITLE_KEY, title.length())));
            keys.add("e|" + title.substring(Math.max(0, title.length() - TITLE_KEY)));
        }
        if (!f.firstAuthor().isEmpty() && f.year() != null) {
            keys.add("a|" + f.firstAuthor() + "|" + f.year());
        }
        if (!f.volume().isEmpty() && !f.firstPage().isEmpty()) {
            keys.add("v|" + f.volume() + "|" + f.firstPage());
        }
        return keys;
    }
}
