package org.evsynth.report.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.evsynth.stats.effect.EffectMeasure;
import org.junit.jupiter.api.Test;

/** Numbers that are not what they look like, and files that are not CSV, are refused with file, line and column. */
class StudyTableReaderTest {

    private static final String BINARY = "study,events_1,total_1,events_2,total_2\n";

    private static InputException refused(String csv, EffectMeasure measure) {
        return assertThrows(InputException.class,
                () -> StudyTableReader.read("t.csv", csv.getBytes(StandardCharsets.UTF_8), measure));
    }

    private static void says(InputException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "expected '" + part + "' in: " + e.getMessage());
        }
    }

    @Test
    void hexadecimalIsNotANumber() {
        says(refused(BINARY + "A,0x1p3,10,2,10\n", null), "t.csv, line 2, column events_1", "'0x1p3' is not a number",
                "hexadecimal");
    }

    @Test
    void javaSpellingsOfNumbersAreRefused() {
        for (String cell : new String[] {"NaN", "Infinity", "1d", "2f", "1_000", " "}) {
            says(refused("study,theta,se\nA," + cell + ",0.1\n", null), "line 2, column theta");
        }
    }

    @Test
    void underflowIsRefusedNotReadAsZero() {
        says(refused("study,theta,se\nA,1e-400,0.1\n", null), "line 2, column theta", "'1e-400' is too close to 0");
        says(refused("study,theta,se\nA,1e-320,0.1\n", null), "'1e-320' is too close to 0");
        says(refused("study,theta,se\nA,1e400,0.1\n", null), "'1e400' is too large");
    }

    @Test
    void aStandardErrorWhoseVarianceUnderOrOverflowsIsRefused() {
        says(refused("study,theta,se\nA,0.5,1e-200\n", null), "line 2, column se", "underflows");
        says(refused("study,theta,se\nA,0.5,1e200\n", null), "line 2, column se", "overflows to infinity");
    }

    @Test
    void countsMustBeWholeNumbers() {
        says(refused(BINARY + "A,10.5,20,2,10\n", null), "t.csv, line 2, column events_1",
                "'10.5' is not a whole number");
        says(refused("study,mean_1,sd_1,n_1,mean_2,sd_2,n_2\nA,1,1,10.5,2,1,10\n", null), "column n_1");
        StudyTable whole = assertDoesNotThrow(BINARY + "A,10.0,20,2,1e1\n");
        assertEquals(1, whole.rows().size());
    }

    private static StudyTable assertDoesNotThrow(String csv) {
        try {
            return StudyTableReader.read("t.csv", csv.getBytes(StandardCharsets.UTF_8), null);
        } catch (InputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void anUnterminatedQuoteNamesTheLineItStartsOn() {
        says(refused(BINARY + "A,1,10,2,10\n\"B,1,10,2,10\nC,1,10,2,10\n", null), "t.csv, line 3",
                "never closed");
    }

    @Test
    void aFileWithNulBytesIsRefusedWithoutRepeatingIt() {
        InputException e = refused("PASSWORD=hunter2\0HOME=/root\0", null);
        says(e, "t.csv", "NUL bytes");
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void aHeaderThatIsNotATableIsCutShortInTheMessage() {
        String secret = "x".repeat(500) + "SECRET";
        InputException e = refused("name," + secret + "\nA,1\n", null);
        says(e, "do not match any input format");
        assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
    }
}
