package org.evsynth.records.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import org.evsynth.records.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every real export under ../shared/data is read whole, with its format detected from content: the record
 * counts are those of the files (counted independently: TY or PT tags, PMID lines, record elements, rows).
 */
class SharedExportsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "formats/asreview-demo/_baseline.ris, ris, 100, 0",
        "formats/asreview-demo/baseline_zotero.ris, ris, 100, 0",
        "formats/asreview-demo/embase.csv, csv, 6, 0",
        "formats/asreview-demo/embase.ris, ris, 6, 0",
        "formats/asreview-demo/ovid_psycinfo.ris, ris, 6, 0",
        "formats/asreview-demo/ovid_zotero.ris, ris, 6, 0",
        "formats/asreview-demo/proquest.ris, ris, 6, 0",
        "formats/asreview-demo/pubmed_endnote.txt, ris, 6, 0",
        "formats/asreview-demo/pubmed_zotero.ris, ris, 6, 0",
        "formats/asreview-demo/ris_issue_1099.txt, ris, 7, 0",
        "formats/asreview-demo/ris_issue_992.txt, ris, 19, 0",
        "formats/asreview-demo/scopus.ris, ris, 6, 0",
        "formats/asreview-demo/web_of_science.txt, ris, 10, 0",
        "formats/asysd/mendeley_export.xml, endnote-xml, 1233, 0",
        "formats/asysd/ris_export.txt, ris, 69, 0",
        "formats/asysd/scopus.ris, ris, 10, 0",
        "formats/asysd/test_export.bib, bibtex, 3, 0",
        "formats/asysd/test_export.csv, csv, 3, 0",
        "formats/asysd/test_export.ris, ris, 3, 3",
        "formats/asysd/test_export.txt, csv, 3, 0",
        "formats/asysd/wos_test.ris, ris, 50, 0",
        "formats/asysd/zotero_export.bib, bibtex, 1000, 0",
        "formats/asysd/zotero_export.csv, csv, 1233, 0",
        "formats/asysd/zotero_export.ris, ris, 1000, 0",
        "formats/asysd/zotero_export.xml, endnote-xml, 1233, 0",
        "formats/revtools/avian_ecology_bibliography.ris, ris, 20, 0",
        "formats/revtools/restoration_WoS.ciw, wos, 247, 0",
        "formats/revtools/restoration_pubmed.nbib, pubmed, 104, 0",
        "formats/revtools/restoration_scopus.ris, ris, 286, 0",
        "formats/synthesisr/ASP_ris_example.ris, ris, 4, 0",
        "formats/synthesisr/Ovid_ris_example.ris, ris, 4, 0",
        "formats/synthesisr/PubMed_example.txt, pubmed, 3, 0",
        "formats/synthesisr/Scopus_bib_example.bib, bibtex, 3, 0",
        "formats/synthesisr/Scopus_ris_example.ris, ris, 3, 0",
        "formats/synthesisr/WoS_ciw_example.ciw, wos, 5, 0",
        "formats/synthesisr/WoS_txt_example.txt, wos, 4, 0",
        "formats/synthesisr/citesource_issue_24.ris, ris, 17, 0",
        "formats/synthesisr/extdata_scopus.ris, ris, 92, 0",
        "formats/synthesisr/extdata_zoorec.txt, wos, 134, 0",
        "dedup/asysd-diabetes-labelled.csv, csv, 1845, 1",
        "dedup/copper-endnote.xml, endnote-xml, 505, 0",
        "screening/ADHD.csv, csv, 851, 0",
        "screening/BetaBlockers.csv, csv, 2072, 0",
        "screening/Opiods.csv, csv, 1915, 0",
        "screening/ProtonPumpInhibitors.csv, csv, 1333, 0",
        "screening/Triptans.csv, csv, 671, 0",
        "screening/UrinaryIncontinence.csv, csv, 327, 0",
    })
    void readsEveryRecordOfTheRealExport(String file, String format, int records, int warnings) throws IOException {
        var path = SharedData.file(file);
        String head = TextDecoder.decode(Files.readAllBytes(path)).text();
        assertEquals(format, RecordReaders.detect(head).orElseThrow().id(), "detected format");
        ImportResult result = RecordReaders.read(path);
        assertEquals(records, result.records().size(), "records");
        assertEquals(warnings, result.warnings().size(), () -> "warnings: " + result.warnings());
    }
}
