package org.evsynth.records.search.translate;

import java.util.Locale;
import java.util.Optional;

/** The interfaces a strategy can be translated to, by the word {@code --translate} takes. */
public enum TargetInterface {
    PUBMED("pubmed", "PubMed", "PubMed abbreviation"),
    OVID_MEDLINE("ovid-medline", "Ovid MEDLINE", "Ovid MEDLINE"),
    OVID_EMBASE("ovid-embase", "Embase (Ovid)", "Embase (Elsevier)"),
    COCHRANE_LIBRARY("cochrane-library", "Cochrane Library", "Cochrane Library"),
    SCOPUS("scopus", "Scopus", "Scopus (advanced search)"),
    WOS("wos", "Web of Science", "WoS Advanced");

    private final String id;
    private final String title;
    private final String column;

    TargetInterface(String id, String title, String column) {
        this.id = id;
        this.title = title;
        this.column = column;
    }

    /** The word on the command line: {@code pubmed}, {@code ovid-medline}, ... */
    public String id() {
        return id;
    }

    /** The interface's name, for comments. */
    public String title() {
        return title;
    }

    /** The column of Polyglot's table that holds this interface's syntax. */
    String column() {
        return column;
    }

    /** The target named by its command-line word, any case. */
    public static Optional<TargetInterface> byId(String id) {
        for (TargetInterface t : values()) {
            if (t.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** "pubmed, ovid-medline, ...", for messages. */
    public static String ids() {
        StringBuilder out = new StringBuilder();
        for (TargetInterface t : values()) {
            out.append(out.length() == 0 ? "" : ", ").append(t.id);
        }
        return out.toString();
    }
}
