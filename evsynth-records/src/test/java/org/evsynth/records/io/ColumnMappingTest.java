package org.evsynth.records.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.evsynth.records.BibRecord;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void userMappingNamesTheColumnsOfAnUnknownExport() throws IOException {
        ColumnMapping mapping = ColumnMapping.parse("title=Article Title; authors=AU; year=PY; start_page=BP; end_page=EP");
        String tsv = "Article Title\tAU\tPY\tBP\tEP\nA trial\tSmith, J; Jones, A\t2001\t123\t9\n";
        BibRecord r = new CsvReader(mapping).read("own.tsv", new StringReader(tsv)).records().get(0);
        assertEquals("A trial", r.title());
        assertEquals(2, r.authors().size());
        assertEquals(2001, r.year());
        assertEquals("123-129", r.pages());
    }

    @Test
    void unknownFieldIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ColumnMapping.parse("tittle=Title"));
        assertTrue(e.getMessage().startsWith("unknown field 'tittle' in column mapping"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse("Title"));
    }

    @Test
    void screeningSetsPutTheirMeshKeywordsInSubjectHeadings() throws IOException {
        String csv = "pubmedID,title,keywords,authors,abstracts,label1,label2\n1,T,Humans; Female,\"Smith, J\",NA,E,E\n";
        BibRecord r = new CsvReader().read("s.csv", new StringReader(csv)).records().get(0);
        assertEquals(List.of("Humans", "Female"), r.meshHeadings());
        assertEquals(List.of(), r.keywords());
        assertEquals("1", r.pmid());
        assertEquals(null, r.abstractText());
    }
}
