package org.evsynth.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Progress: nothing in the first two seconds, then in place on a terminal or an occasional line, or nowhere. */
class ProgressPrinterTest {

    private long now;

    private long seconds(double s) {
        now = (long) (s * TimeUnit.SECONDS.toNanos(1));
        return now;
    }

    @Test
    void nothingForShortWorkThenOneLineRewrittenInPlace() {
        StringWriter text = new StringWriter();
        ProgressPrinter progress = new ProgressPrinter("evsynth meta: sensitivity analyses", "refits",
                new PrintWriter(text), true, () -> now);
        seconds(1.9);
        progress.progress(10, 100);
        assertEquals("", text.toString(), "nothing in the first two seconds");
        seconds(2.5);
        progress.progress(50, 100);
        seconds(2.6);
        progress.progress(51, 100);
        seconds(3.0);
        progress.progress(80, 100);
        seconds(4.0);
        progress.progress(100, 100);
        progress.finish();
        assertEquals("\revsynth meta: sensitivity analyses: 50% (50 of 100 refits), about 3 s left"
                + "\revsynth meta: sensitivity analyses: 80% (80 of 100 refits), about 1 s left"
                + "\revsynth meta: sensitivity analyses: 100 refits done in 4 s" + " ".repeat(16) + "\n",
                text.toString(), "at most four times a second, the last line padded over the longer one before");
    }

    @Test
    void aLogGetsAWholeLineAtMostEveryTenSeconds() {
        StringWriter text = new StringWriter();
        ProgressPrinter progress = new ProgressPrinter("evsynth meta: batch", "analyses", new PrintWriter(text),
                false, () -> now);
        for (int second = 0; second <= 25; second++) {
            seconds(second);
            progress.progress(second, 100);
        }
        progress.finish();
        String[] lines = text.toString().split("\n");
        assertEquals(4, lines.length, text.toString());
        assertTrue(lines[0].startsWith("evsynth meta: batch: 2% (2 of 100 analyses)"), lines[0]);
        assertTrue(lines[1].startsWith("evsynth meta: batch: 12%") && lines[2].startsWith("evsynth meta: batch: 22%"));
        assertEquals("evsynth meta: batch: 25 analyses done in 25 s", lines[3]);
    }

    /** Standard error not a terminal and progress not asked for: nothing at all, however long it runs. */
    @Test
    void nowhereWhenNotShown() {
        ProgressPrinter progress = new ProgressPrinter("evsynth meta: batch", "analyses", null, false, () -> now);
        seconds(60);
        progress.progress(1, 2);
        progress.finish();
        assertEquals("1 min", ProgressPrinter.duration(TimeUnit.SECONDS.toNanos(60)));
    }

    /** A step without a count (writing a million rows) shows its name and the time so far, and refits their count. */
    @Test
    void aStepWithoutACountShowsItsNameAndTheTimeSoFar() {
        StringWriter text = new StringWriter();
        ProgressPrinter progress = new ProgressPrinter("evsynth meta", "refits", new PrintWriter(text), false,
                () -> now);
        progress.phase("analysing 1,000,000 studies");
        seconds(1);
        progress.tick();
        assertEquals("", text.toString());
        seconds(3);
        progress.tick();
        progress.progress(5, 10);
        progress.output("writing the results");
        seconds(14);
        progress.tick();
        seconds(15);
        progress.finish();
        assertEquals("evsynth meta: analysing 1,000,000 studies (3 s)\n"
                + "evsynth meta: writing the results (14 s)\n"
                + "evsynth meta: done in 15 s\n", text.toString().replace(System.lineSeparator(), "\n"));
    }
}
