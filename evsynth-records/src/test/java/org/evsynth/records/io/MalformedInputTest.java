package org.evsynth.records.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evsynth.records.BibRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged and awkward input: the readers keep what they can and say, with file and line, what they could not. */
class MalformedInputTest {

    private static final String TWO_RECORDS = "TY  - JOUR\nTI  - First title\nAU  - Smith, John\nPY  - 2001\nER  - \n\n"
            + "TY  - JOUR\nTI  - Second title\nAU  - Jones, Ann\nPY  - 2002\nER  - \n";

    @TempDir
    Path dir;

    private ImportResult read(String name, byte[] bytes) throws IOException {
        return RecordReaders.read(name, bytes);
    }

    private ImportResult read(String name, String text) throws IOException {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void truncatedRisKeepsTheCompleteRecordsAndTheStartedOne() throws IOException {
        String truncated = TWO_RECORDS.substring(0, TWO_RECORDS.indexOf("AU  - Jones"));
        ImportResult r = read("cut.ris", truncated);
        assertEquals(2, r.records().size());
        assertEquals("Second title", r.records().get(1).title());
        assertEquals(1, r.warnings().size());
        ImportWarning w = r.warnings().get(0);
        assertEquals("cut.ris", w.file());
        assertEquals(7, w.line());
        assertTrue(w.message().contains("no ER tag at the end of the file"), w.message());
    }

    @Test
    void missingErTagClosesTheRecordAtTheNextTyWithAWarning() throws IOException {
        String noEr = TWO_RECORDS.replaceFirst("ER  - \n", "");
        ImportResult r = read("no-er.ris", noEr);
        assertEquals(2, r.records().size());
        assertEquals("First title", r.records().get(0).title());
        assertEquals(2001, r.records().get(0).year());
        assertEquals("Second title", r.records().get(1).title());
        assertEquals(1, r.warnings().size());
        assertEquals(1, r.warnings().get(0).line());
        assertTrue(r.warnings().get(0).message().contains("has no ER tag before line"));
    }

    @Test
    void mixedLineEndingsReadAsLines() throws IOException {
        String mixed = "TY  - JOUR\r\nTI  - Mixed\rAU  - Smith, John\nPY  - 2001\r\nER  - \r"
                + "TY  - JOUR\nTI  - Other\r\nER  - \n";
        ImportResult r = read("mixed.ris", mixed);
        assertEquals(2, r.records().size());
        assertEquals("Mixed", r.records().get(0).title());
        assertEquals("Smith", r.records().get(0).authors().get(0).family());
        assertEquals(6, r.records().get(1).origin().line());
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void oneMegabyteAbstractIsReadWhole() throws IOException {
        String abstractText = "word ".repeat(210_000).strip();
        String ris = "TY  - JOUR\nTI  - Long\nAB  - " + abstractText + "\nER  - \n";
        ImportResult r = read("long.ris", ris);
        assertEquals(abstractText.length(), r.records().get(0).abstractText().length());
        assertTrue(abstractText.length() > 1_000_000);
    }

    @Test
    void oneMegabyteAbstractWrappedOverManyLinesIsJoinedQuickly() throws IOException {
        String line = "      " + "x".repeat(73) + "\n";
        String medline = "PMID- 1\nTI  - Long\nAB  - start\n" + line.repeat(14_000) + "FAU - Smith, John\n";
        long start = System.nanoTime();
        ImportResult r = read("long.nbib", medline);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "linear, not quadratic, joining");
        assertEquals("start".length() + 14_000 * 74, r.records().get(0).abstractText().length());
        assertEquals("Smith", r.records().get(0).authors().get(0).family());
    }

    @Test
    void latin1BytesAreDecodedAsWindows1252WithAWarningNamingTheLine() throws IOException {
        byte[] latin1 = "TY  - JOUR\nTI  - Caf\u00e9 study\nAU  - M\u00fcller, J\u00fcrgen\nER  - \n"
                .getBytes(Charset.forName("ISO-8859-1"));
        ImportResult r = read("latin1.ris", latin1);
        assertEquals("Café study", r.records().get(0).title());
        assertEquals("Müller", r.records().get(0).authors().get(0).family());
        assertEquals(1, r.warnings().size());
        assertEquals(2, r.warnings().get(0).line());
        assertTrue(r.warnings().get(0).message().contains("windows-1252"));
    }

    @Test
    void byteOrderMarkIsRemovedBeforeDetection() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = TWO_RECORDS.getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(text, 0, both, bom.length, text.length);
        ImportResult r = read("bom.ris", both);
        assertEquals(2, r.records().size());
        assertEquals("JOUR", r.records().get(0).original().get("TY").get(0));
    }

