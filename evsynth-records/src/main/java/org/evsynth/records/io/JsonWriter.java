package org.evsynth.records.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.evsynth.records.Author;
import org.evsynth.records.BibRecord;

/**
 * Writes an {@link ImportResult} as indented JSON, {@code {"records": [...], "warnings": [...]}}, every field
 * present (null or [] when absent) in a fixed order, so the output can be compared as text: the golden-file
 * tests and {@code evsynth records --format json} both use it. The raw {@code original()} map is not written.
 */
public final class JsonWriter {

    public void write(ImportResult result, Writer out) throws IOException {
        out.write("{\n  \"records\": [");
        List<BibRecord> records = result.records();
        for (int i = 0; i < records.size(); i++) {
            out.write(i == 0 ? "\n" : ",\n");
            writeRecord(records.get(i), out);
        }
        out.write(records.isEmpty() ? "],\n" : "\n  ],\n");
        out.write("  \"warnings\": [");
        List<ImportWarning> warnings = result.warnings();
        for (int i = 0; i < warnings.size(); i++) {
            ImportWarning w = warnings.get(i);
            out.write(i == 0 ? "\n" : ",\n");
            out.write(String.format(Locale.ROOT, "    {\"file\": %s, \"line\": %d, \"field\": %s, \"message\": %s}",
                    quote(w.file()), w.line(), quote(w.field()), quote(w.message())));
        }
        out.write(warnings.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    }

    private static void writeRecord(BibRecord r, Writer out) throws IOException {
        StringBuilder b = new StringBuilder("    {\n");
        field(b, "file", quote(r.origin() == null ? null : r.origin().file()));
        field(b, "position", r.origin() == null ? "null" : Integer.toString(r.origin().position()));
        field(b, "line", r.origin() == null ? "null" : Integer.toString(r.origin().line()));
        field(b, "type", quote(r.type().name()));
        field(b, "title", quote(r.title()));
        field(b, "authors", authors(r.authors()));
        field(b, "year", r.year() == null ? "null" : r.year().toString());
        field(b, "journal", quote(r.journal()));
        field(b, "journal_abbreviation", quote(r.journalAbbreviation()));
        field(b, "volume", quote(r.volume()));
        field(b, "issue", quote(r.issue()));
        field(b, "pages", quote(r.pages()));
        field(b, "doi", quote(r.doi()));
        field(b, "pmid", quote(r.pmid()));
        field(b, "issn", quote(r.issn()));
        field(b, "abstract", quote(r.abstractText()));
        field(b, "keywords", strings(r.keywords()));
        field(b, "mesh_headings", strings(r.meshHeadings()));
        field(b, "publication_types", strings(r.publicationTypes()));
        field(b, "registry_numbers", strings(r.registryNumbers()));
        field(b, "language", quote(r.language()));
        field(b, "urls", strings(r.urls()));
        b.append("      \"source_database\": ").append(quote(r.sourceDatabase())).append("\n    }");
        out.write(b.toString());
    }

    private static void field(StringBuilder b, String name, String json) {
        b.append("      \"").append(name).append("\": ").append(json).append(",\n");
    }

    private static String authors(List<Author> authors) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < authors.size(); i++) {
            Author a = authors.get(i);
            b.append(i == 0 ? "" : ", ").append("{\"family\": ").append(quote(a.family()))
                    .append(", \"given\": ").append(quote(a.given())).append('}');
        }
        return b.append(']').toString();
    }

    private static String strings(List<String> values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
        }
        return b.append(']').toString();
    }

    /** A JSON string literal (RFC 8259 escapes), or null. */
    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }
}
