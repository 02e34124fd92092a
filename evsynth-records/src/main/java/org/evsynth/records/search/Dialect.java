package org.evsynth.records.search;

import java.util.Locale;

/**
 * The interfaces whose syntax evsynth runs.
 *
 * <p>Most CLEF TAR strategies are Ovid MEDLINE; some are PubMed ({@code term[tiab]}, {@code Heading[mesh]}).
 * Cochrane reviews and NICE appendices also print the Cochrane Library's search manager lines
 * ({@code #1 MeSH descriptor: [Heart Failure] explode all trees}, {@code (shock):ti,ab,kw}) and Embase.com's
 * ({@code 'heart failure'/exp}, {@code [embase]/lim}). All are read into the same {@link SearchNode} tree. Which
 * one a line is in is told by {@link SyntaxDetector}, or given ({@code --syntax}).
 */
public enum Dialect {
    OVID("Ovid", "ovid"),
    PUBMED("PubMed", "pubmed"),
    COCHRANE("Cochrane Library", "cochrane-library"),
    EMBASE_COM("Embase.com", "embase-com");

    private final String title;
    private final String id;

    Dialect(String title, String id) {
        this.title = title;
        this.id = id;
    }

    /** "Ovid", "PubMed", "Cochrane Library", "Embase.com". */
    public String title() {
        return title;
    }

    /** The word used on the command line and in JSON: {@code ovid}, {@code cochrane-library}, ... */
    public String id() {
        return id;
    }

    /** True for the interfaces that qualify fields with a colon and number lines #N. */
    boolean colonFields() {
        return this == COCHRANE || this == EMBASE_COM;
    }

    /** The dialect named by its id or constant name, any case ({@code ovid}, {@code embase-com}). */
    public static Dialect named(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Dialect d : values()) {
            if (d.id.equals(wanted) || d.name().equalsIgnoreCase(wanted)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown search syntax '" + name + "'");
    }

}
