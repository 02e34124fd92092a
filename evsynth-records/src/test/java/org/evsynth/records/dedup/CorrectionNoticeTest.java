package org.evsynth.records.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import org.evsynth.records.Author;
import org.evsynth.records.BibRecord;
import org.evsynth.records.RecordOrigin;
import org.evsynth.records.RecordType;
import org.evsynth.records.SharedData;
import org.evsynth.records.io.RecordReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Correction notices: the same erratum exported by two databases is one record, whatever each database made
 * of its title ("Corrigendum to “X” (Journal (2017) ...)" in Scopus, "X (vol 104, pg 150, 2017)" in Web of
 * Science), and an erratum never merges with the paper it corrects.
 */
class CorrectionNoticeTest {

    private static final String TITLE = "Liraglutide and cardiovascular outcomes in type 2 diabetes";

    private static BibRecord.Builder notice(String title, String file) {
        return BibRecord.builder().type(RecordType.JOURNAL_ARTICLE).title(title)
                .authors(List.of(new Author("Marso", "S. P."), new Author("Daniels", "G. H.")))
                .year(2017).journal("New England Journal of Medicine").volume("377").pages("1798")
                .origin(new RecordOrigin(file, 1, 1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Corrigendum to “Soil carbon storage: Implications for restoration” (Ecological Engineering (2017) 104(PA) "
                + "(150–157), (S0925857417301921) (10.1016/j.ecoleng.2017.04.027)) | Soil carbon storage: Implications for restoration",
        "Soil carbon storage: Implications for restoration (vol 104, pg 150, 2017) | Soil carbon storage: Implications for restoration",
        "Correction to: Seedbanks following Phragmites control (Estuaries and Coasts, (2018), 41, 8, (2212-2225), "
                + "10.1007/s12237-018-0418-6) | Seedbanks following Phragmites control",
        "Erratum to 'Children's copper intake' [J Trace Elem 12 (2017) 1-2] | Children's copper intake",
        "Corrigendum to \"Chicken semen cryopreservation\". | Chicken semen cryopreservation",
        "Erratum: Liraglutide and outcomes. | Liraglutide and outcomes.",
        "Corrigendum: Liraglutide and outcomes | Liraglutide and outcomes",
        "Liraglutide and outcomes (Erratum) | Liraglutide and outcomes",
        "Erratum. | ``",
    })
    void theTitleOfTheCorrectedPaperIsTakenFromTheNotice(String notice, String corrected) {
        assertEquals(corrected, NoticeTitle.correctedTitle(notice));
    }

    @Test
    void theSameCorrigendumFromScopusAndWebOfScienceIsMerged() throws IOException {
        List<BibRecord> records = RecordReaders.readAll(List.of(
                SharedData.file("formats/revtools/restoration_pubmed.nbib"),
                SharedData.file("formats/revtools/restoration_scopus.ris"),
                SharedData.file("formats/revtools/restoration_WoS.ciw"))).records();
        DeduplicationResult result = new Deduplicator().deduplicate(records);
        int scopus = find(records, r -> r.title().startsWith("Corrigendum to “Soil carbon"));
        int wos = find(records, r -> r.title().endsWith("(vol 104, pg 150, 2017)"));
        assertEquals(result.groupId(scopus), result.groupId(wos), "one correction notice, two databases");
        assertEquals("same-doi", result.groups().stream().filter(g -> g.members().contains(wos)).findFirst()
                .orElseThrow().decisions().get(0).rule());
        int corrigendum = find(records, r -> r.title().startsWith("Corrigendum to \"Chicken semen"));
        int article = find(records, r -> r.title().startsWith("Chicken semen cryopreservation"));
        assertNotEquals(result.groupId(corrigendum), result.groupId(article), "an erratum is not its article");
        assertTrue(result.reviewQueue().stream().noneMatch(p -> List.of(p.a(), p.b()).contains(corrigendum)));
    }

    @Test
    void theSameErratumUnderTwoTitlesAndOneDoiIsMerged() {
        BibRecord pubmed = notice("Erratum: " + TITLE + ".", "pubmed.nbib").doi("10.1056/NEJMx170008")
                .publicationTypes(List.of("Published Erratum")).build();
        BibRecord embase = notice("Erratum to “" + TITLE + "” [N Engl J Med 375 (2016) 311-322]", "embase.ris")
                .doi("10.1056/nejmx170008").publicationTypes(List.of("Erratum")).build();
        DeduplicationResult r = new Deduplicator().deduplicate(List.of(pubmed, embase));
        assertEquals(1, r.mergedCount());
        assertEquals("same-doi", r.groups().get(0).decisions().get(0).rule());
    }

    @Test
    void noticesWithOneDoiWhoseTitlesCannotBeMatchedGoToAPerson() {
        BibRecord pubmed = notice("Erratum.", "pubmed.nbib").doi("10.1056/NEJMx170008")
                .publicationTypes(List.of("Published Erratum")).build();
        BibRecord scopus = notice("Corrigendum to “" + TITLE + "”", "scopus.ris").doi("10.1056/NEJMx170008")
                .publicationTypes(List.of("Erratum")).build();
        DeduplicationResult r = new Deduplicator().deduplicate(List.of(pubmed, scopus));
        assertEquals(0, r.mergedCount());
        assertEquals(1, r.reviewQueue().size());
    }

    @Test
    void twoDifferentErrataOfOnePaperAreNotMerged() {
        BibRecord first = notice("Erratum: " + TITLE, "a.ris").doi("10.1056/NEJMx170008").build();
        BibRecord second = notice("Erratum: " + TITLE, "a.ris").doi("10.1056/NEJMx180011").year(2018).pages("2394")
                .build();
        assertEquals(0, new Deduplicator().deduplicate(List.of(first, second)).mergedCount());
    }

    @Test
    void anErratumCarryingItsArticlesDoiIsNeitherMergedWithItNorQueued() {
        BibRecord article = notice(TITLE, "a.ris").year(2016).volume("375").pages("311-322").doi("10.1056/NEJMoa1603827")
                .build();
        BibRecord erratum = notice(TITLE + " (vol 375, pg 311, 2016)", "wos.ciw").doi("10.1056/NEJMoa1603827").build();
        DeduplicationResult r = new Deduplicator().deduplicate(List.of(article, erratum));
        assertEquals(RecordKind.ERRATUM, RecordKind.of(erratum));
        assertEquals(0, r.mergedCount());
        assertTrue(r.reviewQueue().isEmpty());
    }

    private static int find(List<BibRecord> records, Predicate<BibRecord> which) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).title() != null && which.test(records.get(i))) {
                return i;
            }
        }
        throw new AssertionError("record not found");
    }
}
