package org.evsynth.app.web.pages;

import java.util.List;

/**
 * The owner's import page: the form to upload exported searches, what the last upload did file by file, and every
 * search imported so far with its strategy's hits line by line.
 *
 * @param chrome   the layout
 * @param results  what each file of the upload just sent did (empty when nothing was sent)
 * @param searches every search, withdrawn ones included, newest first
 * @param form     the values to put back in the form
 * @param limit    the upload limit, for people ("200 MB")
 */
public record ImportView(Chrome chrome, List<FileResult> results, List<SearchRow> searches, Form form,
        String limit) {

    /** What happened to one file. */
    public enum Outcome { ADDED, ALREADY_IMPORTED, REFUSED }

    /**
     * One file of the upload.
     *
     * @param fileName the file's name
     * @param outcome  added, imported before (nothing added), or refused (nothing added)
     * @param search   the search it is recorded as, or 0 when refused
     * @param records  records added
     * @param warnings the reader's line-numbered warnings
     * @param problem  why it was refused, or null
     * @param hits     the strategy's hits per line on its records
     */
    public record FileResult(String fileName, Outcome outcome, long search, int records, List<String> warnings,
            String problem, List<HitLine> hits) {

        public FileResult {
            warnings = List.copyOf(warnings);
            hits = List.copyOf(hits);
        }
    }

    /** One line of a strategy: its number, text, hits on the imported records and the hits the database reported. */
    public record HitLine(int number, String text, Integer hits, Integer reported) {
    }

    /** One search imported. */
    public record SearchRow(long id, String source, String kind, String searchedOn, String fileName, int records,
            String importedAt, String importedBy, boolean withdrawn, String strategy, List<HitLine> hits) {

        public SearchRow {
            hits = List.copyOf(hits);
        }
    }

    /** The form's values. */
    public record Form(String source, boolean register, String searched, String strategy) {

        public static final Form EMPTY = new Form("", false, "", "");
    }

    public ImportView {
        results = List.copyOf(results);
        searches = List.copyOf(searches);
    }
}
