package org.evsynth.records.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.evsynth.records.BibRecord;
import org.junit.jupiter.api.Test;

/**
 * Decoding: each line as UTF-8 when it is valid UTF-8 and as windows-1252 when it is not, so one Latin-1 line
 * does not mangle the UTF-8 text of the rest; UTF-16 with either byte order mark, and without one when the
 * zero bytes show it.
 */
class EncodingTest {

    @Test
    void oneLatin1LineInAUtf8FileIsDecodedAloneAndWarned() throws IOException {
        ImportResult r = RecordReaders.read(BrokenFiles.file("mixed-encoding.ris"));
        assertEquals("Rodríguez-Pastor", r.records().get(0).authors().get(0).family());
        assertEquals("Mougeot", r.records().get(0).authors().get(3).family());
        assertEquals("François", r.records().get(0).authors().get(3).given());
        assertEquals("£330,000 Welsh farmer scheme helps reduce flooding.", r.records().get(1).title());
        assertEquals(1, r.warnings().size(), () -> r.warnings().toString());
        ImportWarning w = r.warnings().get(0);
        assertEquals(37, w.line());
        assertTrue(w.message().contains("windows-1252"), w.message());
    }

    @Test
    void aWholeLatin1FileIsOneWarningAtItsFirstNonUtf8Line() throws IOException {
        byte[] latin1 = ("TY  - JOUR\nTI  - Caf\u00e9 study\nAU  - M\u00fcller, J\u00fcrgen\nER  - \n"
                + "TY  - JOUR\nTI  - Na\u00efve\nER  - \n").getBytes(StandardCharsets.ISO_8859_1);
        ImportResult r = RecordReaders.read("latin1.ris", latin1);
        assertEquals("Müller", r.records().get(0).authors().get(0).family());
        assertEquals("Naïve", r.records().get(1).title());
        assertEquals(1, r.warnings().size(), () -> r.warnings().toString());
        assertEquals(2, r.warnings().get(0).line());
        assertTrue(r.warnings().get(0).message().contains("3 lines"), r.warnings().get(0).message());
    }

    @Test
    void decodingIsPerLineAtTheByteLevel() {
        byte[] mixed = concat("M\u00fcller\n".getBytes(StandardCharsets.UTF_8),
                "Caf\u00e9\r\n".getBytes(StandardCharsets.ISO_8859_1), "\u00e9t\u00e9\rend".getBytes(StandardCharsets.UTF_8));
        DecodedText text = TextDecoder.decode(mixed);
        assertEquals("Müller\nCafé\r\nété\rend", text.text());
        assertEquals(List.of(2), text.windows1252Lines());
    }

    @Test
    void utf16LittleEndianWithBomAsEndNoteWritesItIsRead() throws IOException {
        assertSameRecords("endnote-tab.txt", RecordReaders.read(BrokenFiles.file("endnote-tab-utf16le.txt")));
    }

    @Test
    void utf16BigEndianWithBomIsRead() throws IOException {
        assertSameRecords("ebsco-asp.ris", RecordReaders.read(BrokenFiles.file("ebsco-utf16be.ris")));
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsZeroBytesAndWarned() throws IOException {
        ImportResult r = RecordReaders.read(BrokenFiles.file("pubmed-utf16le-nobom.txt"));
        assertSameRecords("pubmed.txt", new ImportResult(r.records(), List.of()));
        assertEquals(1, r.warnings().size(), () -> r.warnings().toString());
        assertTrue(r.warnings().get(0).message().contains("UTF-16LE"), r.warnings().get(0).message());
    }

    @Test
    void malformedUtf16IsReplacedAndWarnedWithTheLine() throws IOException {
        byte[] text = "TY  - JOUR\nTI  - A title\nER  - \n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bad = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text);
        int title = 2 + 2 * "TY  - JOUR\nTI  - ".length();
        bad[title] = 0x00;
        bad[title + 1] = (byte) 0xD8;
        ImportResult r = RecordReaders.read("bad16.ris", bad);
        assertEquals("\uFFFD title", r.records().get(0).title());
        assertEquals(2, r.warnings().get(0).line(), () -> r.warnings().toString());
    }

    private static void assertSameRecords(String golden, ImportResult actual) throws IOException {
        ImportResult expected = RecordReaders.read(BrokenFiles.golden(golden));
        assertEquals(expected.records().size(), actual.records().size());
        for (int i = 0; i < expected.records().size(); i++) {
            assertEquals(comparable(expected.records().get(i)), comparable(actual.records().get(i)));
        }
        assertEquals(expected.warnings().stream().map(ImportWarning::message).toList(),
                actual.warnings().stream().map(ImportWarning::message).toList());
    }

    private static BibRecord comparable(BibRecord r) {
        return r.toBuilder().origin(null).original(Map.of()).build();
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
