package org.evsynth.records;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One bibliographic record, immutable, whatever format it was read from.
 *
 * <p>Absent scalars are {@code null}, absent lists are empty. The canonical constructor normalises what every
 * consumer relies on: blank text becomes null, titles and journals have HTML entities decoded and whitespace
 * collapsed ({@link Normalize#text}), the DOI is lower case without resolver prefix ({@link Normalize#doi}) and
 * page ranges are expanded ({@link Normalize#pages}). The text as the export had it stays in {@link #original()},
 * keyed by the format's own tags, so nothing read is lost; only control characters ({@link ControlCharacters})
 * are removed everywhere, tags and original values included, because no field may carry them.
 *
 * @param type                the kind of publication, never null ({@link RecordType#OTHER} when unknown)
 * @param title               the article, chapter or book title
 * @param authors             authors in order
 * @param year                year of publication
 * @param journal             the full journal (or book, or conference) title
 * @param journalAbbreviation the abbreviated journal title
 * @param volume              volume
 * @param issue               issue
 * @param pages               pages, "123-129" or a single page or article number
 * @param doi                 DOI, "10.1000/xyz"
 * @param pmid                PubMed identifier
 * @param issn                ISSN (or ISBN for books), as given
 * @param abstractText        the abstract
 * @param keywords            author keywords
 * @param meshHeadings        MeSH or Emtree headings as written, e.g. "*Heart Failure/th"
 * @param publicationTypes    publication types, e.g. "Randomized Controlled Trial"
 * @param registryNumbers     registry or CAS numbers, and trial registration ids
 * @param language            language of the text
 * @param urls                links to the record
 * @param sourceDatabase      the database the record came from ("MEDLINE", "Embase", "Scopus", ...)
 * @param origin              file, position and line it was read from; null for records built in code
 * @param original            the raw tag to values map as read, in file order
 */
public record BibRecord(
        RecordType type,
        String title,
        List<Author> authors,
        Integer year,
        String journal,
        String journalAbbreviation,
        String volume,
        String issue,
        String pages,
        String doi,
        String pmid,
        String issn,
        String abstractText,
        List<String> keywords,
        List<String> meshHeadings,
        List<String> publicationTypes,
        List<String> registryNumbers,
        String language,
        List<String> urls,
        String sourceDatabase,
        RecordOrigin origin,
        Map<String, List<String>> original) {

    public BibRecord {
        type = type == null ? RecordType.OTHER : type;
        title = Normalize.text(title);
        authors = authors == null ? List.of() : List.copyOf(authors);
        journal = Normalize.text(journal);
        journalAbbreviation = Normalize.text(journalAbbreviation);
        volume = Normalize.text(volume);
        issue = Normalize.text(issue);
        pages = Normalize.pages(pages);
        doi = Normalize.doi(doi);
        pmid = Normalize.text(pmid);
        issn = Normalize.text(issn);
        abstractText = Normalize.paragraphs(abstractText);
        keywords = cleanList(keywords);
        meshHeadings = cleanList(meshHeadings);
        publicationTypes = cleanList(publicationTypes);
        registryNumbers = cleanList(registryNumbers);
        language = Normalize.text(language);
        urls = cleanList(urls);
        sourceDatabase = Normalize.text(sourceDatabase);
        original = copyOriginal(original);
    }

    /** A builder with every field absent. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's fields, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The first author, or null when the record has none. */
    public Author firstAuthor() {
        return authors.isEmpty() ? null : authors.get(0);
    }

    /** The same record with another origin; used when records are read back or renumbered. */
    public BibRecord withOrigin(RecordOrigin newOrigin) {
        return toBuilder().origin(newOrigin).build();
    }

    private static List<String> cleanList(List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(values.size());
        for (String value : values) {
            String clean = Normalize.text(value);
            if (clean != null) {
                out.add(clean);
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, List<String>> copyOriginal(Map<String, List<String>> raw) {
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (raw.entrySet().stream().noneMatch(e -> ControlCharacters.contains(e.getKey())
                || e.getValue().stream().anyMatch(ControlCharacters::contains))) {
            raw.forEach((tag, values) -> copy.put(Objects.requireNonNull(tag, "original tag"), List.copyOf(values)));
            return Collections.unmodifiableMap(copy);
        }
        raw.forEach((tag, values) -> {
            String cleanTag = ControlCharacters.strip(Objects.requireNonNull(tag, "original tag")).text();
            List<String> clean = copy.computeIfAbsent(cleanTag, t -> new ArrayList<>(values.size()));
            for (String value : values) {
                clean.add(ControlCharacters.strip(Objects.requireNonNull(value, "original value")).text());
            }
        });
        copy.replaceAll((tag, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(copy);
    }

    /** Mutable builder for {@link BibRecord}; list setters copy their argument. */
    public static final class Builder {
        private RecordType type = RecordType.OTHER;
        private String title;
        private List<Author> authors = new ArrayList<>();
        private Integer year;
        private String journal;
        private String journalAbbreviation;
        private String volume;
        private String issue;
        private String pages;
        private String doi;
        private String pmid;
        private String issn;
        private String abstractText;
        private List<String> keywords = new ArrayList<>();
        private List<String> meshHeadings = new ArrayList<>();
        private List<String> publicationTypes = new ArrayList<>();
        private List<String> registryNumbers = new ArrayList<>();
        private String language;
        private List<String> urls = new ArrayList<>();
        private String sourceDatabase;
        private RecordOrigin origin;
        private Map<String, List<String>> original = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(BibRecord r) {
            type = r.type;
            title = r.title;
            authors = new ArrayList<>(r.authors);
            year = r.year;
            journal = r.journal;
            journalAbbreviation = r.journalAbbreviation;
            volume = r.volume;
            issue = r.issue;
            pages = r.pages;
            doi = r.doi;
            pmid = r.pmid;
            issn = r.issn;
            abstractText = r.abstractText;
            keywords = new ArrayList<>(r.keywords);
            meshHeadings = new ArrayList<>(r.meshHeadings);
            publicationTypes = new ArrayList<>(r.publicationTypes);
            registryNumbers = new ArrayList<>(r.registryNumbers);
            language = r.language;
            urls = new ArrayList<>(r.urls);
            sourceDatabase = r.sourceDatabase;
            origin = r.origin;
            original = new LinkedHashMap<>(r.original);
        }

        public Builder type(RecordType value) { type = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder authors(List<Author> value) { authors = new ArrayList<>(value); return this; }
        public Builder addAuthor(Author value) { authors.add(value); return this; }
        public Builder year(Integer value) { year = value; return this; }
        public Builder journal(String value) { journal = value; return this; }
        public Builder journalAbbreviation(String value) { journalAbbreviation = value; return this; }
        public Builder volume(String value) { volume = value; return this; }
        public Builder issue(String value) { issue = value; return this; }
        public Builder pages(String value) { pages = value; return this; }
        public Builder doi(String value) { doi = value; return this; }
        public Builder pmid(String value) { pmid = value; return this; }
        public Builder issn(String value) { issn = value; return this; }
        public Builder abstractText(String value) { abstractText = value; return this; }
        public Builder keywords(List<String> value) { keywords = new ArrayList<>(value); return this; }
        public Builder addKeyword(String value) { keywords.add(value); return this; }
        public Builder meshHeadings(List<String> value) { meshHeadings = new ArrayList<>(value); return this; }
        public Builder addMeshHeading(String value) { meshHeadings.add(value); return this; }
        public Builder publicationTypes(List<String> value) { publicationTypes = new ArrayList<>(value); return this; }
        public Builder addPublicationType(String value) { publicationTypes.add(value); return this; }
        public Builder registryNumbers(List<String> value) { registryNumbers = new ArrayList<>(value); return this; }
        public Builder addRegistryNumber(String value) { registryNumbers.add(value); return this; }
        public Builder language(String value) { language = value; return this; }
        public Builder urls(List<String> value) { urls = new ArrayList<>(value); return this; }
        public Builder addUrl(String value) { urls.add(value); return this; }
        public Builder sourceDatabase(String value) { sourceDatabase = value; return this; }
        public Builder origin(RecordOrigin value) { origin = value; return this; }
        public Builder original(Map<String, List<String>> value) { original = new LinkedHashMap<>(value); return this; }

        /** Appends a raw value under its tag in {@link BibRecord#original()}. */
        public Builder addOriginal(String tag, String value) {
            original.computeIfAbsent(tag, t -> new ArrayList<>()).add(value);
            return this;
        }

        /** The year if not set yet; readers call it with each date-like field in order of preference. */
        public Builder yearIfAbsent(Integer value) {
            if (year == null) {
                year = value;
            }
            return this;
        }

        public String title() { return title; }
        public String doi() { return doi; }
        public String pages() { return pages; }
        public Integer year() { return year; }
        public String journal() { return journal; }
        public String sourceDatabase() { return sourceDatabase; }
        public RecordType type() { return type; }

        public BibRecord build() {
            return new BibRecord(type, title, authors, year, journal, journalAbbreviation, volume, issue, pages,
                    doi, pmid, issn, abstractText, keywords, meshHeadings, publicationTypes, registryNumbers,
                    language, urls, sourceDatabase, origin, original);
        }
    }
}
