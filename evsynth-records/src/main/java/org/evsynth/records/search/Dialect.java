package org.evsynth.records.search;

import java.util.Locale;

/**
 * The interfaces whose syntax evsynth runs.
 *
 * <p>Most CLEF TAR 2017 strategies are Ovid MEDLINE; a few are PubMed ({@code term[tiab]},
 * {@code Heading[mesh]}). Both are read into the same {@link SearchNode} tree. Which one a line is in is told by
 * {@link SyntaxDetector}, or given ({@code --syntax ovid|pubmed}).
 */
public enum Dialect {
    OVID("Ovid"),
    PUBMED("PubMed");

    private final String title;

    Dialect(String title) {
        this.title = title;
    }

    /** "Ovid", "PubMed". */
    public String title() {
        return title;
    }

    /** The dialect named by {@code ovid} or {@code pubmed}, any case. */
    public static Dialect named(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /** PubMed if the text carries PubMed field tags and no Ovid syntax outweighs them, else Ovid. */
    public static Dialect detect(String strategyText) {
        int pubmed = 0;
        int ovid = 0;
        for (String line : strategyText.split("\\R")) {
            SyntaxDetector.Detection d = SyntaxDetector.detect(line);
            if (d != null && d.dialect() == PUBMED) {
                pubmed++;
            } else if (d != null && d.dialect() == OVID) {
                ovid++;
            }
        }
        return pubmed > ovid ? PUBMED : OVID;
    }
}
