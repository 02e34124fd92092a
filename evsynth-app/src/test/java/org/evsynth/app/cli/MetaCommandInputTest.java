package org.evsynth.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: a message naming the file, line and column on stderr, nothing on stdout, exit code 2. */
class MetaCommandInputTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private CliRun rejected(Path file, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "meta";
        args[1] = file.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        CliRun run = CliRun.of(args);
        assertEquals(2, run.exitCode(), () -> "exit code; stderr: " + run.err());
        assertEquals("", run.out(), "nothing on stdout");
        return run;
    }

    private static void says(CliRun run, String... parts) {
        for (String part : parts) {
            assertTrue(run.err().contains(part), () -> "expected '" + part + "' in: " + run.err());
        }
    }

    @Test
    void misspelledColumnIsNamedWithWhatWasFound() throws IOException {
        Path file = write("a.csv", "study,event_1,total_1,events_2,total_2\nA,1,10,2,10\n");
        says(rejected(file), "a.csv", "line 1", "missing 'events_1'", "is 'event_1' a misspelling?",
                "found: study, event_1, total_1, events_2, total_2");
    }

    @Test
    void unknownColumnsListTheExpectedFormats() throws IOException {
        Path file = write("b.csv", "name,x,y\nA,1,2\n");
        says(rejected(file), "b.csv", "do not match any input format", "study,events_1,total_1,events_2,total_2",
                "study,theta,se");
    }

    @Test
    void missingStudyColumn() throws IOException {
        Path file = write("c.csv", "studi,events,total\nA,1,10\n");
        says(rejected(file), "c.csv", "missing column 'study'", "is 'studi' a misspelling?");
    }

    @Test
    void nonNumericCell() throws IOException {
        Path file = write("d.csv", "study,events_1,total_1,events_2,total_2\nA,1,10,2,10\nB,3,ten,2,10\n");
        says(rejected(file), "d.csv, line 3, column total_1: 'ten' is not a number");
    }

    @Test
    void emptyCell() throws IOException {
        Path file = write("e.csv", "study,events_1,total_1,events_2,total_2\nA,1,10,,10\n");
        says(rejected(file), "e.csv, line 2, column events_2: the cell is empty");
    }

    @Test
    void negativeCount() throws IOException {
        Path file = write("f.csv", "study,events_1,total_1,events_2,total_2\nA,-1,10,2,10\n");
        says(rejected(file), "f.csv, line 2, column events_1: events_1 (-1) is negative in study 'A'");
    }

    @Test
    void eventsAboveTotal() throws IOException {
        Path file = write("g.csv", "study,events_1,total_1,events_2,total_2\nA,1,10,2,10\nKarami 2020,57,40,2,10\n");
        says(rejected(file), "g.csv, line 3, column events_1: events_1 (57) exceeds total_1 (40) in study 'Karami 2020'");
    }

    @Test
    void sdNotPositive() throws IOException {
        Path file = write("h.csv", "study,mean_1,sd_1,n_1,mean_2,sd_2,n_2\nA,1,2,10,2,0,10\n");
        says(rejected(file), "h.csv, line 2, column sd_2: sd_2 (0) must be positive in study 'A'");
    }

    @Test
    void intervalThatDoesNotContainItsEstimate() throws IOException {
        Path file = write("i.csv", "study,estimate,ci_lower,ci_upper\nA,0.5,0.6,0.9\n");
        says(rejected(file, "--measure", "HR"), "i.csv, line 2, column estimate",
                "the confidence interval 0.6 to 0.9 does not contain the estimate 0.5 in study 'A'");
    }

    @Test
    void raggedRow() throws IOException {
        Path file = write("j.csv", "study,events_1,total_1,events_2,total_2\nA,1,10,2,10\nB,1,10,2\n");
        says(rejected(file), "j.csv, line 3: the row has 4 cells but the header has 5 columns");
    }

    @Test
    void emptyFile() throws IOException {
        says(rejected(write("k.csv", "")), "k.csv: the file is empty");
    }

    @Test
    void headerWithoutStudies() throws IOException {
        says(rejected(write("l.csv", "study,events,total\n")), "l.csv: the file has a header but no studies");
    }

    @Test
    void fileThatDoesNotExist() {
        says(rejected(dir.resolve("nowhere.csv")), "nowhere.csv: no such file");
    }

    @Test
    void unknownMeasure() throws IOException {
        Path file = write("m.csv", "study,events_1,total_1,events_2,total_2\nA,1,10,2,10\n");
        says(rejected(file, "--measure", "XX"), "--measure", "XX", "OR, RR, RD");
    }

    @Test
    void measureThatDoesNotFitTheColumns() throws IOException {
        Path file = write("n.csv", "study,events_1,total_1,events_2,total_2\nA,1,10,2,10\n");
        says(rejected(file, "--measure", "SMD"), "n.csv: measure SMD (standardised mean difference) does not fit "
                + "the columns (events_1,total_1,events_2,total_2); for these columns use one of OR, RR, RD");
    }

    @Test
    void estimatesWithIntervalsNeedTheirMeasure() throws IOException {
        Path file = write("o.csv", "study,estimate,ci_lower,ci_upper\nA,0.5,0.3,0.9\n");
        says(rejected(file), "o.csv: estimates with confidence intervals need --measure");
    }

    @Test
    void subgroupColumnThatIsNotThere() throws IOException {
        Path file = write("p.csv", "study,events_1,total_1,events_2,total_2,design\nA,1,10,2,10,rct\n");
        says(rejected(file, "--by", "desing"), "p.csv: --by column 'desing' is not in the file; found: study,");
    }

    @Test
    void emptySubgroupCell() throws IOException {
        Path file = write("q.csv", "study,events_1,total_1,events_2,total_2,design\nA,1,10,2,10,rct\nB,1,10,2,10,\n");
        says(rejected(file, "--by", "design"), "q.csv, line 3, column design: the cell is empty");
    }

    @Test
    void emptyStudyLabel() throws IOException {
        Path file = write("r.csv", "study,events,total\n,1,10\n");
        says(rejected(file), "r.csv, line 2, column study: the study label is empty");
    }

    @Test
    void levelOutOfRange() throws IOException {
        Path file = write("s.csv", "study,events,total\nA,1,10\n");
        says(rejected(file, "--level", "0.95"), "--level (0.95)");
    }

    @Test
    void mantelHaenszelWithRandomEffectsIsRefused() throws IOException {
        Path file = write("t.csv", "study,events_1,total_1,events_2,total_2\nA,1,10,2,10\nB,2,10,3,10\n");
        says(rejected(file, "--pooling", "MH", "--model", "random"), "Mantel-Haenszel pooling is a common-effect method");
    }

    @Test
    void latin1AndByteOrderMarkAreRead() throws IOException {
        Path latin1 = dir.resolve("u.csv");
        Files.write(latin1, "study,events,total\nM\u00f8ller 2024,39,179\nB,2,10\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = CliRun.of("meta", latin1.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("M\u00f8ller 2024"), run.out());
        Path bom = write("v.csv", "\uFEFFstudy,events,total\nA,39,179\nB,2,10\n");
        assertEquals(0, CliRun.of("meta", bom.toString()).exitCode());
    }

    @Test
    void unterminatedQuoteNamesTheFileAndLine() throws IOException {
        Path file = write("w.csv",
                "study,events_1,total_1,events_2,total_2\nA,1,10,2,10\n\"B,1,10,2,10\nC,3,10,4,10\n");
        CliRun run = rejected(file);
        says(run, "evsynth meta: ", "w.csv, line 3", "never closed");
        assertTrue(!run.err().contains("Exception") && !run.err().contains("startline"), run.err());
    }

    @Test
    void numbersThatAreNotWhatTheyLookLikeAreRefused() throws IOException {
        says(rejected(write("x.csv", "study,events_1,total_1,events_2,total_2\nA,0x1p3,10,2,10\n")),
                "x.csv, line 2, column events_1", "hexadecimal");
        says(rejected(write("y.csv", "study,events_1,total_1,events_2,total_2\nA,10.5,20,2,10\n")),
                "y.csv, line 2, column events_1", "not a whole number");
        says(rejected(write("z.csv", "study,theta,se\nA,1e-400,0.1\nB,0.2,0.1\n")), "z.csv, line 2, column theta",
                "too close to 0");
    }
}
