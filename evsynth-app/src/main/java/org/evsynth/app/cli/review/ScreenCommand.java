package org.evsynth.app.cli.review;

import org.evsynth.app.cli.ExitCode;
import org.evsynth.app.cli.CommandFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.evsynth.records.Author;
import org.evsynth.records.BibRecord;
import org.evsynth.review.Decision;
import org.evsynth.review.Review;
import org.evsynth.review.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evsynth screen}: the interactive screener. It shows one record at a time from the reviewer's queue with
 * the eligibility criteria's words marked, and takes single keys; every decision is saved (its own transaction)
 * before the next record is shown. Blinded: it shows no other reviewer's decision.
 */
@Command(name = "screen", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Screen the records awaiting your decision, one at a time, with single keys:",
            "  i include   e exclude (at full text: choose a reason)   m maybe   u undo the last decision",
            "  s skip (it stays in your queue)   q quit",
            "Without a terminal (keys piped in), one key per line. Other reviewers' decisions are never shown."})
public final class ScreenCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The review folder.")
    private Path dir;

    @Option(names = "--stage", paramLabel = "STAGE", defaultValue = "title-abstract",
            description = "title-abstract or full-text. Default: ${DEFAULT-VALUE}.")
    private String stage;

    @Option(names = "--reviewer", required = true, paramLabel = "NAME", description = "Who is screening.")
    private String reviewer;

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    private final InputStream input;

    /** Reads keys from the terminal, or lines from standard input when there is none. */
    public ScreenCommand() {
        this(null);
    }

    /** Reads one key per line from the stream (tests). */
    public ScreenCommand(InputStream input) {
        this.input = input;
    }

    @Override
    public Integer call() throws IOException {
        Stage s;
        try {
            s = Stage.of(stage);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.badInput(e.getMessage());
        }
        return ReviewRun.run(spec, dir, review, r -> {
            try (Keys keys = input == null ? Keys.system() : Keys.lines(input)) {
                return new Session(r, s, keys, spec.commandLine().getOut()).run();
            }
        });
    }

    /** One sitting of one reviewer at one stage. */
    private final class Session {
        private final Review review;
        private final Stage stage;
        private final Keys keys;
        private final PrintWriter out;
        private final Highlighter highlighter;
        private final List<Long> queue;
        private final Deque<Long> decided = new ArrayDeque<>();
        private int skipped;
        private String message = "";

        Session(Review review, Stage stage, Keys keys, PrintWriter out) {
            this.review = review;
            this.stage = stage;
            this.keys = keys;
            this.out = out;
            this.highlighter = Highlighter.of(review.protocol().yaml());
            this.queue = new ArrayList<>(review.queue(stage, reviewer));
        }

        int run() throws IOException {
            if (queue.isEmpty()) {
                out.printf("evsynth screen: nothing awaits %s at %s%n", reviewer, stage.id());
                return ExitCode.OK;
            }
            int pos = 0;
            while (pos < queue.size()) {
                long id = queue.get(pos);
                show(id, pos);
                int key = keys.key();
                message = "";
                switch (key) {
                    case 'i', 'e', 'm' -> {
                        Decision d = key == 'i' ? Decision.INCLUDE : key == 'e' ? Decision.EXCLUDE : Decision.MAYBE;
                        String reason = null;
                        if (d == Decision.EXCLUDE && stage == Stage.FULL_TEXT) {
                            reason = reason();
                            if (reason == null) {
                                message = "not saved: an exclusion at full text needs a reason";
                                continue;
                            }
                        }
                        review.decide(id, stage, reviewer, d, reason, null);
                        decided.push(id);
                        message = String.format(Locale.ROOT, "saved: record %d %s%s", id, d.id(),
                                reason == null ? "" : " (" + reason + ")");
                        pos++;
                    }
                    case 'u' -> {
                        if (decided.isEmpty()) {
                            message = "nothing to undo in this session";
                        } else {
                            long last = decided.pop();
                            review.withdraw(last, stage, reviewer);
                            pos = queue.indexOf(last);
                            message = "undone: record " + last;
                        }
                    }
                    case 's' -> {
                        skipped++;
                        message = "skipped: record " + id;
                        pos++;
                    }
                    case 'q', -1 -> {
                        return finish(false);
                    }
                    default -> message = "unknown key '" + (char) key + "': i e m u s q";
                }
            }
            return finish(true);
        }

        private int finish(boolean end) {
            if (keys.ansi()) {
                out.println();
            }
            if (!message.isEmpty()) {
                out.println(message);
            }
            int left = review.queue(stage, reviewer).size();
            out.printf("%s%d decided, %d skipped; %d left for %s at %s%n", end ? "End of the queue: " : "Stopped: ",
                    decided.size(), skipped, left, reviewer, stage.id());
            out.flush();
            return ExitCode.OK;
        }

        private String reason() throws IOException {
            List<String> reasons = review.protocol().exclusionReasons();
            for (int k = 0; k < reasons.size(); k++) {
                out.printf("  %d  %s%n", k + 1, reasons.get(k));
            }
            while (true) {
                String line = keys.line("Reason (1-" + reasons.size() + ", Enter to cancel): ", out);
                if (line == null || line.isEmpty()) {
                    return null;
                }
                try {
                    int n = Integer.parseInt(line);
                    if (n >= 1 && n <= reasons.size()) {
                        return reasons.get(n - 1);
                    }
                } catch (NumberFormatException e) {
                    // asked again below
                }
                out.println("  '" + line + "' is not one of 1 to " + reasons.size());
            }
        }

        private void show(long id, int pos) {
            boolean ansi = keys.ansi();
            int width = keys.width();
            BibRecord r = review.record(id).record();
            if (ansi) {
                out.print("\u001B[H\u001B[2J");
            }
            String head = String.format(Locale.ROOT, "%s  |  %s  |  %s", review.title(), stage.id(), reviewer);
            String progress = String.format(Locale.ROOT, "%d/%d", pos + 1, queue.size());
            out.println(head + " ".repeat(Math.max(2, width - head.length() - progress.length())) + progress);
            out.println("-".repeat(width));
            out.printf("Record %d%n%n", id);
            String title = r.title() == null ? "(no title)" : r.title();
            for (String line : wrap(title, width)) {
                out.println(ansi ? "\u001B[1m" + highlighter.mark(line, true) + "\u001B[0m"
                        : highlighter.mark(line, false));
            }
            String authors = r.authors().stream().limit(6).map(Author::display).collect(Collectors.joining(", "))
                    + (r.authors().size() > 6 ? ", et al." : "");
            out.println(authors);
            List<String> where = new ArrayList<>();
            if (r.journal() != null) {
                where.add(r.journal());
            }
            if (r.year() != null) {
                where.add(String.valueOf(r.year()));
            }
            if (r.doi() != null) {
                where.add("doi:" + r.doi());
            }
            out.println(String.join(". ", where));
            out.println();
            if (r.abstractText() != null) {
                for (String line : wrap(r.abstractText(), width)) {
                    out.println(highlighter.mark(line, ansi));
                }
            } else {
                out.println("(no abstract)");
            }
            if (!r.keywords().isEmpty()) {
                out.println();
                out.println(highlighter.mark("Keywords: " + String.join("; ", r.keywords()), ansi));
            }
            out.println("-".repeat(width));
            if (!message.isEmpty()) {
                out.println(message);
            }
            out.print("[i]nclude  [e]xclude  [m]aybe  [u]ndo  [s]kip  [q]uit > ");
            if (!ansi) {
                out.println();
            }
            out.flush();
        }
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
