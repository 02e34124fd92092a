package org.evsynth.review;

import static org.evsynth.review.Scenario.ANN;
import static org.evsynth.review.Scenario.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evsynth.review.rob.RobTool;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extracted data is checked on entry with the engine's rules, naming the study and field; every extraction, arm,
 * study and judgement can be corrected or withdrawn, each with its audit entry.
 */
class CorrectionsTest {

    @TempDir
    Path tmp;

    static Stream<String> backends() {
        return TestBackends.both();
    }

    private static Extraction.Arm arm(long study, String arm, Map<String, String> values) {
        return new Extraction.Arm(study, "Pain at 6 weeks", arm, values);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void valuesTheEngineRefusesAreRefusedOnEntry(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 1)) {
            long study = s.review.studies().create(ANN, new Studies.Create("Karami 2020", List.of(1L))).id();
            Extraction ex = s.review.extraction();
            InvalidInputException abc = assertThrows(InvalidInputException.class, () -> ex.arm(ANN, arm(study, "Yoga",
                    Map.of("mean", "abc", "sd", "2", "n", "40"))));
            assertEquals("study 1 'Karami 2020', outcome 'Pain at 6 weeks', arm 'Yoga': mean 'abc' is not a number",
                    abc.getMessage());
            InvalidInputException sd = assertThrows(InvalidInputException.class, () -> ex.arm(ANN, arm(study, "Yoga",
                    Map.of("mean", "3.1", "sd", "-2", "n", "40"))));
            assertTrue(sd.getMessage().startsWith("study 1 'Karami 2020', outcome 'Pain at 6 weeks', arm 'Yoga': sd "
                    + "(-2) must be positive"), sd.getMessage());
            assertEquals("sd", sd.field());
            InvalidInputException events = assertThrows(InvalidInputException.class, () -> ex.arm(ANN, arm(study,
                    "Yoga", Map.of("events", "57", "total", "40"))));
            assertTrue(events.getMessage().contains("events (57) exceeds total (40)"), events.getMessage());
            assertThrows(InvalidInputException.class, () -> ex.arm(ANN, arm(study, "Yoga", Map.of("events", "10.5",
                    "total", "40"))));
            assertThrows(InvalidInputException.class, () -> ex.arm(ANN, arm(study, "HR", Map.of("estimate", "0.7",
                    "lower", "0.8", "upper", "0.9"))), "the interval must hold the estimate");
            assertTrue(ex.entries(study).isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void armsAreCorrectedRenamedAndWithdrawn(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 1)) {
            long study = s.review.studies().create(ANN, new Studies.Create("Karami 2020", List.of(1L))).id();
            Extraction ex = s.review.extraction();
            ex.arm(ANN, arm(study, "Yogga", Map.of("mean", "3.1", "sd", "1.2", "n", "40")));
            ex.arm(BOB, arm(study, "Yogga", Map.of("mean", "3.2", "sd", "1.2", "n", "40")));
            ex.characteristics(ANN, new Extraction.Characteristics(study, Map.of("design", "RCT")));
            assertEquals(3.2, s.review.extraction(study).get("Pain at 6 weeks/Yogga").get("mean"), "the newest wins");
            ExtractionEntry renamed = ex.rename(ANN, new Extraction.Rename(study, "Pain at 6 weeks", "Yogga",
                    "Pain at 6 weeks", "Yoga"));
            assertEquals("Yoga", renamed.arm());
            assertEquals(List.of("characteristics", "Pain at 6 weeks/Yoga"), List.copyOf(s.review.extraction(study)
                    .keySet()));
            ex.withdraw(ANN, new Extraction.Withdraw(study, null, null));
            assertEquals(List.of("Pain at 6 weeks/Yoga"), List.copyOf(s.review.extraction(study).keySet()));
            assertThrows(UnknownEntityException.class, () -> ex.withdraw(ANN, new Extraction.Withdraw(study,
                    "Pain at 6 weeks", "Yogga")));
            List<AuditEntry> log = s.review.audit().entries(AuditLog.Query.all());
            assertEquals(2, log.stream().filter(e -> e.action().equals("withdraw-extraction")).count());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void studiesAndJudgementsAreCorrectedAndWithdrawn(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 3)) {
            Studies studies = s.review.studies();
            long a = studies.create(ANN, new Studies.Create("Moler 2024", List.of(1L, 2L))).id();
            assertEquals("Moller 2024", studies.relabel(ANN, new Studies.Relabel(a, "Moller 2024")).label());
            studies.unlink(ANN, 2);
            assertEquals(List.of(1L), studies.list().get(0).reports());
            assertThrows(RefusedException.class, () -> studies.create(ANN, new Studies.Create("Moller 2024",
                    List.of())), "labels are unique");
            s.review.riskOfBias().assess(ANN, new RobAssessment.Assess(a, RobTool.ROB2, null, "D1", "high", null));
            s.review.riskOfBias().withdraw(ANN, new RobAssessment.Withdraw(a, RobTool.ROB2, null, "D1"));
            assertTrue(s.review.risksOfBias(a).isEmpty());
            studies.withdraw(ANN, a);
            assertTrue(studies.list().isEmpty());
            assertThrows(RefusedException.class, () -> s.review.extraction().characteristics(ANN,
                    new Extraction.Characteristics(a, Map.of("n", "40"))), "a withdrawn study takes no data");
            assertEquals("Moller 2024", studies.create(ANN, new Studies.Create("Moller 2024", List.of(1L))).label(),
                    "the label is free again");
            List<String> actions = s.review.audit().entries(AuditLog.Query.all()).stream().map(AuditEntry::action)
                    .toList();
            assertTrue(actions.containsAll(List.of("relabel-study", "unlink-report", "withdraw-risk-of-bias",
                    "withdraw-study")), actions.toString());
        }
    }
}
