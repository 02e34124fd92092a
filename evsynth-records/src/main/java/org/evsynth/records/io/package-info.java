/**
 * Reading and writing records. Readers follow one contract ({@link org.evsynth.records.io.RecordReader}):
 * an id, detection from content, and a read that returns records with file- and line-numbered warnings.
 * {@link org.evsynth.records.io.RecordReaders} detects the format of a file and reads it; RIS, CSV and JSON
 * writers keep every field.
 */
package org.evsynth.records.io;
