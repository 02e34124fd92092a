package org.evsynth.records.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.evsynth.records.BibRecord;
import org.evsynth.records.RecordOrigin;
import org.junit.jupiter.api.Test;

/** Records become searchable with their headings as MEDLINE writes them, in Ovid or PubMed form. */
class SearchDocumentTest {

    private static final BibRecord RECORD = BibRecord.builder()
            .title("Bisoprolol in heart failure")
            .abstractText("A randomised trial.")
            .meshHeadings(List.of("Heart Failure/*drug therapy/mortality", "*Bisoprolol/tu", "Humans"))
            .publicationTypes(List.of("Randomized Controlled Trial"))
            .registryNumbers(List.of("0 (Bisoprolol)"))
            .language("eng")
            .year(1999)
            .pmid("10023943")
            .origin(new RecordOrigin("cibis.nbib", 3, 41))
            .build();

    private static int hits(String strategy) {
        return StrategyRunner.run(StrategyParser.parse(strategy), List.of(SearchDocument.of(RECORD))).finalHits();
    }

    @Test
    void idIsFileAndPosition() {
        assertEquals("cibis.nbib#3", SearchDocument.of(RECORD).id());
    }

    @Test
    void headingsSubheadingsAndStars() {
        assertEquals(1, hits("Heart Failure/dt"));
        assertEquals(1, hits("Heart Failure/mo"));
        assertEquals(0, hits("Heart Failure/su"));
        assertEquals(1, hits("*Heart Failure/"));
        assertEquals(1, hits("*Bisoprolol/"));
        assertEquals(0, hits("*Humans/"));
        assertEquals(1, hits("(cf or tu).fs."));
    }

    @Test
    void otherFieldsAndLimits() {
        assertEquals(1, hits("bisoprolol.rn."));
        assertEquals(1, hits("randomized controlled trial.pt."));
        assertEquals(1, hits("failure.hw."));
        assertEquals(1, hits("1999.yr."));
        assertEquals(1, hits("heart.ti.\nlimit 1 to (english language and humans and yr=\"1995 - Current\")"));
        assertEquals(0, hits("heart.ti.\nlimit 1 to french"));
        assertEquals(1, hits("10023943.ui."));
    }
}
