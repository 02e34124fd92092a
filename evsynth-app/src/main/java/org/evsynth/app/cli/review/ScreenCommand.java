package org.evsynth.app.cli.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.evsynth.app.cli.CommandFailure;
import org.evsynth.review.Actor;
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
            "  i include   e exclude (at full text: then a reason's number)   m maybe   u undo the last decision",
            "  s skip (it stays in your queue)   f/b the abstract's next/previous page   q quit",
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
    private final int width;
    private final int height;

    /** Reads keys from the terminal, or lines from standard input when there is none. */
    public ScreenCommand() {
        this(null, 0, 0);
    }

    /** Reads one key per line from the stream (tests), as on a screen of 100 columns and unlimited lines. */
    public ScreenCommand(InputStream input) {
        this(input, 100, Integer.MAX_VALUE);
    }

    /** Reads one key per line from the stream, as on a screen of the given size (tests of paging). */
    public ScreenCommand(InputStream input, int width, int height) {
        this.input = input;
        this.width = width;
        this.height = height;
    }

    @Override
    public Integer call() throws IOException {
        Stage s;
        Actor who;
        try {
            s = Stage.of(stage);
            who = Actor.named(reviewer);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.badInput(e.getMessage());
        }
        return ReviewRun.run(spec, dir, review, r -> {
            try (Keys keys = input == null ? Keys.system() : Keys.lines(input, width, height)) {
                return new ScreeningSession(r, s, who, keys, spec.commandLine().getOut()).run();
            }
        });
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
