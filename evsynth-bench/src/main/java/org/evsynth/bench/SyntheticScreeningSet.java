package org.evsynth.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.evsynth.records.screening.FeatureMatrix;
import org.evsynth.records.screening.FeatureSettings;
import org.evsynth.records.screening.SparseVector;

/**
 * A made-up screening set of any size, built straight as TF-IDF vectors so that a benchmark's setup takes seconds
 * at 100,000 records (running Lucene's analysis and counting the bigrams of 100,000 abstracts takes minutes and
 * gigabytes, and is not what a reviewer waits for). The shape follows evsynth's features of the Cohen et al. (2006)
 * sets: about 210 distinct uni- and bigrams per record (BetaBlockers: 209), drawn from a Zipf-distributed
 * vocabulary (exponent 1, the law of word frequencies) that grows with the records (600,000 terms at 100,000
 * records; BetaBlockers has 42,000 at 2,000), sublinear tf, smoothed idf, rows of unit length. Relevant records
 * (2%) also draw a share of their terms from a topic of 300 terms of their own, as an include's vocabulary
 * differs from the rest.
 */
final class SyntheticScreeningSet {

    private static final int TERMS_PER_RECORD = 260;
    private static final int TOPIC_TERMS = 300;

    private final FeatureMatrix features;
    private final boolean[] relevant;

    private SyntheticScreeningSet(FeatureMatrix features, boolean[] relevant) {
        this.features = features;
        this.relevant = relevant;
    }

    FeatureMatrix features() {
        return features;
    }

    boolean relevant(int record) {
        return relevant[record];
    }

    /** The set; its matrix is labelled with the given feature settings, which the screener's must equal. */
    static SyntheticScreeningSet of(int records, long seed, FeatureSettings settings) {
        int vocabulary = Math.max(2_000, records * 6);
        double[] cumulative = new double[vocabulary];
        double sum = 0;
        for (int i = 0; i < vocabulary; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        ZipfTable zipf = new ZipfTable(cumulative);
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] relevant = new boolean[records];
        int[][] ids = new int[records][];
        int[][] counts = new int[records][];
        int[] df = new int[vocabulary + TOPIC_TERMS];
        for (int r = 0; r < records; r++) {
            // one record per call: small methods are compiled early, which a loaded machine's JIT needs
            relevant[r] = random.nextInt(50) == 0;
            draw(relevant[r], vocabulary, zipf, random, df, ids, counts, r);
        }
        return new SyntheticScreeningSet(matrix(records, ids, counts, df, settings), relevant);
    }

    private static void draw(boolean relevant, int vocabulary, ZipfTable zipf, SplittableRandom random, int[] df,
                             int[][] ids, int[][] counts, int r) {
        int[] drawn = new int[TERMS_PER_RECORD];
        for (int k = 0; k < drawn.length; k++) {
            drawn[k] = relevant && random.nextInt(5) == 0 ? vocabulary + random.nextInt(TOPIC_TERMS)
                    : zipf.draw(random.nextDouble());
        }
        Arrays.sort(drawn);
        int distinct = 0;
        int[] id = new int[drawn.length];
        int[] count = new int[drawn.length];
        for (int t : drawn) {
            if (distinct > 0 && id[distinct - 1] == t) {
                count[distinct - 1]++;
            } else {
                id[distinct] = t;
                count[distinct++] = 1;
                df[t]++;
            }
        }
        ids[r] = Arrays.copyOf(id, distinct);
        counts[r] = Arrays.copyOf(count, distinct);
    }

    /** TF-IDF rows as {@code TfIdfVectorizer} makes them, terms in one record dropped (min_df = 2). */
    private static FeatureMatrix matrix(int records, int[][] ids, int[][] counts, int[] df,
                                        FeatureSettings settings) {
        int[] newId = new int[df.length];
        List<String> terms = new ArrayList<>();
        for (int t = 0; t < df.length; t++) {
            newId[t] = df[t] >= 2 ? terms.size() : -1;
            if (newId[t] >= 0) {
                terms.add("t" + t);
            }
        }
        List<SparseVector> rows = new ArrayList<>(records);
        for (int r = 0; r < records; r++) {
            rows.add(row(ids[r], counts[r], newId, df, records));
        }
        return new FeatureMatrix(settings, terms, terms, rows);
    }

    /**
     * Inverse-CDF draws from a cumulative table: a table of where each of 2^16 equal slices of [0, 1) starts
     * narrows the binary search to a few entries, so 26 million draws take a second, not minutes.
     */
    private static SparseVector row(int[] ids, int[] counts, int[] newId, int[] df, int records) {
        int kept = 0;
        for (int t : ids) {
            kept += newId[t] >= 0 ? 1 : 0;
        }
        int[] index = new int[kept];
        float[] value = new float[kept];
        double norm = 0;
        int k = 0;
        for (int i = 0; i < ids.length; i++) {
            int t = ids[i];
            if (newId[t] >= 0) {
                double w = (1 + Math.log(counts[i])) * (Math.log((1.0 + records) / (1.0 + df[t])) + 1);
                index[k] = newId[t];
                value[k++] = (float) w;
                norm += w * w;
            }
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < kept; i++) {
            value[i] *= scale;
        }
        return new SparseVector(index, value);
    }

    private static final class ZipfTable {
        private static final int SLICES = 1 << 16;
        private final double[] cumulative;
        private final int[] sliceStart;

        ZipfTable(double[] cumulative) {
            this.cumulative = cumulative;
            this.sliceStart = new int[SLICES + 1];
            double total = cumulative[cumulative.length - 1];
            int i = 0;
            for (int s = 0; s <= SLICES; s++) {
                double bound = total * s / SLICES;
                while (i < cumulative.length - 1 && cumulative[i] < bound) {
                    i++;
                }
                sliceStart[s] = i;
            }
        }

        /** The smallest index whose cumulative weight reaches u times the total. */
        int draw(double u) {
            double value = u * cumulative[cumulative.length - 1];
            int slice = (int) (u * SLICES);
            int lo = sliceStart[slice];
            int hi = sliceStart[Math.min(SLICES, slice + 1)];
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] < value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
