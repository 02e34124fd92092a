package org.evsynth.records.dedup;

import java.util.List;
import org.evsynth.records.BibRecord;

/**
 * The true studies of the copper set. Its EndNote library is sorted by title, and every member of a
 * duplicate set carries {@code <caption>Duplicate</caption>}; a set is therefore a run of consecutive
 * captioned records with like titles (Dice at least 0.8 on folded title words) or the same DOI.
 */
final class CopperTruth {

    private CopperTruth() {
    }

    static int[] studies(List<BibRecord> records) {
        int[] study = new int[records.size()];
        int next = 0;
        for (int i = 0; i < records.size(); i++) {
            boolean continues = i > 0 && captioned(records.get(i)) && captioned(records.get(i - 1))
                    && alike(records.get(i - 1), records.get(i));
            study[i] = continues ? study[i - 1] : next++;
        }
        return study;
    }

    private static boolean captioned(BibRecord r) {
        return r.original().containsKey("caption");
    }

    private static boolean alike(BibRecord a, BibRecord b) {
        if (a.doi() != null && a.doi().equals(b.doi())) {
            return true;
        }
        return Similarity.dice(RecordFeatures.of(a).titleTokens(), RecordFeatures.of(b).titleTokens()) >= 0.8;
    }
}
