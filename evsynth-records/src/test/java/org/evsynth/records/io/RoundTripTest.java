package org.evsynth.records.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.evsynth.records.BibRecord;
import org.evsynth.records.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What evsynth writes it reads back identically: records read from real exports of every format, written
 * as RIS (or CSV) and read again, equal the originals in every field but the origin and the raw tag map.
 */
class RoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"formats/asysd/zotero_export.ris", "formats/revtools/restoration_pubmed.nbib",
        "formats/revtools/restoration_WoS.ciw", "formats/asysd/zotero_export.bib", "dedup/copper-endnote.xml",
        "formats/asreview-demo/embase.csv", "screening/Triptans.csv", "formats/asreview-demo/ovid_psycinfo.ris"})
    void risWrittenReadsBackIdentically(String file) throws IOException {
        List<BibRecord> original = RecordReaders.read(SharedData.file(file)).records();
        StringWriter ris = new StringWriter();
        new RisWriter().write(original, ris);
        ImportResult back = new RisReader().read("back.ris", new StringReader(ris.toString()));
        assertEquals(List.of(), back.warnings());
        assertSameFields(original, back.records());
    }

    @ParameterizedTest
    @ValueSource(strings = {"formats/asysd/zotero_export.ris", "formats/revtools/restoration_pubmed.nbib",
        "dedup/copper-endnote.xml"})
    void csvWrittenReadsBackIdentically(String file) throws IOException {
        List<BibRecord> original = RecordReaders.read(SharedData.file(file)).records();
        StringWriter csv = new StringWriter();
        new CsvWriter().write(original, csv);
        ImportResult back = new CsvReader().read("back.csv", new StringReader(csv.toString()));
        assertSameFields(original, back.records());
    }

    private static void assertSameFields(List<BibRecord> expected, List<BibRecord> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(comparable(expected.get(i)), comparable(actual.get(i)), "record " + (i + 1));
        }
    }

    private static BibRecord comparable(BibRecord r) {
        return r.toBuilder().origin(null).original(Map.of()).build();
    }
}
