package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evsynth.records.Author;
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
 * @param bibliographic     authors, journal and the other source fields, never null
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
        Integer year,
        Bibliographic bibliographic) {

    /**
     * The source fields of a record and its dates.
     *
     * @param authors  "family initials", as Ovid's author field writes them ("smith jc")
     * @param journals the journal's full and abbreviated titles
     * @param issn     ISSN or ISBN, or null
     * @param doi      DOI, or null
     * @param volume   volume, or null
     * @param issue    issue, or null
     * @param pages    pages, or null
     * @param database the database the record came from, or null
     * @param dates    dates by Ovid field code ({@code ed}, {@code ez}, {@code dt}, {@code da}, {@code up},
     *                 {@code dp}), as the export wrote them
     */
    public record Bibliographic(List<String> authors, List<String> journals, String issn, String doi, String volume,
            String issue, String pages, String database, Map<String, String> dates) {

        /** None of the fields. */
        public static final Bibliographic NONE = new Bibliographic(List.of(), List.of(), null, null, null, null, null,
                null, Map.of());

        public Bibliographic {
            authors = authors == null ? List.of() : List.copyOf(authors);
            journals = journals == null ? List.of() : List.copyOf(journals);
            dates = dates == null ? Map.of() : Map.copyOf(dates);
        }
    }

    /**
     * PubMed's MEDLINE-format date tags and the Ovid date field each one is: DCOM is the entry date Ovid MEDLINE
     * searches with {@code .ed.} and {@code em=}, EDAT the Entrez date ({@code .ez.}), CRDT the create date
     * ({@code .dt.}), MHDA the MeSH date ({@code .da.}), LR the update date ({@code .up.}), DP the publication date
     * ({@code .dp.}). (NLM, MEDLINE/PubMed Data Element Descriptions; Polyglot v4's Ovid/PubMed rows.)
     */
    private static final String[][] PUBMED_DATES = {
        {"DCOM", "ed"}, {"EDAT", "ez"}, {"CRDT", "dt"}, {"MHDA", "da"}, {"LR", "up"}, {"DP", "dp"},
    };

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        subjectHeadings = subjectHeadings == null ? List.of() : List.copyOf(subjectHeadings);
        publicationTypes = publicationTypes == null ? List.of() : List.copyOf(publicationTypes);
        registryNumbers = registryNumbers == null ? List.of() : List.copyOf(registryNumbers);
        bibliographic = bibliographic == null ? Bibliographic.NONE : bibliographic;
    }

    /** A document with no source fields beyond the year. */
    public SearchDocument(String id, String pmid, String title, String abstractText, List<String> keywords,
            List<String> subjectHeadings, List<String> publicationTypes, List<String> registryNumbers,
            String language, Integer year) {
        this(id, pmid, title, abstractText, keywords, subjectHeadings, publicationTypes, registryNumbers, language,
                year, Bibliographic.NONE);
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
        List<String> authors = new ArrayList<>();
        for (Author a : record.authors()) {
            String initials = a.given() == null ? "" : a.initials();
            authors.add((a.family() == null ? "" : a.family()) + (initials.isEmpty() ? "" : " " + initials));
        }
        List<String> journals = new ArrayList<>();
        if (record.journal() != null) {
            journals.add(record.journal());
        }
        if (record.journalAbbreviation() != null) {
            journals.add(record.journalAbbreviation());
        }
        Map<String, String> dates = new LinkedHashMap<>();
        for (String[] tag : PUBMED_DATES) {
            List<String> values = record.original().get(tag[0]);
            if (values != null && !values.isEmpty()) {
                dates.put(tag[1], values.get(0));
            }
        }
        Bibliographic bibliographic = new Bibliographic(authors, journals, record.issn(), record.doi(),
                record.volume(), record.issue(), record.pages(), record.sourceDatabase(), dates);
        return new SearchDocument(id, record.pmid(), record.title(), record.abstractText(), record.keywords(),
                record.meshHeadings(), record.publicationTypes(), record.registryNumbers(), record.language(),
                record.year(), bibliographic);
    }
}
