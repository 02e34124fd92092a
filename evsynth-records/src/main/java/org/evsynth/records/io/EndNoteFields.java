package org.evsynth.records.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evsynth.records.BibRecord;
import org.evsynth.records.Normalize;
import org.evsynth.records.RecordOrigin;
import org.evsynth.records.RecordType;

/** Maps the element values of one EndNote XML record to a {@link BibRecord}. */
final class EndNoteFields {

    private static final Map<String, RecordType> TYPES = Map.of(
            "journal article", RecordType.JOURNAL_ARTICLE,
            "conference proceedings", RecordType.CONFERENCE_PAPER,
            "conference paper", RecordType.CONFERENCE_PAPER,
            "book", RecordType.BOOK,
            "edited book", RecordType.BOOK,
            "book section", RecordType.BOOK_SECTION,
            "thesis", RecordType.THESIS,
            "report", RecordType.REPORT,
            "preprint", RecordType.PREPRINT);

    private EndNoteFields() {
    }

    static BibRecord toRecord(Map<String, List<String>> f, RecordOrigin origin) {
        String refType = first(f, "ref-type");
        List<String> urls = new ArrayList<>(all(f, "related-urls/url"));
        urls.addAll(all(f, "web-urls/url"));
        return BibRecord.builder()
                .type(refType == null ? RecordType.OTHER
                        : TYPES.getOrDefault(refType.toLowerCase(Locale.ROOT), RecordType.OTHER))
                .title(first(f, "title"))
                .authors(AuthorNames.parseEach(all(f, "authors/author")))
                .year(Normalize.year(firstOf(f, "year", "date")))
                .journal(firstOf(f, "full-title", "secondary-title"))
                .journalAbbreviation(firstOf(f, "abbr-1", "alt-title"))
                .volume(first(f, "volume"))
                .issue(firstOf(f, "issue", "number"))
                .pages(first(f, "pages"))
                .doi(first(f, "electronic-resource-num"))
                .pmid(pmid(f))
                .issn(firstLine(first(f, "isbn")))
                .abstractText(first(f, "abstract"))
                .keywords(splitLines(all(f, "keyword")))
                .publicationTypes(FieldValues.splitAll(all(f, "work-type"), ";"))
                .language(first(f, "language"))
                .urls(splitLines(urls))
                .sourceDatabase(database(f))
                .origin(origin)
                .original(f)
                .build();
    }

    private static String pmid(Map<String, List<String>> f) {
        String accession = first(f, "accession-num");
        if (!FieldValues.isNumericId(accession)) {
            return null;
        }
        String provider = firstOf(f, "remote-database-provider", "remote-database-name");
        boolean fromPubMed = provider == null || FieldValues.mentions(provider, "nlm")
                || FieldValues.mentions(provider, "pubmed") || FieldValues.mentions(provider, "medline");
        return fromPubMed ? accession.strip() : null;
    }

    private static String database(Map<String, List<String>> f) {
        String name = firstLine(first(f, "remote-database-name"));
        if (name != null) {
            return name;
        }
        String accession = first(f, "accession-num");
        if (accession != null && accession.startsWith("CN-")) {
            return "Cochrane CENTRAL";
        }
        String provider = first(f, "remote-database-provider");
        return FieldValues.mentions(provider, "nlm") ? "PubMed" : provider;
    }

    private static String first(Map<String, List<String>> f, String key) {
        List<String> values = f.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String firstOf(Map<String, List<String>> f, String... keys) {
        for (String key : keys) {
            String v = first(f, key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static List<String> all(Map<String, List<String>> f, String key) {
        return f.getOrDefault(key, List.of());
    }

    private static String firstLine(String value) {
        if (value == null) {
            return null;
        }
        List<String> lines = FieldValues.split(value, "[\\r\\n]+");
        return lines.isEmpty() ? null : lines.get(0);
    }

    private static List<String> splitLines(List<String> values) {
        return FieldValues.splitAll(values, "[\\r\\n]+");
    }
}
