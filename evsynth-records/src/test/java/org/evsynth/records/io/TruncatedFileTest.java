package org.evsynth.records.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.evsynth.records.BibRecord;
import org.junit.jupiter.api.Test;

/**
 * Files cut short (make_broken.py cuts real exports in the middle of a record, between records, or inside the
 * header): the complete records are kept, the partial last one is kept too, and a warning names the line
 * where the cut record starts and says the file looks truncated. A file that yields no record says so.
 */
class TruncatedFileTest {

    private static ImportResult read(String name) throws IOException {
        return RecordReaders.read(BrokenFiles.file(name));
    }

    private static ImportWarning onlyWarning(ImportResult result) {
        assertEquals(1, result.warnings().size(), () -> result.warnings().toString());
        return result.warnings().get(0);
    }

    private static void assertTruncatedAt(ImportWarning warning, String file, int line) {
        assertTrue(warning.file().endsWith(file), warning.toString());
        assertEquals(line, warning.line(), warning.toString());
        assertTrue(warning.message().contains("truncated"), warning.toString());
    }

    @Test
    void pubMedCutInsideARecordWarnsOnItsFirstLine() throws IOException {
        ImportResult r = read("pubmed-cut.nbib");
        assertEquals(4, r.records().size());
        assertTruncatedAt(onlyWarning(r), "pubmed-cut.nbib", r.records().get(3).origin().line());
        assertTrue(onlyWarning(r).message().contains("SO"), onlyWarning(r).message());
    }

    @Test
    void risCutInsideARecordWarnsOnItsFirstLine() throws IOException {
        ImportResult r = read("scopus-cut.ris");
        assertEquals(4, r.records().size());
        assertTruncatedAt(onlyWarning(r), "scopus-cut.ris", 68);
    }

    @Test
    void webOfScienceCutInsideARecordWarnsOnceOnItsFirstLine() throws IOException {
        ImportResult r = read("wos-cut.ciw");
        assertEquals(4, r.records().size());
        assertTruncatedAt(onlyWarning(r), "wos-cut.ciw", 136);
    }

    @Test
    void webOfScienceCutBetweenRecordsWarnsThatTheEndOfFileLineIsMissing() throws IOException {
        ImportResult r = read("wos-cut-after-record.ciw");
        assertEquals(3, r.records().size());
        ImportWarning w = onlyWarning(r);
        assertTruncatedAt(w, "wos-cut-after-record.ciw", 134);
        assertTrue(w.message().contains("EF"), w.message());
    }

    @Test
    void webOfScienceCutInsideItsHeaderHasNoRecordsAndSaysSo() throws IOException {
        ImportResult r = read("wos-header-cut.ciw");
        assertTrue(r.records().isEmpty());
        assertTruncatedAt(onlyWarning(r), "wos-header-cut.ciw", 2);
        assertTrue(onlyWarning(r).message().contains("no records"), onlyWarning(r).message());
    }

    @Test
    void csvCutInsideAQuotedCellWarnsOnceWithTheLineTheCellStarts() throws IOException {
        ImportResult r = read("triptans-cut.csv");
        assertEquals(4, r.records().size());
        assertTruncatedAt(onlyWarning(r), "triptans-cut.csv", 5);
        assertNotNull(r.records().get(3).title());
    }

    @Test
    void csvCutInsideItsHeaderHasNoRecordsAndSaysSo() throws IOException {
        ImportResult r = read("triptans-header-cut.csv");
        assertTrue(r.records().isEmpty());
        assertTruncatedAt(onlyWarning(r), "triptans-header-cut.csv", 1);
        assertTrue(onlyWarning(r).message().contains("no records"), onlyWarning(r).message());
    }

    @Test
    void csvLastRowCutBetweenCellsWarnsThatItIsShort() throws IOException {
        ImportResult r = RecordReaders.read("cut.csv", "Title,Year,DOI\nFirst,2001,10.1/a\nSecond,20".getBytes());
        assertEquals(2, r.records().size());
        assertTruncatedAt(onlyWarning(r), "cut.csv", 3);
    }

    @Test
    void bibTexCutInsideAnEntryKeepsTheFieldsBeforeTheCut() throws IOException {
        ImportResult r = read("zotero-cut.bib");
        assertEquals(3, r.records().size(), () -> r.warnings().toString());
        BibRecord cut = r.records().get(2);
        assertNotNull(cut.title());
        assertTruncatedAt(onlyWarning(r), "zotero-cut.bib", cut.origin().line());
    }

    @Test
    void completeRealExportsStillGiveNoTruncationWarning() throws IOException {
        for (String name : List.of("pubmed.nbib", "pubmed.txt", "wos.ciw", "zotero.csv", "scopus.bib",
                "endnote.ris", "embase.csv")) {
            ImportResult r = RecordReaders.read(BrokenFiles.golden(name));
            assertTrue(r.warnings().stream().noneMatch(w -> w.message().contains("truncated")), name + ": "
                    + r.warnings());
        }
    }

    @Test
    void aRecognisedFileWithoutRecordsSaysSo() throws IOException {
        ImportResult r = RecordReaders.read("empty.ciw", "FN Clarivate Analytics Web of Science\nVR 1.0\nEF\n".getBytes());
        assertTrue(r.records().isEmpty());
        assertTrue(onlyWarning(r).message().contains("no records"), onlyWarning(r).message());
    }
}
