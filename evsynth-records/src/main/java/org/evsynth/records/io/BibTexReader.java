package org.evsynth.records.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.evsynth.records.Author;
import org.evsynth.records.BibRecord;
import org.evsynth.records.Normalize;
import org.evsynth.records.RecordOrigin;
import org.evsynth.records.RecordType;

/**
 * BibTeX and BibLaTeX (.bib) as Zotero, JabRef, Scopus and Google Scholar write them. Field values are
 * decoded from LaTeX ({@link Latex}); authors are split at top-level "and", and a name wholly in braces is
 * kept as a corporate author.
 */
public final class BibTexReader implements RecordReader {

    private static final Pattern DETECT = Pattern.compile("(?m)^\\s*@[A-Za-z]+\\s*[{(]");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    private static final Map<String, RecordType> TYPES = Map.ofEntries(
            Map.entry("article", RecordType.JOURNAL_ARTICLE), Map.entry("inproceedings", RecordType.CONFERENCE_PAPER),
            Map.entry("conference", RecordType.CONFERENCE_PAPER), Map.entry("proceedings", RecordType.BOOK),
            Map.entry("book", RecordType.BOOK), Map.entry("incollection", RecordType.BOOK_SECTION),
            Map.entry("inbook", RecordType.BOOK_SECTION), Map.entry("phdthesis", RecordType.THESIS),
            Map.entry("mastersthesis", RecordType.THESIS), Map.entry("thesis", RecordType.THESIS),
            Map.entry("techreport", RecordType.REPORT), Map.entry("report", RecordType.REPORT));

    @Override
    public String id() {
        return "bibtex";
    }

    @Override
    public boolean recognizes(String text) {
        return DETECT.matcher(FormatHead.of(text)).find();
    }

    @Override
    public ImportResult read(String name, Reader input) throws IOException {
        WarningSink warnings = new WarningSink(name);
        List<BibRecord> records = new ArrayList<>();
        for (BibTexParser.Entry entry : new BibTexParser(TextLines.readAll(input), warnings).parse()) {
            RecordOrigin origin = new RecordOrigin(name, records.size() + 1, entry.line());
            try {
                records.add(toRecord(entry, origin));
            } catch (RuntimeException e) {
                warnings.add(entry.line(), null, "entry '" + entry.key() + "' skipped: " + e.getMessage());
            }
        }
        return new ImportResult(records, warnings.list());
    }

    private static BibRecord toRecord(BibTexParser.Entry e, RecordOrigin origin) {
        Map<String, String> f = e.fields();
        boolean inBook = e.type().equals("inproceedings") || e.type().equals("incollection");
        BibRecord.Builder b = BibRecord.builder()
                .type(TYPES.getOrDefault(e.type(), RecordType.OTHER))
                .title(text(f, "title"))
                .authors(authors(f.get("author")))
                .year(Normalize.year(first(f, "year", "date")))
                .journal(inBook ? first(f, "booktitle", "journal") : first(f, "journal", "journaltitle", "booktitle"))
                .journalAbbreviation(first(f, "shortjournal", "journal_abbrev", "abbrev_source_title"))
                .volume(text(f, "volume"))
                .issue(first(f, "number", "issue"))
                .pages(first(f, "pages", "art_number", "eid"))
                .doi(text(f, "doi"))
                .pmid(first(f, "pmid", "pubmed_id"))
                .issn(first(f, "issn", "isbn"))
                .abstractText(text(f, "abstract"))
                .keywords(keywords(first(f, "keywords", "author_keywords")))
                .publicationTypes(FieldValues.split(first(f, "document_type", "type"), ";"))
                .language(text(f, "language"))
                .urls(FieldValues.split(text(f, "url"), "\\s+"))
                .sourceDatabase(text(f, "source"));
        b.addOriginal("@type", e.type()).addOriginal("@key", e.key());
        f.forEach(b::addOriginal);
        return b.origin(origin).build();
    }

    private static List<Author> authors(String raw) {
        List<Author> out = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return out;
        }
        for (String name : splitTopLevel(raw.strip())) {
            String n = name.strip();
            Author a = n.startsWith("{") && n.endsWith("}") && n.indexOf('{', 1) < 0
                    ? new Author(Latex.decode(n.substring(1, n.length() - 1)), null)
                    : AuthorNames.parseGivenFirst(Latex.decode(n));
            if (a != null && !a.family().isEmpty()) {
                out.add(a);
            }
        }
        return out;
    }

    /** Splits at " and " outside braces. */
    private static List<String> splitTopLevel(String raw) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && Character.isWhitespace(c)) {
                var m = AND.matcher(raw).region(i, raw.length());
                if (m.lookingAt()) {
                    parts.add(raw.substring(start, i));
                    start = m.end();
                    i = m.end() - 1;
                }
            }
        }
        parts.add(raw.substring(start));
        return parts;
    }

    private static List<String> keywords(String value) {
        if (value == null) {
            return List.of();
        }
        return FieldValues.split(value, value.contains(";") ? ";" : ",");
    }

    private static String text(Map<String, String> f, String field) {
        return Latex.decode(f.get(field));
    }

    private static String first(Map<String, String> f, String... fields) {
        for (String field : fields) {
            String v = text(f, field);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
