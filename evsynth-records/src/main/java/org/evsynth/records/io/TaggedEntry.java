package org.evsynth.records.io;

/**
 * One tagged value of a line-oriented export (RIS, MEDLINE, Web of Science), continuation lines joined.
 *
 * @param tag   the tag, e.g. "TI"
 * @param value the value, possibly empty
 * @param line  1-based line where the value started
 */
record TaggedEntry(String tag, String value, int line) {
}
