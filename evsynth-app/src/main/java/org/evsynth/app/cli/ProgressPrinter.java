package org.evsynth.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.evsynth.stats.sensitivity.ProgressListener;

/**
 * Shows how far long work has got, on standard error only, and only once it has run for two seconds: short runs,
 * tests and pipelines see nothing. On a terminal it is one line rewritten in place a few times a second
 * ({@code evsynth meta: sensitivity analyses: 45% (45,000 of 100,000 refits), about 1 min left}); in a log or a
 * script's captured output it is an occasional whole line, at most one every ten seconds, so a log stays short. A
 * last line says how long it took when anything was shown.
 *
 * <p>Whether standard error is a terminal: the launcher says so in {@value #STDERR_TERMINAL} ({@code 1} or
 * {@code 0}, from the shell's {@code -t 2}); without it, whether Java sees a console.
 */
final class ProgressPrinter implements ProgressListener {

    /** Set by the launcher: 1 when standard error is a terminal, 0 when it is not. */
    static final String STDERR_TERMINAL = "EVSYNTH_STDERR_TTY";

    /** Set by the launcher: 1 when standard output is a terminal, 0 when it is not. */
    static final String STDOUT_TERMINAL = "EVSYNTH_STDOUT_TTY";

    private static final long DELAY = TimeUnit.SECONDS.toNanos(2);
    private static final long TERMINAL_EVERY = TimeUnit.MILLISECONDS.toNanos(250);
    private static final long LINE_EVERY = TimeUnit.SECONDS.toNanos(10);

    private final String label;
    private final String unit;
    private final PrintWriter err;
    private final boolean inPlace;
    private final LongSupplier clock;
    private final long start;
    private long lastShown;
    private boolean shown;
    private int width;
    private int done;

    /**
     * @param label what is being done, after the command: "evsynth meta: sensitivity analyses"
     * @param unit what is counted, plural: "refits"
     * @param inPlace one line rewritten in place (a terminal) rather than occasional lines
     * @param clock nanoseconds, as {@link System#nanoTime}
     */
    ProgressPrinter(String label, String unit, PrintWriter err, boolean inPlace, LongSupplier clock) {
        this.label = label;
        this.unit = unit;
        this.err = err;
        this.inPlace = inPlace;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /**
     * Progress for this command's work, rewritten in place when standard error is a terminal, unless standard output
     * goes to the same terminal while the work runs (a batch prints as it goes): then occasional lines.
     */
    static ProgressPrinter onStandardError(String label, String unit, PrintWriter err, boolean printsMeanwhile) {
        boolean inPlace = isTerminal(STDERR_TERMINAL) && !(printsMeanwhile && isTerminal(STDOUT_TERMINAL));
        return new ProgressPrinter(label, unit, err, inPlace, System::nanoTime);
    }

    private static boolean isTerminal(String variable) {
        String said = System.getenv(variable);
        return said == null ? System.console() != null : said.equals("1");
    }

    @Override
    public void progress(int done, int total) {
        this.done = done;
        long now = clock.getAsLong();
        long elapsed = now - start;
        if (elapsed < DELAY || done >= total || shown && now - lastShown < (inPlace ? TERMINAL_EVERY : LINE_EVERY)) {
            return;
        }
        lastShown = now;
        show(String.format(Locale.ROOT, "%s: %d%% (%,d of %,d %s)%s", label, (int) (100L * done / total), done,
                total, unit, done == 0 ? "" : ", about " + duration(elapsed * (total - done) / done) + " left"),
                false);
    }

    /** Ends the progress line, saying how long the work took, if any progress was shown. */
    void finish() {
        if (shown) {
            show(String.format(Locale.ROOT, "%s: %,d %s done in %s", label, done, unit,
                    duration(clock.getAsLong() - start)), true);
        }
    }

    private void show(String text, boolean last) {
        if (inPlace) {
            err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())) + (last ? "\n" : ""));
            width = text.length();
        } else {
            err.println(text);
        }
        err.flush();
        shown = true;
    }

    /** "45 s", "3 min 20 s", "2 h 5 min". */
    static String duration(long nanos) {
        long seconds = Math.max(1, Math.round(nanos / 1e9));
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
        }
        return seconds / 3600 + " h" + (seconds % 3600 / 60 == 0 ? "" : " " + seconds % 3600 / 60 + " min");
    }
}
