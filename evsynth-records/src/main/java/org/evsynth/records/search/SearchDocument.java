package org.evsynth.records.search;

import java.util.List;
import java.util.Objects;
import org.evsynth.records.BibRecord;

/**
 * What the search index needs of a record, and nothing else, so strategies can be run on records from any
 * source (or built by hand in tests).
 *
 * @param id                caller's identifier, returned with matches (a PMID, or "file#position")
 * @param pmid              PubMed identifier, searched by Ovid's {@code .ui.}; or null
 * @param title             title, or null
 * @param abstractText      abstract, or null
 * @param keywords          author keywords
 * @param subjectHeadings   MeSH or other subject headings as written: {@code *Heart Failure/th}
 * @param publicationTypes  publication types
 * @param registryNumbers   registry numbers and substance names
 * @param language          language name or code ("English", "eng"), or null
 * @param year              publication year, or null
 */
public record SearchDocument(
        String id,
        String pmid,
        String title,
        String abstractText,
        List<String> keywords,
        List<String> subjectHeadings,
        List<String> publicationTypes,
        List<String> registryNumbers,
        String language,
        Integer year) {

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        subjectHeadings = subjectHeadings == null ? List.of() : List.copyOf(subjectHeadings);
        publicationTypes = publicationTypes == null ? List.of() : List.copyOf(publicationTypes);
        registryNumbers = registryNumbers == null ? List.of() : List.copyOf(registryNumbers);
    }

    /** The searchable part of a record; the id is "file#position" when the record has an origin, else its PMID. */
    public static SearchDocument of(BibRecord record) {
        String id = record.origin() != null
                ? record.origin().file() + "#" + record.origin().position()
                : Objects.requireNonNullElse(record.pmid(), "");
        return of(id, record);
    }

    /** The searchable part of a record, under a caller's id. */
    public static SearchDocument of(String id, BibRecord record) {
        return new SearchDocument(id, record.pmid(), record.title(), record.abstractText(), record.keywords(),
                record.meshHeadings(), record.publicationTypes(), record.registryNumbers(), record.language(),
                record.year());
    }
}
