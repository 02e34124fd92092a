package org.evsynth.records.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a pair of records as the weighted mean of field similarities over the fields both records have,
 * in the manner of Fellegi-Sunter agreement weights: title 4, authors 2, DOI or PMID 2 each, and year,
 * journal, volume and first page 1 each. A missing field neither helps nor hurts.
 */
public final class PairScorer {

    static final double AGREE = 0.9;
    static final double DISAGREE = 0.6;

    public PairScore score(RecordFeatures a, RecordFeatures b) {
        Tally t = new Tally();
        t.add("title", 4, Similarity.title(a, b));
        if (!a.authors().isEmpty() && !b.authors().isEmpty()) {
            t.add("authors", 2, Similarity.authors(a, b));
        }
        if (a.year() != null && b.year() != null) {
            int gap = Math.abs(a.year() - b.year());
            t.add("year", 1, gap == 0 ? 1.0 : gap == 1 ? 0.7 : 0.0);
        }
        if (!a.journal().isEmpty() && !b.journal().isEmpty()) {
            t.add("journal", 1, journal(a, b));
        }
        t.addEquality("volume", 1, a.volume(), b.volume());
        t.addEquality("pages", 1, a.firstPage(), b.firstPage());
        t.addEquality("doi", 2, a.doi(), b.doi());
        t.addEquality("pmid", 2, a.pmid(), b.pmid());
        if (a.kind() != b.kind()) {
            t.disagree.add("kind");
        }
        return new PairScore(t.weighted / t.weights, t.agree, t.disagree);
    }

    private static double journal(RecordFeatures a, RecordFeatures b) {
        double best = Similarity.journal(a.journal(), b.journal());
        if (!a.journalAbbreviation().isEmpty()) {
            best = Math.max(best, Similarity.journal(a.journalAbbreviation(), b.journal()));
        }
        if (!b.journalAbbreviation().isEmpty()) {
            best = Math.max(best, Similarity.journal(a.journal(), b.journalAbbreviation()));
        }
        return best;
    }

    /** Running weighted sum and the agreeing and disagreeing field names. */
    private static final class Tally {
        double weighted;
        double weights;
        final List<String> agree = new ArrayList<>();
        final List<String> disagree = new ArrayList<>();

        void add(String field, double weight, double similarity) {
            weighted += weight * similarity;
            weights += weight;
            if (similarity >= AGREE) {
                agree.add(field);
            } else if (similarity < DISAGREE) {
                disagree.add(field);
            }
        }

        void addEquality(String field, double weight, String a, String b) {
            if (a != null && b != null && !a.isEmpty() && !b.isEmpty()) {
                add(field, weight, a.equals(b) ? 1.0 : 0.0);
            }
        }
    }
}
