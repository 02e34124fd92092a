package org.evsynth.app.cli.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.NonBlockingReader;

/**
 * The screener's keyboard: single keys without Enter on a terminal (JLine 3, raw mode), or one line per key when
 * standard input is not a terminal, so that a session can be scripted by piping keys in.
 */
abstract class Keys implements AutoCloseable {

    /** The next key, lower case, or -1 when the input has ended. */
    abstract int key() throws IOException;

    /**
     * One key of a choice after the prompt, lower case: Enter (or an empty line) gives '\n', the end of the input
     * -1.
     */
    abstract int choice(String prompt, PrintWriter out) throws IOException;

    /** Whether the output is a terminal that shows colours and can be cleared. */
    abstract boolean ansi();

    /** The width to wrap text to. */
    abstract int width();

    /** The lines the screen has, for paging a long abstract. */
    abstract int height();

    @Override
    public void close() throws IOException {
    }

    /**
     * Keys from the system terminal when standard input and output are one; otherwise lines from standard input.
     */
    static Keys system() throws IOException {
        if (System.console() != null) {
            Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build();
            if (!Terminal.TYPE_DUMB.equals(terminal.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
                return new TerminalKeys(terminal);
            }
            terminal.close();
        }
        return lines(System.in);
    }

    /** One key per line of the input: its first character; blank lines are skipped. */
    static Keys lines(InputStream in) {
        return lines(in, 100, Integer.MAX_VALUE);
    }

    /** Keys from lines, as on a screen of the given size. */
    static Keys lines(InputStream in, int width, int height) {
        return new LineKeys(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), width, height);
    }

    private static final class LineKeys extends Keys {
        private final BufferedReader in;
        private final int width;
        private final int height;

        LineKeys(BufferedReader in, int width, int height) {
            this.in = in;
            this.width = width;
            this.height = height;
        }

        @Override
        int key() throws IOException {
            String line;
            do {
                line = in.readLine();
                if (line == null) {
                    return -1;
                }
                line = line.strip();
            } while (line.isEmpty());
            return Character.toLowerCase(line.charAt(0));
        }

        private String line(String prompt, PrintWriter out) throws IOException {
            out.print(prompt);
            out.flush();
            String line = in.readLine();
            out.println();
            return line == null ? null : line.strip();
        }

        @Override
        int choice(String prompt, PrintWriter out) throws IOException {
            String line = line(prompt, out);
            return line == null ? -1 : line.isEmpty() ? '\n' : Character.toLowerCase(line.charAt(0));
        }

        @Override
        boolean ansi() {
            return false;
        }

        @Override
        int width() {
            return width;
        }

        @Override
        int height() {
            return height;
        }
    }

    private static final class TerminalKeys extends Keys {
        private final Terminal terminal;
        private final Attributes saved;
        private final NonBlockingReader reader;

        TerminalKeys(Terminal terminal) {
            this.terminal = terminal;
            this.saved = terminal.enterRawMode();
            this.reader = terminal.reader();
        }

        @Override
        int key() throws IOException {
            int c = reader.read();
            return c < 0 || c == 4 ? -1 : Character.toLowerCase(c);
        }

        @Override
        int choice(String prompt, PrintWriter out) throws IOException {
            out.print(prompt);
            out.flush();
            int c = reader.read();
            out.println();
            return c < 0 || c == 4 ? -1 : c == '\r' || c == '\n' || c == 27 ? '\n' : Character.toLowerCase(c);
        }

        @Override
        boolean ansi() {
            return true;
        }

        @Override
        int height() {
            int h = terminal.getHeight();
            return h <= 5 ? 24 : h;
        }

        @Override
        int width() {
            int w = terminal.getWidth();
            return w <= 20 ? 100 : Math.min(w - 1, 120);
        }

        @Override
        public void close() throws IOException {
            terminal.setAttributes(saved);
            terminal.close();
        }
    }
}
