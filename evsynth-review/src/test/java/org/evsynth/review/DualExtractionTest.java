package org.evsynth.review;

import static org.evsynth.review.Scenario.ANN;
import static org.evsynth.review.Scenario.BOB;
import static org.evsynth.review.Scenario.CAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evsynth.review.ExtractionComparison.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Dual extraction: each extractor's values are kept apart and compared, a difference is settled by taking one
 * extractor's values or typing others (checked as an entry is), and the value used follows the protocol's mode.
 */
class DualExtractionTest {

    private static final String PAIN = "Pain at 6 weeks";

    @TempDir
    Path tmp;

    static Stream<String> backends() {
        return TestBackends.both();
    }

    private static Scenario dual(String backend, Path tmp) throws Exception {
        Scenario s = Scenario.of(backend, tmp, 1);
        String yaml = Protocol.skeleton("Scenario").replace("mode: single ", "mode: dual ");
        s.review.updateProtocol(ANN, yaml);
        assertEquals(ExtractionMode.DUAL, s.review.protocol().extractionMode());
        return s;
    }

    private static Extraction.Arm yoga(long study, String mean) {
        return new Extraction.Arm(study, PAIN, "Yoga", Map.of("mean", mean, "sd", "1.2", "n", "40"));
    }

    private static ExtractionComparison only(Review review, long study) {
        List<ExtractionComparison> all = review.extraction().comparisons(study);
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void dualExtractorsWhoDifferAreComparedAndTheSettledValueIsUsed(String backend) throws Exception {
        try (Scenario s = dual(backend, tmp)) {
            long study = s.review.studies().create(ANN, new Studies.Create("Karami 2020", List.of(1L))).id();
            Extraction ex = s.review.extraction();
            ex.arm(ANN, yoga(study, "3.1"));
            assertEquals(State.ONE_EXTRACTOR, only(s.review, study).state());
            ex.arm(BOB, yoga(study, "3.2"));

            ExtractionComparison differ = only(s.review, study);
            assertEquals(State.DIFFERENT, differ.state());
            assertEquals(List.of("ann", "bob"), differ.extractors());
            assertEquals(List.of("mean"), differ.differingFields());
            assertEquals(3.1, differ.by("ann").data().get("mean"));
            assertNull(differ.inUse(), "under dual extraction a difference is used by nothing until settled");
            assertTrue(ex.entries(study).isEmpty());
            assertTrue(s.review.extraction(study).isEmpty(), "the export reads the values in use");

            ExtractionEntry settled = ex.settle(CAT, Extraction.Settle.takingFrom(study, PAIN, "Yoga", "bob"));
            assertEquals("cat", settled.extractor());
            ExtractionComparison after = only(s.review, study);
            assertEquals(State.SETTLED, after.state());
            assertEquals(3.2, after.inUse().data().get("mean"));
            assertEquals(3.2, s.review.extraction(study).get(PAIN + "/Yoga").get("mean"));

            ex.arm(ANN, yoga(study, "3.3"));
            ExtractionComparison later = only(s.review, study);
            assertEquals(State.SETTLED, later.state(), "a settled value stands until it is settled again");
            assertEquals(3.2, later.inUse().data().get("mean"));
            assertEquals(3.3, later.by("ann").data().get("mean"), "the extractor's own newest value is kept");
            assertEquals(List.of("ann", "bob"), later.extractors(), "in the order they first extracted");

            ex.settle(CAT, Extraction.Settle.with(study, PAIN, "Yoga", Map.of("mean", "3.25", "sd", "1.2",
                    "n", "40")));
            assertEquals(3.25, ex.entries(study).get(0).data().get("mean"));
            List<AuditEntry> log = s.review.audit().entries(new AuditLog.Query("cat", null, null, null));
            assertEquals(2, log.stream().filter(e -> e.action().equals("settle-extraction")).count());
            assertTrue(log.get(0).before().contains("\"bob\""), log.get(0).before());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aSettlementIsCheckedWithTheEngineRulesAndNeedsSomethingToSettle(String backend) throws Exception {
        try (Scenario s = dual(backend, tmp)) {
            long study = s.review.studies().create(ANN, new Studies.Create("Karami 2020", List.of(1L))).id();
            Extraction ex = s.review.extraction();
            ex.arm(ANN, yoga(study, "3.1"));
            ex.arm(BOB, yoga(study, "3.2"));
            InvalidInputException abc = assertThrows(InvalidInputException.class, () -> ex.settle(CAT,
                    Extraction.Settle.with(study, PAIN, "Yoga", Map.of("mean", "abc", "sd", "1.2", "n", "40"))));
            assertEquals("mean", abc.field());
            InvalidInputException sd = assertThrows(InvalidInputException.class, () -> ex.settle(CAT,
                    Extraction.Settle.with(study, PAIN, "Yoga", Map.of("mean", "3", "sd", "0", "n", "40"))));
            assertEquals("sd", sd.field());
            assertThrows(UnknownEntityException.class, () -> ex.settle(CAT, Extraction.Settle.takingFrom(study,
                    PAIN, "Yoga", "cat")), "cat extracted nothing to take");
            assertThrows(UnknownEntityException.class, () -> ex.settle(CAT, Extraction.Settle.takingFrom(study,
                    PAIN, "Tai chi", "ann")), "nobody extracted that arm");
            assertThrows(InvalidInputException.class, () -> Extraction.Settle.with(study, PAIN, null, Map.of()));
            assertEquals(State.DIFFERENT, only(s.review, study).state(), "nothing was settled");
        }
    }

    @Test
    void valuesAreComparedAsNumbersAndCharacteristicsFieldByField() throws Exception {
        try (Scenario s = dual(TestBackends.SQLITE, tmp)) {
            long study = s.review.studies().create(ANN, new Studies.Create("Karami 2020", List.of(1L))).id();
            Extraction ex = s.review.extraction();
            ex.arm(ANN, new Extraction.Arm(study, PAIN, "Yoga", Map.of("mean", "3.10", "sd", "1.2", "n", "40")));
            ex.arm(BOB, new Extraction.Arm(study, PAIN, "Yoga", Map.of("mean", "3.1", "sd", "1.20", "n", "40")));
            ex.characteristics(ANN, new Extraction.Characteristics(study, Map.of("country", "Iran", "n", "80")));
            ex.characteristics(BOB, new Extraction.Characteristics(study, Map.of("country", "Iran", "n", "82",
                    "setting", "outpatients")));
            List<ExtractionComparison> all = ex.comparisons(study);
            assertEquals(State.AGREED, all.get(0).state(), "3.10 is 3.1");
            assertEquals(List.of("Pain at 6 weeks/Yoga", "characteristics"), all.stream()
                    .map(ExtractionComparison::key).toList());
            ExtractionComparison characteristics = all.get(1);
            assertEquals(State.DIFFERENT, characteristics.state());
            assertEquals(List.of("n", "setting"), characteristics.differingFields());
            assertEquals(1, ex.entries(study).size(), "only the agreed arm is in use");
            ex.settle(CAT, Extraction.Settle.with(study, null, null, Map.of("country", "Iran", "n", "82")));
            assertEquals(Map.of("country", "Iran", "n", 82), s.review.extraction(study).get("characteristics"));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void underSingleExtractionTheNewestIsUsedUntilSettled(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 1)) {
            assertSame(ExtractionMode.SINGLE, s.review.protocol().extractionMode(), "the default");
            long study = s.review.studies().create(ANN, new Studies.Create("Karami 2020", List.of(1L))).id();
            Extraction ex = s.review.extraction();
            ex.arm(ANN, yoga(study, "3.1"));
            ex.arm(BOB, yoga(study, "3.2"));
            ExtractionComparison c = only(s.review, study);
            assertEquals(State.DIFFERENT, c.state(), "the difference is shown");
            assertEquals("bob", c.inUse().extractor(), "the newest is used: a correction");
            ex.arm(ANN, yoga(study, "3.4"));
            assertEquals(3.4, ex.entries(study).get(0).data().get("mean"));
            ex.settle(CAT, Extraction.Settle.takingFrom(study, PAIN, "Yoga", "bob"));
            ex.arm(ANN, yoga(study, "3.5"));
            assertEquals(3.2, ex.entries(study).get(0).data().get("mean"), "settled stands over a later entry");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void renamingMovesEveryExtractorsValueAndWithdrawingTakesTheKeyBack(String backend) throws Exception {
        try (Scenario s = dual(backend, tmp)) {
            long study = s.review.studies().create(ANN, new Studies.Create("Karami 2020", List.of(1L))).id();
            Extraction ex = s.review.extraction();
            ex.arm(ANN, new Extraction.Arm(study, PAIN, "Yogga", Map.of("mean", "3.1", "sd", "1.2", "n", "40")));
            ex.arm(BOB, new Extraction.Arm(study, PAIN, "Yogga", Map.of("mean", "3.2", "sd", "1.2", "n", "40")));
            ex.settle(CAT, Extraction.Settle.takingFrom(study, PAIN, "Yogga", "ann"));
            ex.rename(BOB, new Extraction.Rename(study, PAIN, "Yogga", PAIN, "Yoga"));
            ExtractionComparison moved = only(s.review, study);
            assertEquals("Yoga", moved.arm());
            assertEquals(List.of("ann", "bob"), moved.extractors(), "each value keeps its extractor");
            assertEquals(State.SETTLED, moved.state());
            assertEquals("cat", moved.settlement().extractor());
            assertEquals(3.1, moved.inUse().data().get("mean"));

            ex.withdraw(ANN, new Extraction.Withdraw(study, PAIN, "Yoga"));
            assertTrue(ex.comparisons(study).isEmpty(), "every value of the key and its settlement are withdrawn");
            ex.arm(BOB, yoga(study, "3.0"));
            ExtractionComparison again = only(s.review, study);
            assertEquals(State.ONE_EXTRACTOR, again.state(), "entered again, the key starts afresh");
            assertNull(again.settlement());
        }
    }
}
