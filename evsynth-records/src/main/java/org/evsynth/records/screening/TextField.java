package org.evsynth.records.screening;

import java.util.ArrayList;
import java.util.List;

import org.evsynth.records.BibRecord;

/** The parts of a record that feed the screening model's features. */
public enum TextField {
    /** The title. */
    TITLE,
    /** The abstract. */
    ABSTRACT,
    /**
     * Author keywords and subject headings (MeSH, Emtree), each heading one value so that bigrams never join two
     * headings; the major-topic star and the subheading after a slash ("*Heart Failure/th") are dropped.
     */
    KEYWORDS;

    /** The text values of this field in a record, in record order; empty when the record has none. */
    public List<String> values(BibRecord record) {
        List<String> out = new ArrayList<>();
        switch (this) {
            case TITLE -> addIfPresent(out, record.title());
            case ABSTRACT -> addIfPresent(out, record.abstractText());
            case KEYWORDS -> {
                record.keywords().forEach(k -> addIfPresent(out, k));
                record.meshHeadings().forEach(h -> addIfPresent(out, heading(h)));
            }
        }
        return out;
    }

    /** A subject heading without its major-topic star and subheadings. */
    static String heading(String written) {
        String h = written.strip();
        while (h.startsWith("*")) {
            h = h.substring(1);
        }
        int slash = h.indexOf('/');
        return slash > 0 ? h.substring(0, slash).strip() : h;
    }

    private static void addIfPresent(List<String> out, String value) {
        if (value != null && !value.isBlank()) {
            out.add(value);
        }
    }
}
