package org.evsynth.review;

import static org.evsynth.review.Scenario.ANN;
import static org.evsynth.review.Scenario.CAT;
import static org.evsynth.review.Scenario.FT;
import static org.evsynth.review.Scenario.TA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evsynth.review.rob.Judgement;
import org.evsynth.review.rob.RobTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bulk imports from CSV (decisions, conflict resolutions, extraction, risk-of-bias judgements) check the whole file
 * first and apply it whole or not at all; each problem names the file, line and column.
 */
class BulkImportTest {

    private static final String HEADER = "record,stage,reviewer,decision,reason,note\n";

    @TempDir
    Path tmp;

    static Stream<String> backends() {
        return TestBackends.both();
    }

    private static CsvSource csv(String text) {
        return new CsvSource("d.csv", new StringReader(text));
    }

    private static String refused(Scenario s, String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> s.review.screening().importDecisions(ANN, csv(text)));
        assertTrue(s.review.screening().allDecisions().stream().noneMatch(d -> d.recordId() == 2),
                "nothing of the file is recorded");
        return e.getMessage();
    }

    @Test
    void eachMalformedFileNamesItsLineAndColumn() throws Exception {
        try (Scenario s = Scenario.of(TestBackends.SQLITE, tmp, 3)) {
            s.both(1, TA, Decision.INCLUDE);
            String good = "2,title-abstract,ann,include,,\n";
            assertEquals("d.csv line 3: 7 cells, but the header has 6 columns (column 7 is extra: quote a cell that "
                    + "holds a comma)", refused(s, HEADER + good + "1,title-abstract,bob,exclude,,not,shock\n"));
            assertTrue(s.review.screening().outcome(1, TA).isFinal(), "the settled record stays settled");
            assertEquals("d.csv line 3: a quoted cell is never closed (column 6 starts with \" and the file ends "
                    + "before its closing \")", refused(s, HEADER + good + "3,title-abstract,ann,include,,\"oops\n"));
            assertTrue(refused(s, "record,stage,reviewr,decision\n" + good).startsWith("d.csv line 1: unknown column "
                    + "'reviewr' (column 3); did you mean 'reviewer'?"));
            assertEquals("d.csv line 3: 3 cells, but the header has 6 columns (column 4, decision, is missing)",
                    refused(s, HEADER + good + "3,title-abstract,ann\n"));
            assertTrue(refused(s, "record;stage;reviewer;decision\n2;title-abstract;ann;include\n")
                    .contains("separated by ';'"));
            assertTrue(refused(s, HEADER + good + "x,title-abstract,ann,include,,\n").startsWith("d.csv line 3: 'x' is "
                    + "not a whole number (column 1, record)"));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aRowTheReviewsStateRefusesAppliesNothing(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 3)) {
            String text = HEADER + "2,title-abstract,ann,include,,\n3,full-text,ann,include,,\n";
            String message = refused(s, text);
            assertTrue(message.startsWith("d.csv line 3: ann's decision on record 3 at full-text refused: record 3 is "
                    + "pending at title-abstract"), message);
            Screening.DecisionImport done = s.review.screening().importDecisions(ANN, csv(HEADER
                    + "2,title-abstract,ann,include,,\n2,title-abstract,bob,include,,\n2,full-text,ann,exclude,"
                    + "wrong population,\n"));
            assertEquals(3, done.recorded(), "title-abstract then full-text in one file, in order");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void conflictsAreSettledFromAFile(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 3)) {
            for (long id = 1; id <= 3; id++) {
                s.decide(ANN, id, TA, Decision.INCLUDE);
                s.decide(Scenario.BOB, id, TA, id == 3 ? Decision.INCLUDE : Decision.EXCLUDE);
            }
            String header = "record,stage,decision,reason,note\n";
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> s.review.conflicts()
                    .importResolutions(CAT, csv(header + "1,title-abstract,include,,\n3,title-abstract,exclude,,\n")));
            assertTrue(e.getMessage().startsWith("d.csv line 3: resolving record 3 at title-abstract refused: record 3 "
                    + "is not in conflict"), e.getMessage());
            assertEquals(2, s.review.conflicts().list(TA).size(), "nothing settled");
            assertEquals(2, s.review.conflicts().importResolutions(CAT, csv(header + "1,title-abstract,include,,\n"
                    + "2,title-abstract,exclude,,duplicate publication\n")).size());
            assertTrue(s.review.conflicts().list(null).isEmpty());
            assertEquals(2, s.review.status().sought());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void armsAndJudgementsAreImportedAllOrNothing(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 2)) {
            long study = s.review.studies().create(ANN, new Studies.Create("Trial A", List.of(1L))).id();
            String header = "study,outcome,arm,events,total,mean,sd,n\n";
            InvalidInputException bad = assertThrows(InvalidInputException.class, () -> s.review.extraction()
                    .importArms(ANN, csv(header + study + ",Death,Pump,10,50,,,\n" + study + ",Pain,Pump,,,abc,2,50\n")));
            assertTrue(bad.getMessage().startsWith("d.csv line 3: study 1 'Trial A', outcome 'Pain', arm 'Pump': mean "
                    + "'abc' is not a number"), bad.getMessage());
            assertTrue(s.review.extraction().entries(study).isEmpty());
            assertEquals(2, s.review.extraction().importArms(ANN, csv(header + study + ",Death,Pump,10,50,,,\n"
                    + study + ",Death,Control,12,50,,,\n")).size());

            String robHeader = "study,domain,judgement,support\n";
            InvalidInputException scale = assertThrows(InvalidInputException.class, () -> s.review.riskOfBias()
                    .importJudgements(ANN, RobTool.ROB2, csv(robHeader + study + ",D1,low,\n" + study
                            + ",D2,serious,\n")));
            assertTrue(scale.getMessage().startsWith("d.csv line 3: D2=serious: 'serious' is not a RoB 2 judgement"),
                    scale.getMessage());
            assertTrue(s.review.risksOfBias(study).isEmpty());
            s.review.riskOfBias().importJudgements(ANN, RobTool.ROB2, csv(robHeader + study + ",D1,low,central\n"
                    + study + ",Overall,some concerns,\n"));
            assertEquals(List.of(Judgement.LOW, Judgement.SOME_CONCERNS), s.review.risksOfBias(study).stream()
                    .map(RiskOfBias::judgement).toList());
            assertEquals("Bias arising from the randomisation process", s.review.risksOfBias(study).get(0).domain());
            assertThrows(InvalidInputException.class, () -> s.review.riskOfBias().assess(ANN,
                    new RobAssessment.Assess(study, RobTool.ROB2, null, "D9", "low", null)));
        }
    }

    @Test
    void theDecisionsFileIsSafeToOpenInASpreadsheet() throws Exception {
        try (Scenario s = Scenario.of(TestBackends.SQLITE, tmp, 1)) {
            s.review.screening().decide(ANN, new Screening.Decide(1, TA, Decision.MAYBE, null,
                    "=HYPERLINK(\"http://x\")"));
            java.io.StringWriter out = new java.io.StringWriter();
            s.review.screening().exportDecisions(out);
            assertTrue(out.toString().contains(",\"'=HYPERLINK"), out.toString());
            assertEquals(0, s.review.screening().importDecisions(ANN, csv(out.toString())).recorded(),
                    "the export reads back unchanged");
            assertEquals(FT, Stage.of("full-text"));
        }
    }
}
