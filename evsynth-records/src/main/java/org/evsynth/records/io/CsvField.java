package org.evsynth.records.io;

/** The record fields a CSV column can be mapped to. */
public enum CsvField {
    TYPE, TITLE, AUTHORS, YEAR, JOURNAL, JOURNAL_ABBREVIATION, VOLUME, ISSUE, PAGES, START_PAGE, END_PAGE, DOI,
    PMID, ISSN, ABSTRACT, KEYWORDS, SUBJECT_HEADINGS, PUBLICATION_TYPES, REGISTRY_NUMBERS, LANGUAGE, URL,
    SOURCE_DATABASE,
    /** Embase's combined citation, "Journal (2014) 3:3 (152-160). Date of Publication: 2014". */
    EMBASE_SOURCE
}
