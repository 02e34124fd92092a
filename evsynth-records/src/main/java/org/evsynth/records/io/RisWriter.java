package org.evsynth.records.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.evsynth.records.Author;
import org.evsynth.records.BibRecord;

/**
 * Writes records as RIS that reference managers import and that {@link RisReader} reads back to the same
 * records (origin and raw original aside). Lines end in CRLF as the specification asks. Subject headings go
 * to MH and registry numbers to RG, tags outside the specification that other tools ignore.
 */
public final class RisWriter {

    public void write(List<BibRecord> records, Writer out) throws IOException {
        for (BibRecord r : records) {
            write(r, out);
        }
    }

    public void write(BibRecord r, Writer out) throws IOException {
        tag(out, "TY", RisReader.TYPE_TAGS.get(r.type()));
        tag(out, "TI", r.title());
        for (Author a : r.authors()) {
            // A trailing comma keeps a name without given names (a group) from being split on reading.
            tag(out, "AU", a.given() == null ? a.family() + "," : a.display());
        }
        tag(out, "PY", r.year() == null ? null : r.year().toString());
        tag(out, "T2", r.journal());
        tag(out, "J2", r.journalAbbreviation());
        tag(out, "VL", r.volume());
        tag(out, "IS", r.issue());
        writePages(out, r.pages());
        tag(out, "DO", r.doi());
        tag(out, "AN", r.pmid() == null ? null : "PMID:" + r.pmid());
        tag(out, "SN", r.issn());
        tag(out, "AB", r.abstractText());
        tags(out, "KW", r.keywords());
        tags(out, "MH", r.meshHeadings());
        tags(out, "M3", r.publicationTypes());
        tags(out, "RG", r.registryNumbers());
        tag(out, "LA", r.language());
        tags(out, "UR", r.urls());
        tag(out, "DB", r.sourceDatabase());
        out.write("ER  - \r\n\r\n");
    }

    private static void writePages(Writer out, String pages) throws IOException {
        if (pages == null) {
            return;
        }
        int dash = pages.indexOf('-');
        if (dash > 0 && dash < pages.length() - 1) {
            tag(out, "SP", pages.substring(0, dash));
            tag(out, "EP", pages.substring(dash + 1));
        } else {
            tag(out, "SP", pages);
        }
    }

    private static void tags(Writer out, String tag, List<String> values) throws IOException {
        for (String v : values) {
            tag(out, tag, v);
        }
    }

    private static void tag(Writer out, String tag, String value) throws IOException {
        if (value != null) {
            out.write(tag);
            out.write("  - ");
            out.write(value);
            out.write("\r\n");
        }
    }
}
