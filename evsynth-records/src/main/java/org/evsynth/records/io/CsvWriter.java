package org.evsynth.records.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evsynth.records.Author;
import org.evsynth.records.BibRecord;

/**
 * Writes records as RFC 4180 CSV, one row per record with every field and its origin; lists are joined with
 * "; ". Cells a spreadsheet would run as formulas are neutralised ({@link SpreadsheetSafe}). {@link CsvReader}
 * reads the file back with its default mapping, to the same records.
 */
public final class CsvWriter {

    /** The header row, in column order. */
    public static final List<String> HEADER = List.of("file", "position", "type", "title", "authors", "year",
            "journal", "journal_abbreviation", "volume", "issue", "pages", "doi", "pmid", "issn", "abstract",
            "keywords", "mesh_headings", "publication_types", "registry_numbers", "language", "urls",
            "source_database");

    public void write(List<BibRecord> records, Writer out) throws IOException {
        row(out, HEADER);
        for (BibRecord r : records) {
            row(out, cells(r));
        }
    }

    private static List<String> cells(BibRecord r) {
        List<String> authors = new ArrayList<>();
        for (Author a : r.authors()) {
            authors.add(a.display());
        }
        return Arrays.asList(
                r.origin() == null ? null : r.origin().file(),
                r.origin() == null ? null : Integer.toString(r.origin().position()),
                r.type().name(), r.title(), String.join("; ", authors),
                r.year() == null ? null : r.year().toString(), r.journal(), r.journalAbbreviation(), r.volume(),
                r.issue(), r.pages(), r.doi(), r.pmid(), r.issn(), r.abstractText(),
                String.join("; ", r.keywords()), String.join("; ", r.meshHeadings()),
                String.join("; ", r.publicationTypes()), String.join("; ", r.registryNumbers()), r.language(),
                String.join(" ", r.urls()), r.sourceDatabase());
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(SpreadsheetSafe.cell(cells.get(i))));
        }
        out.write("\r\n");
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        boolean needs = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || !value.equals(value.strip());
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
