package org.evsynth.records.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.evsynth.records.BibRecord;

/**
 * Builds TF-IDF vectors of records (Salton &amp; Buckley 1988), the way scikit-learn's {@code TfidfVectorizer}
 * weighs them: term frequency tf (or 1 + ln tf when sublinear), times the smoothed inverse document frequency
 * idf = ln((1 + n) / (1 + df)) + 1, each row scaled to unit Euclidean length. The vocabulary is fitted on all the
 * records to be screened, labelled or not, as screening tools do: the words of the unscreened records are known.
 * Feature ids follow the order in which terms first appear, so the same records give the same matrix.
 */
public final class TfIdfVectorizer {

    /** Starts a whole heading's term, so that it never equals a word of the text (the analysers drop it). */
    private static final char HEADING_MARK = '\u00a7';

    private final FeatureSettings settings;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private final List<String> surfaces = new ArrayList<>();
    private int[] documentFrequency = new int[1024];

    private TfIdfVectorizer(FeatureSettings settings) {
        this.settings = settings;
    }

    /** The feature vectors of these records, in their order. */
    public static FeatureMatrix fit(List<BibRecord> records, FeatureSettings settings) {
        return new TfIdfVectorizer(settings).build(records);
    }

    private FeatureMatrix build(List<BibRecord> records) {
        int n = records.size();
        int[][] docTerms = new int[n][];
        int[][] docCounts = new int[n][];
        for (int d = 0; d < n; d++) {
            countTerms(records.get(d), d, docTerms, docCounts);
        }
        int[] newId = keptFeatureIds(n);
        List<String> keptTerms = new ArrayList<>();
        List<String> keptDisplay = new ArrayList<>();
        double[] idf = new double[terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            if (newId[t] >= 0) {
                keptTerms.add(terms.get(t));
                keptDisplay.add(surfaces.get(t));
                idf[t] = Math.log((1.0 + n) / (1.0 + documentFrequency[t])) + 1;
            }
        }
        List<SparseVector> rows = new ArrayList<>(n);
        for (int d = 0; d < n; d++) {
            rows.add(row(docTerms[d], docCounts[d], newId, idf));
            docTerms[d] = null;
            docCounts[d] = null;
        }
        return new FeatureMatrix(settings, keptTerms, keptDisplay, rows);
    }

    /** Counts the terms (and n-grams) of one record, as sorted provisional ids with their counts. */
    private void countTerms(BibRecord record, int d, int[][] docTerms, int[][] docCounts) {
        int[] found = new int[64];
        int size = 0;
        for (TextField field : settings.fields()) {
            boolean whole = field == TextField.KEYWORDS && settings.headings() == HeadingTerms.WHOLE;
            for (String value : field.values(record)) {
                if (whole) {
                    if (size == found.length) {
                        found = Arrays.copyOf(found, size * 2);
                    }
                    found[size++] = id(HEADING_MARK + value.toLowerCase(Locale.ROOT), value);
                    continue;
                }
                List<TextAnalysis.Token> tokens = settings.analysis().tokens(value);
                for (int i = 0; i < tokens.size(); i++) {
                    StringBuilder term = new StringBuilder();
                    StringBuilder surface = new StringBuilder();
                    for (int len = 1; len <= settings.maxNgram() && i + len <= tokens.size(); len++) {
                        TextAnalysis.Token token = tokens.get(i + len - 1);
                        if (len > 1) {
                            term.append(' ');
                            surface.append(' ');
                        }
                        term.append(token.term());
                        surface.append(token.surface());
                        if (size == found.length) {
                            found = Arrays.copyOf(found, size * 2);
                        }
                        found[size++] = id(term.toString(), surface.toString());
                    }
                }
            }
        }
        Arrays.sort(found, 0, size);
        int[] unique = new int[size];
        int[] counts = new int[size];
        int u = 0;
        for (int i = 0; i < size; i++) {
            if (u > 0 && unique[u - 1] == found[i]) {
                counts[u - 1]++;
            } else {
                unique[u] = found[i];
                counts[u++] = 1;
                documentFrequency[found[i]]++;
            }
        }
        docTerms[d] = Arrays.copyOf(unique, u);
        docCounts[d] = Arrays.copyOf(counts, u);
    }

    private int id(String term, String surface) {
        Integer known = ids.get(term);
        if (known != null) {
            return known;
        }
        int id = terms.size();
        ids.put(term, id);
        terms.add(term);
        surfaces.add(surface);
        if (id == documentFrequency.length) {
            documentFrequency = Arrays.copyOf(documentFrequency, id * 2);
        }
        return id;
    }

    /** For each provisional id the final feature id, or -1 when its document frequency is out of range. */
    private int[] keptFeatureIds(int n) {
        double maxDf = settings.maxDfFraction() * n;
        int[] newId = new int[terms.size()];
        int next = 0;
        for (int t = 0; t < terms.size(); t++) {
            int df = documentFrequency[t];
            newId[t] = df >= settings.minDf() && df <= maxDf ? next++ : -1;
        }
        return newId;
    }

    private SparseVector row(int[] termIds, int[] counts, int[] newId, double[] idf) {
        int kept = 0;
        for (int t : termIds) {
            if (newId[t] >= 0) {
                kept++;
            }
        }
        int[] indices = new int[kept];
        double[] weights = new double[kept];
        double norm = 0;
        int k = 0;
        for (int i = 0; i < termIds.length; i++) {
            int t = termIds[i];
            if (newId[t] < 0) {
                continue;
            }
            double tf = settings.sublinearTf() ? 1 + Math.log(counts[i]) : counts[i];
            indices[k] = newId[t];
            weights[k] = tf * idf[t];
            norm += weights[k] * weights[k];
            k++;
        }
        float[] values = new float[kept];
        double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
        for (int i = 0; i < kept; i++) {
            values[i] = (float) (weights[i] * scale);
        }
        return new SparseVector(indices, values);
    }
}
