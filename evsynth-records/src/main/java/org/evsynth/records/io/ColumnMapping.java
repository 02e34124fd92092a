package org.evsynth.records.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which CSV column feeds which record field. Each field has a list of header names tried in order, compared
 * without regard to case or surrounding space. {@link #defaults()} knows the headers of the Zotero, Embase,
 * EndNote tab-delimited, ASySD and Cohen et al. screening exports; {@link #parse(String)} reads a user's
 * mapping such as {@code "title=Article Title;authors=AU;year=PY"}.
 *
 * @param columns header names per field, in order of preference
 */
public record ColumnMapping(Map<CsvField, List<String>> columns) {

    public ColumnMapping {
        Map<CsvField, List<String>> copy = new EnumMap<>(CsvField.class);
        columns.forEach((field, names) -> copy.put(field, List.copyOf(names)));
        columns = Collections.unmodifiableMap(copy);
    }

    /** The headers of common exports. */
    public static ColumnMapping defaults() {
        Map<CsvField, List<String>> m = new LinkedHashMap<>();
        m.put(CsvField.TYPE, List.of("Item Type", "Reference Type", "ReferenceType", "Document Type", "type"));
        m.put(CsvField.TITLE, List.of("Title", "Article Title", "Document Title", "TI"));
        m.put(CsvField.AUTHORS, List.of("Author", "Authors", "Author Names", "AU"));
        m.put(CsvField.YEAR, List.of("Publication Year", "Year", "PY", "Date"));
        m.put(CsvField.JOURNAL, List.of("Publication Title", "Secondary Title", "Journal", "Source title",
                "Source Title", "PublicationName", "SO"));
        m.put(CsvField.JOURNAL_ABBREVIATION, List.of("Journal Abbreviation", "journal_abbreviation", "Abbreviated Source Title"));
        m.put(CsvField.VOLUME, List.of("Volume", "VL"));
        m.put(CsvField.ISSUE, List.of("Issue", "Number", "IS"));
        m.put(CsvField.PAGES, List.of("Pages", "Page", "Page range"));
        m.put(CsvField.START_PAGE, List.of("Page start", "Start Page", "BP"));
        m.put(CsvField.END_PAGE, List.of("Page end", "End Page", "EP"));
        m.put(CsvField.DOI, List.of("DOI", "DI"));
        m.put(CsvField.PMID, List.of("PMID", "PubMed ID", "pubmedID", "PM"));
        m.put(CsvField.ISSN, List.of("ISSN", "ISBN", "ISBN/ISSN", "SN"));
        m.put(CsvField.ABSTRACT, List.of("Abstract Note", "Abstract", "abstracts", "AB"));
        m.put(CsvField.KEYWORDS, List.of("Manual Tags", "Author Keywords", "keywords", "Keywords", "DE"));
        m.put(CsvField.SUBJECT_HEADINGS, List.of("MeSH Terms", "mesh_headings", "Emtree Medical Index Terms", "Index Keywords"));
        m.put(CsvField.PUBLICATION_TYPES, List.of("Publication Type", "Publication Types", "publication_types"));
        m.put(CsvField.REGISTRY_NUMBERS, List.of("Clinical Trial Numbers", "registry_numbers"));
        m.put(CsvField.LANGUAGE, List.of("Language", "Language of Original Document", "LA"));
        m.put(CsvField.URL, List.of("Url", "URL", "urls", "Link", "Open URL Link"));
        m.put(CsvField.SOURCE_DATABASE, List.of("Name of Database", "source_database", "Database", "Library Catalog"));
        m.put(CsvField.EMBASE_SOURCE, List.of("Source"));
        return new ColumnMapping(m);
    }

    /**
     * The Cohen et al. (2006) screening sets: their "keywords" column holds MeSH headings, not author keywords.
     */
    public static ColumnMapping cohenScreening() {
        Map<CsvField, List<String>> m = new EnumMap<>(defaults().columns);
        m.put(CsvField.KEYWORDS, List.of());
        m.put(CsvField.SUBJECT_HEADINGS, List.of("keywords"));
        return new ColumnMapping(m);
    }

    /** The default mapping that fits a header row: {@link #cohenScreening()} for those sets, else {@link #defaults()}. */
    static ColumnMapping forHeader(List<String> header) {
        boolean screening = header.stream().anyMatch(h -> h.strip().equalsIgnoreCase("pubmedID"))
                && header.stream().anyMatch(h -> h.strip().equalsIgnoreCase("label1"));
        return screening ? cohenScreening() : defaults();
    }

    /**
     * A mapping written as {@code field=Header;field=Header}, field names as in {@link CsvField} in any case
     * ("title", "authors", "start_page"); unnamed fields keep their defaults.
     *
     * @throws IllegalArgumentException naming the entry that is not {@code field=Header} or the unknown field
     */
    public static ColumnMapping parse(String spec) {
        Map<CsvField, List<String>> m = new EnumMap<>(defaults().columns);
        for (String entry : spec.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("column mapping entry '" + entry + "' is not field=Header");
            }
            String name = entry.substring(0, eq).strip().toUpperCase(Locale.ROOT).replace('-', '_');
            CsvField field;
            try {
                field = CsvField.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown field '" + entry.substring(0, eq).strip()
                        + "' in column mapping; known: " + List.of(CsvField.values()), e);
            }
            m.put(field, List.of(entry.substring(eq + 1).strip()));
        }
        return new ColumnMapping(m);
    }

    /** For each field, the index of the first of its headers present in the header row. */
    Map<CsvField, Integer> resolve(List<String> header) {
        List<String> folded = new ArrayList<>();
        for (String h : header) {
            folded.add(h.strip().toLowerCase(Locale.ROOT));
        }
        Map<CsvField, Integer> indexes = new EnumMap<>(CsvField.class);
        columns.forEach((field, names) -> {
            for (String name : names) {
                int i = folded.indexOf(name.toLowerCase(Locale.ROOT));
                if (i >= 0 && !indexes.containsValue(i)) {
                    indexes.put(field, i);
                    return;
                }
            }
        });
        return indexes;
    }
}
