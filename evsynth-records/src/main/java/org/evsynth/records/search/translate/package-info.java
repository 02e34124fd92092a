/**
 * Writing a parsed strategy in another interface's syntax, line by line, as the Systematic Review Accelerator's
 * Polyglot does (Clark et al. 2020): PubMed, Ovid MEDLINE, Embase on Ovid, the Cochrane Library, Scopus and Web of
 * Science. Field codes come from Polyglot's own table (v4, read at run time from a committed copy); every line
 * whose translation is not exact carries a comment saying why (a MeSH heading with no Emtree equivalent, a
 * truncation the target lacks, proximity PubMed cannot express).
 */
package org.evsynth.records.search.translate;
