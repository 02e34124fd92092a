package org.evsynth.report.rob;

import org.evsynth.review.rob.Judgement;
import org.evsynth.review.rob.RobTool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading robvis' example judgement tables, and the messages for tables that cannot be read. */
class RobTableTest {

    /** robvis' data_raw tables (mcguinlu/robvis @ c7c1bdd), shared by the project rather than copied. */
    static final Path DATA = Path.of("../../shared/data/rob");

    @TempDir
    Path dir;

    static Path shared(String name) {
        Path file = DATA.resolve(name);
        assumeTrue(Files.exists(file), "robvis example data not present: " + file);
        return file;
    }

    @Test
    void readsTheRobvisRob2Table() throws IOException {
        RobTable table = RobTable.read(shared("data_rob2.csv"), RobTool.ROB2);
        assertEquals(9, table.studies().size());
        assertEquals(5, table.domainCount());
        assertFalse(table.hasWeights());
        // Study 3,No information,Low,Some concerns,Low,Low,Some concerns
        assertEquals("no information", table.judgement("Study 3", 0));
        assertEquals("some concerns", table.judgement("Study 3", 2));
        assertEquals("some concerns", table.judgement("Study 3", 5));
        assertEquals("high", table.judgement("Study 4", 5));
        assertEquals(null, table.judgement("Study 99", 0));
        assertEquals("#E2DF07", RobTable.levelColour(table.judgement("Study 3", 5)));
    }

    @Test
    void readsTheRobvisRobinsITable() throws IOException {
        RobTable table = RobTable.read(shared("data_robins_i.csv"), RobTool.ROBINS_I);
        assertEquals(10, table.studies().size());
        assertEquals(7, table.domainCount());
        // Study 1,Moderate,Critical,Low,Low,Moderate,Moderate,Moderate,Critical
        assertEquals("moderate", table.judgement("Study 1", 0));
        assertEquals("critical", table.judgement("Study 1", 7));
        assertEquals("serious", table.judgement("Study 10", 7));
        assertEquals("#820000", RobTable.levelColour("critical"));
        assertEquals("#BF0000", RobTable.levelColour("serious"));
        assertEquals("X", RobTable.levelSymbol("high"));
    }

    @Test
    void normalisesJudgementWordsAndReadsWeights() throws IOException {
        Path file = write("Study,D1,D2,D3,D4,D5,Overall,Weight\n"
                + "\"Karami, 2020\",low risk,SOME CONCERNS,High, NI ,Low,high risk of bias,12.5\n");
        RobTable table = RobTable.read(file, RobTool.ROB2);
        RobStudy study = table.study("Karami, 2020");
        assertEquals(Judgement.SOME_CONCERNS, study.domains().get(1));
        assertEquals(Judgement.NO_INFORMATION, study.domains().get(3));
        assertEquals(Judgement.HIGH, study.overall());
        assertEquals(12.5, study.weight());
        assertTrue(table.hasWeights());
    }

    @Test
    void unknownWordNamesFileLineAndColumn() throws IOException {
        Path file = write("Study,D1,D2,D3,D4,D5,Overall\nA,Low,Low,Low,Low,Low,Low\nB,Low,Hihg,Low,Low,Low,High\n");
        RobInputException e = assertThrows(RobInputException.class, () -> RobTable.read(file, RobTool.ROB2));
        assertEquals(file + ", line 3, column D2: 'Hihg' is not a RoB 2 judgement (Low, Some concerns, High, "
                + "No information)", e.getMessage());
        assertEquals(3, e.line());
        assertEquals("D2", e.column());
    }

    @Test
    void aWordFromTheOtherToolsScaleIsRefused() throws IOException {
        Path file = write("Study,D1,D2,D3,D4,D5,D6,D7,Overall\nA,Low,High,Low,Low,Low,Low,Low,Serious\n");
        RobInputException e = assertThrows(RobInputException.class, () -> RobTable.read(file, RobTool.ROBINS_I));
        assertTrue(e.getMessage().contains("line 2, column D2: 'High' is not a ROBINS-I judgement"), e.getMessage());
    }

    @Test
    void missingOverallColumn() throws IOException {
        Path file = write("Study,D1,D2,D3,D4,D5\nA,Low,Low,Low,Low,Low\n");
        RobInputException e = assertThrows(RobInputException.class, () -> RobTable.read(file, RobTool.ROB2));
        assertTrue(e.getMessage().startsWith(file + ", line 1, column Overall: missing column"), e.getMessage());
    }

    @Test
    void aRobinsITableReadAsRob2IsCaughtAtTheHeader() throws IOException {
        Path robinsI = shared("data_robins_i.csv");
        RobInputException e = assertThrows(RobInputException.class, () -> RobTable.read(robinsI, RobTool.ROB2));
        assertTrue(e.getMessage().contains("line 1, column D6: expected column 'Overall'"), e.getMessage());
    }

    @Test
    void raggedRow() throws IOException {
        Path file = write("Study,D1,D2,D3,D4,D5,Overall\nA,Low,Low,Low,Low,Low\n");
        RobInputException e = assertThrows(RobInputException.class, () -> RobTable.read(file, RobTool.ROB2));
        assertEquals(file + ", line 2: ragged row: 6 cells, the header has 7", e.getMessage());
    }

    @Test
    void badWeightDuplicateStudyAndEmptyFile() throws IOException {
        Path weight = write("Study,D1,D2,D3,D4,D5,Overall,Weight\nA,Low,Low,Low,Low,Low,Low,heavy\n");
        assertTrue(assertThrows(RobInputException.class, () -> RobTable.read(weight, RobTool.ROB2)).getMessage()
                .contains("line 2, column Weight: weight 'heavy' is not a number"));
        Path twice = write("Study,D1,D2,D3,D4,D5,Overall\nA,Low,Low,Low,Low,Low,Low\nA,Low,Low,Low,Low,Low,Low\n");
        assertTrue(assertThrows(RobInputException.class, () -> RobTable.read(twice, RobTool.ROB2)).getMessage()
                .contains("line 3, column Study: study 'A' appears twice"));
        Path empty = write("");
        assertEquals(empty + ": the file is empty",
                assertThrows(RobInputException.class, () -> RobTable.read(empty, RobTool.ROB2)).getMessage());
    }

    @Test
    void toolWords() {
        assertEquals(RobTool.ROBINS_I, RobTool.of("ROBINS-I"));
        assertEquals(RobTool.ROB2, RobTool.of("RoB 2"));
        assertThrows(IllegalArgumentException.class, () -> RobTool.of("rob1"));
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("rob" + System.nanoTime() + ".csv");
        Files.writeString(file, text);
        return file;
    }
}
