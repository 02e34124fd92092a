package org.evsynth.records.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.evsynth.records.Author;
import org.evsynth.records.BibRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OWASP's rule against CSV formula injection: text that a spreadsheet would run as a formula gets a leading apostrophe. */
class SpreadsheetSafeTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
        "=HYPERLINK(\"http://evil.example\",\"click\") => '=HYPERLINK(\"http://evil.example\",\"click\")",
        "+cmd|'/C calc'!A0 => '+cmd|'/C calc'!A0",
        "-2+3 => '-2+3",
        "-5-7 => '-5-7",
        "@SUM(A1:A9) => '@SUM(A1:A9)",
        "`\tindented` => `'\tindented`",
        "`\rreturn` => `'\rreturn`",
        "-5 => -5",
        "+3 => +3",
        "-0.25 => -0.25",
        "-1.5e3 => -1.5e3",
        "123-129 => 123-129",
        "Copper surfaces => Copper surfaces",
        "'quoted already => 'quoted already",
        "'=already neutralised => ''=already neutralised",
        "` ` => ` `",
    })
    void neutralisesTextThatWouldRunAsAFormulaAndKeepsNumbers(String cell, String written) {
        assertEquals(written, SpreadsheetSafe.cell(cell));
    }

    @Test
    void nullAndEmptyStayAsTheyAre() {
        assertNull(SpreadsheetSafe.cell(null));
        assertEquals("", SpreadsheetSafe.cell(""));
    }

    @Test
    void restoreUndoesOnlyTheApostropheItAdded() {
        for (String s : List.of("=1+1", "-5-7", "@x", "\tx", "-5", "plain", "'plain", "'=x", "''=x")) {
            assertEquals(s, SpreadsheetSafe.restore(SpreadsheetSafe.cell(s)), s);
        }
    }

    @Test
    void csvWriterNeutralisesFormulasAndReadsThemBack() throws IOException {
        BibRecord hostile = BibRecord.builder().title("=HYPERLINK(\"http://evil.example\",\"x\")")
                .authors(List.of(new Author("@Smith", "J"))).year(2001).pages("-5-7").volume("-3")
                .abstractText("+ plus sign first").build();
        StringWriter csv = new StringWriter();
        new CsvWriter().write(List.of(hostile), csv);
        String row = csv.toString().split("\r\n")[1];
        assertTrue(row.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""), row);
        assertTrue(row.contains(",'@Smith, J,") || row.contains(",\"'@Smith, J\","), row);
        assertTrue(row.contains(",'-5-7,"), row);
        assertTrue(row.contains(",-3,"), row);
        assertTrue(row.contains(",'+ plus sign first,"), row);
        assertTrue(row.contains(",2001,"), row);
        BibRecord back = new CsvReader().read("back.csv", new StringReader(csv.toString())).records().get(0);
        assertEquals(hostile.title(), back.title());
        assertEquals("@Smith", back.authors().get(0).family());
        assertEquals("-5-7", back.pages());
        assertEquals("+ plus sign first", back.abstractText());
    }
}