    @Test
    void emptyFileGivesNoRecordsAndAWarning() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.ris"));
        ImportResult r = RecordReaders.read(empty);
        assertTrue(r.records().isEmpty());
        assertEquals("file is empty", r.warnings().get(0).message());
    }

    @Test
    void missingFileIsAnErrorNamingTheFile() {
        Path missing = dir.resolve("nowhere.ris");
        IOException e = assertThrows(IOException.class, () -> RecordReaders.read(missing));
        assertTrue(e.getMessage().contains("nowhere.ris") && e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void unknownFormatIsAnErrorNamingTheFile() {
        IOException e = assertThrows(UnrecognizedFormatException.class,
                () -> read("notes.txt", "just some notes\nnothing bibliographic\n"));
        assertTrue(e.getMessage().startsWith("notes.txt: format not recognised"), e.getMessage());
    }

    @Test
    void brokenXmlIsAnIncompleteFileThatStillShowsTheRecordsBeforeTheError() {
        String xml = "<?xml version=\"1.0\"?><xml><records>\n<record><titles><title>Kept</title></titles></record>\n"
                + "<record><titles><title>Broken</titles></record>\n";
        IncompleteFileException e = assertThrows(IncompleteFileException.class, () -> read("broken.xml", xml));
        assertEquals(1, e.partial().records().size());
        assertEquals("Kept", e.partial().records().get(0).title());
        assertEquals(3, e.line());
        assertTrue(e.reason().startsWith("XML is not well formed"), e.reason());
    }

    @Test
    void unbalancedBibtexEntryIsSkippedAndTheNextOneRead() throws IOException {
        String bib = "@article{a,\n  title = {Unclosed {brace},\n  year = 2001\n}\n"
                + "@article{b,\n  title = {Fine},\n  year = 2002\n}\n";
        ImportResult r = read("broken.bib", bib);
        assertEquals(1, r.records().size(), () -> r.toString());
        assertEquals("Fine", r.records().get(0).title());
        assertEquals(1, r.warnings().get(0).line());
    }

    @Test
    void extraClosingBraceKeepsTheFieldsAfterItWithAWarning() throws IOException {
        ImportResult r = RecordReaders.read(BrokenFiles.file("unbalanced-brace.bib"));
        assertEquals(3, r.records().size());
        BibRecord first = r.records().get(0);
        assertEquals("Title 1", first.title());
        assertEquals(2020, first.year());
        assertEquals("Journal 1", first.journal());
        assertEquals("10", first.volume());
        assertEquals("1-10", first.pages());
        assertEquals("Abstract 1", first.abstractText());
        assertEquals("Title 2", r.records().get(1).title());
        assertEquals(1, r.warnings().size(), () -> r.warnings().toString());
        ImportWarning w = r.warnings().get(0);
        assertEquals(4, w.line());
        assertTrue(w.message().contains("'}'"), w.message());
    }

    @Test
    void strayClosingBraceAfterAnEntryIsWarnedAndIgnored() throws IOException {
        ImportResult r = read("stray.bib", "@article{a,\n  title = {Fine},\n  year = 2001\n}}\n@article{b, title={B}}\n");
        assertEquals(2, r.records().size());
        assertEquals(2001, r.records().get(0).year());
        assertEquals(1, r.warnings().size(), () -> r.warnings().toString());
        assertEquals(4, r.warnings().get(0).line());
    }

    @Test
    void raggedCsvRowIsReadWithAWarning() throws IOException {
        ImportResult r = read("ragged.csv", "Title,Year,DOI\nFirst,2001,10.1/a\nSecond,2002\n");
        assertEquals(2, r.records().size());
        assertNull(r.records().get(1).doi());
        assertEquals(3, r.warnings().get(0).line());
    }

    @Test
    void recordWithoutUsableFieldsStillHasItsOrigin() throws IOException {
        ImportResult r = read("bare.ris", "TY  - JOUR\nER  - \n");
        BibRecord only = r.records().get(0);
        assertNull(only.title());
        assertEquals(1, only.origin().position());
        assertEquals(1, only.origin().line());
    }
}
