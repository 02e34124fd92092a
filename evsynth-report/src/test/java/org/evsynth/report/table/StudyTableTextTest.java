package org.evsynth.report.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.evsynth.stats.effect.EffectMeasure;
import org.junit.jupiter.api.Test;

/** What the reader keeps of text cells: control characters removed with a warning, evsynth's own apostrophe taken off. */
class StudyTableTextTest {

    private static StudyTable read(String csv) throws InputException {
        return StudyTableReader.read("t.csv", csv.getBytes(StandardCharsets.UTF_8), EffectMeasure.RR);
    }

    @Test
    void controlCharactersInALabelAreRemovedAndTheLineIsNamed() throws InputException {
        StudyTable table = read("study,events_1,total_1,events_2,total_2\nAronson\u0001 1948,4,123,11,139\n"
                + "Fer\u000Cguson,6,306,29,303\n");
        assertEquals("Aronson 1948", table.studies().get(0).study());
        assertEquals("Fer guson", table.studies().get(1).study(), "a form feed separates words: a space");
        assertEquals(2, table.warnings().size(), table.warnings().toString());
        assertEquals("t.csv, line 2, column study: control characters removed (U+0001); a report cannot show them",
                table.warnings().get(0));
        assertTrue(table.warnings().get(1).startsWith("t.csv, line 3, column study: control characters removed "
                + "(U+000C)"), table.warnings().get(1));
    }

    /** StudyTableWriter writes '=HYPERLINK(...) for a label a spreadsheet would run; it reads back as it was. */
    @Test
    void theApostropheBeforeAFormulaLikeCellIsTakenOff() throws InputException {
        StudyTable table = read("study,events_1,total_1,events_2,total_2,note\n"
                + "'=HYPERLINK(\"http://x\"),4,123,11,139,'-5-7\nB,6,306,29,303,'plain\n");
        assertEquals("=HYPERLINK(\"http://x\")", table.studies().get(0).study());
        assertEquals("-5-7", table.rows().get(0).value("note"));
        assertEquals("'plain", table.rows().get(1).value("note"), "an apostrophe evsynth would not write stays");
        assertTrue(table.warnings().isEmpty(), table.warnings().toString());
    }
}
