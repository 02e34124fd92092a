package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A subject heading as records write it, split into its parts: {@code *Heart Failure/th},
 * {@code Heart Failure/drug therapy/*mortality} (PubMed MEDLINE format), or a bare descriptor.
 *
 * @param name        the descriptor, normalised by {@link TextNormalizer#phrase}
 * @param major       whether the descriptor or any of its qualifiers is starred (major topic)
 * @param subheadings the qualifiers as two-letter codes
 */
record IndexedHeading(String name, boolean major, List<String> subheadings) {

    static IndexedHeading parse(String written) {
        String[] parts = written.split("/");
        boolean major = written.contains("*");
        List<String> subheadings = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isBlank()) {
                subheadings.add(Subheadings.code(parts[i]));
            }
        }
        return new IndexedHeading(TextNormalizer.phrase(parts[0]), major, List.copyOf(subheadings));
    }
}
