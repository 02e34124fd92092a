package org.evsynth.report.bundle;

import java.util.Locale;

/**
 * One thing wrong with an analysis bundle, with where to fix it.
 *
 * @param file the file, as a path relative to the bundle where possible
 * @param line 1-based line, 0 when the problem is the file as a whole
 * @param path the key path in review.yaml, e.g. "comparisons[0].outcomes[2].measure", or "" for CSV files
 * @param message what is wrong
 */
public record BundleProblem(String file, int line, String path, String message) {

    /** "review.yaml, line 14, comparisons[0].outcomes[2].measure: 'XX' is not one of ...". */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(String.format(Locale.ROOT, ", line %d", line));
        }
        if (!path.isEmpty()) {
            s.append(", ").append(path);
        }
        return s.append(": ").append(message).toString();
    }
}
