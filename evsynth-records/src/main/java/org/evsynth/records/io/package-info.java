/**
 * Reading and writing records. Readers follow one contract ({@link org.evsynth.records.io.RecordReader}):
 * an id, detection from content, and a read that either returns every record of the file with file- and
 * line-numbered warnings, or throws {@link org.evsynth.records.io.IncompleteFileException} when the file does
 * not parse to its end, so that an import can take all of a file or none of it.
 * {@link org.evsynth.records.io.RecordReaders} detects the format of a file and reads it; RIS, CSV and JSON
 * writers keep every field, and the CSV writer neutralises formulas ({@link org.evsynth.records.io.SpreadsheetSafe}).
 */
package org.evsynth.records.io;
