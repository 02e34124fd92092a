/**
 * Bibliographic records: the immutable {@link org.evsynth.records.BibRecord} every reader produces, its
 * {@link org.evsynth.records.Author} and {@link org.evsynth.records.RecordOrigin}, and the
 * {@link org.evsynth.records.Normalize normalisations} (DOI, pages, entities, folding for matching).
 */
package org.evsynth.records;
