package org.evsynth.records.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.evsynth.records.Author;
import org.evsynth.records.BibRecord;
import org.evsynth.records.ControlCharacters;
import org.junit.jupiter.api.Test;

/**
 * Control characters (a NUL, terminal escape sequences, a vertical tab, the C1 CSI) never reach a record from
 * any reader: they are removed on input and each removal is a warning naming the line and the field.
 */
class ControlCharacterInputTest {

    private static ImportResult read(String name) throws IOException {
        ImportResult r = RecordReaders.read(BrokenFiles.file(name));
        assertEquals(1, r.records().size(), () -> r.warnings().toString());
        for (String value : everyString(r.records().get(0))) {
            assertFalse(ControlCharacters.contains(value), () -> name + ": control character left in '" + value + "'");
        }
        return r;
    }

    private static void assertWarned(ImportResult r, int line, String field) {
        assertTrue(r.warnings().stream().anyMatch(w -> w.line() == line && field.equals(w.field())
                && w.message().contains("control character")), () -> "no warning on line " + line + " [" + field
                + "]: " + r.warnings());
    }

    @Test
    void ris() throws IOException {
        ImportResult r = read("control-chars.ris");
        BibRecord record = r.records().get(0);
        assertEquals("Copper surfaces", record.title());
        assertEquals("First second wrapped line", record.abstractText());
        assertWarned(r, 2, "TI");
        assertWarned(r, 4, "AB");
        assertWarned(r, 5, "AB");
        assertEquals(3, r.warnings().size(), () -> r.warnings().toString());
    }

    @Test
    void pubMed() throws IOException {
        ImportResult r = read("control-chars.nbib");
        assertEquals("Copper surfaces", r.records().get(0).title());
        assertEquals("Abstract continued", r.records().get(0).abstractText());
        assertWarned(r, 2, "TI");
        assertWarned(r, 3, "AB");
        assertWarned(r, 4, "AB");
    }

    @Test
    void webOfScience() throws IOException {
        ImportResult r = read("control-chars.ciw");
        assertEquals("Copper surfaces", r.records().get(0).title());
        assertEquals("JTEST", r.records().get(0).journal());
        assertWarned(r, 5, "TI");
        assertWarned(r, 6, "SO");
    }

    @Test
    void bibTex() throws IOException {
        ImportResult r = read("control-chars.bib");
        BibRecord record = r.records().get(0);
        assertEquals("Copper surfaces", record.title());
        assertEquals("J Test", record.journal());
        assertEquals(2001, record.year());
        assertEquals("smith2001", record.original().get("@key").get(0));
        assertWarned(r, 1, "@key");
        assertWarned(r, 2, "title");
        assertWarned(r, 4, "journal");
        assertWarned(r, 4, "year");
    }

    @Test
    void csv() throws IOException {
        ImportResult r = read("control-chars.csv");
        assertEquals("Copper surfaces", r.records().get(0).title());
        assertEquals("Abstract second line", r.records().get(0).abstractText());
        assertWarned(r, 2, "Title");
        assertWarned(r, 2, "Abstract");
    }

    @Test
    void endNoteXml() throws IOException {
        ImportResult r = read("control-chars.xml");
        assertEquals("Copper surfaces", r.records().get(0).title());
        assertEquals("Abstract and next", r.records().get(0).abstractText());
        assertWarned(r, 3, "title");
        assertWarned(r, 5, "abstract");
    }

    @Test
    void cleanInputHasNoSuchWarning() throws IOException {
        ImportResult r = RecordReaders.read(BrokenFiles.golden("ebsco-asp.ris"));
        assertTrue(r.warnings().stream().noneMatch(w -> w.message().contains("control character")));
    }

    private static List<String> everyString(BibRecord r) {
        List<String> out = new ArrayList<>();
        for (String s : new String[] {r.title(), r.journal(), r.journalAbbreviation(), r.volume(), r.issue(),
            r.pages(), r.doi(), r.pmid(), r.issn(), r.abstractText(), r.language(), r.sourceDatabase()}) {
            if (s != null) {
                out.add(s);
            }
        }
        for (Author a : r.authors()) {
            out.add(a.family());
            if (a.given() != null) {
                out.add(a.given());
            }
        }
        out.addAll(r.keywords());
        out.addAll(r.urls());
        r.original().forEach((tag, values) -> {
            out.add(tag);
            out.addAll(values);
        });
        return out;
    }
}
