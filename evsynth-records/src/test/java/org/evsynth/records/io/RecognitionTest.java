package org.evsynth.records.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evsynth.records.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recognise and reject, as JabRef's importer tests do: every reader recognises its own real exports and no
 * other reader claims them, so detection does not depend on the order in which the readers are tried.
 */
class RecognitionTest {

    /** Every real export under ../shared/data with the reader that should read it (SharedExportsTest's list). */
    static Stream<Arguments> realExports() {
        return Stream.of(
                "formats/asreview-demo/_baseline.ris ris", "formats/asreview-demo/baseline_zotero.ris ris",
                "formats/asreview-demo/embase.csv csv", "formats/asreview-demo/embase.ris ris",
                "formats/asreview-demo/ovid_psycinfo.ris ris", "formats/asreview-demo/ovid_zotero.ris ris",
                "formats/asreview-demo/proquest.ris ris", "formats/asreview-demo/pubmed_endnote.txt ris",
                "formats/asreview-demo/pubmed_zotero.ris ris", "formats/asreview-demo/ris_issue_1099.txt ris",
                "formats/asreview-demo/ris_issue_992.txt ris", "formats/asreview-demo/scopus.ris ris",
                "formats/asreview-demo/web_of_science.txt ris", "formats/asysd/mendeley_export.xml endnote-xml",
                "formats/asysd/ris_export.txt ris", "formats/asysd/scopus.ris ris",
                "formats/asysd/test_export.bib bibtex", "formats/asysd/test_export.csv csv",
                "formats/asysd/test_export.ris ris", "formats/asysd/test_export.txt csv",
                "formats/asysd/wos_test.ris ris", "formats/asysd/zotero_export.bib bibtex",
                "formats/asysd/zotero_export.csv csv", "formats/asysd/zotero_export.ris ris",
                "formats/asysd/zotero_export.xml endnote-xml", "formats/revtools/avian_ecology_bibliography.ris ris",
                "formats/revtools/restoration_WoS.ciw wos", "formats/revtools/restoration_pubmed.nbib pubmed",
                "formats/revtools/restoration_scopus.ris ris", "formats/synthesisr/ASP_ris_example.ris ris",
                "formats/synthesisr/Ovid_ris_example.ris ris", "formats/synthesisr/PubMed_example.txt pubmed",
                "formats/synthesisr/Scopus_bib_example.bib bibtex", "formats/synthesisr/Scopus_ris_example.ris ris",
                "formats/synthesisr/WoS_ciw_example.ciw wos", "formats/synthesisr/WoS_txt_example.txt wos",
                "formats/synthesisr/citesource_issue_24.ris ris", "formats/synthesisr/extdata_scopus.ris ris",
                "formats/synthesisr/extdata_zoorec.txt wos", "dedup/asysd-diabetes-labelled.csv csv",
                "dedup/copper-endnote.xml endnote-xml", "screening/ADHD.csv csv", "screening/Triptans.csv csv")
                .map(s -> s.split(" ")).map(s -> Arguments.of(s[0], s[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realExports")
    void onlyItsOwnReaderRecognisesARealExport(String file, String format) throws IOException {
        assertOnlyRecognisedBy(format, decode(SharedData.file(file)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "endnote-long-prolog.xml, endnote-xml",
        "copper-40-broken.xml, endnote-xml",
        "xxe.xml, endnote-xml",
        "wos-header-cut.ciw, wos",
        "triptans-header-cut.csv, csv",
        "endnote-tab-utf16le.txt, csv",
        "ebsco-utf16be.ris, ris",
        "pubmed-utf16le-nobom.txt, pubmed",
        "mixed-encoding.ris, ris",
    })
    void damagedAndReEncodedFilesAreStillRecognised(String name, String format) throws IOException {
        assertOnlyRecognisedBy(format, decode(BrokenFiles.file(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "just some notes\nnothing bibliographic\n",
        "{\"records\": [{\"title\": \"A JSON file\"}]}\n",
        "<?xml version=\"1.0\"?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation>1</MedlineCitation>"
                + "</PubmedArticle></PubmedArticleSet>\n",
        "<?xml version=\"1.0\"?>\n<modsCollection><mods><titleInfo><title>A MODS record</title></titleInfo>"
                + "</mods></modsCollection>\n",
        "<!DOCTYPE html>\n<html><body><p>TY  - JOUR</p></body></html>\n",
        "Some text mentioning @article{key, in passing\n",
    })
    void noReaderClaimsOtherText(String text) {
        for (RecordReader reader : RecordReaders.all()) {
            assertEquals(false, reader.recognizes(text), reader.id());
        }
    }

    private static void assertOnlyRecognisedBy(String format, String text) {
        List<String> claimed = RecordReaders.all().stream().filter(r -> r.recognizes(text)).map(RecordReader::id)
                .toList();
        assertEquals(List.of(format), claimed);
        assertTrue(RecordReaders.detect(text).isPresent());
    }

    private static String decode(Path file) throws IOException {
        return TextDecoder.decode(Files.readAllBytes(file)).text();
    }
}
