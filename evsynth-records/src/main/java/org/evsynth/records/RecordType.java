package org.evsynth.records;

/** The kind of publication a bibliographic record describes. */
public enum RecordType {
    JOURNAL_ARTICLE,
    CONFERENCE_PAPER,
    BOOK,
    BOOK_SECTION,
    THESIS,
    REPORT,
    PREPRINT,
    TRIAL_REGISTRATION,
    OTHER
}
