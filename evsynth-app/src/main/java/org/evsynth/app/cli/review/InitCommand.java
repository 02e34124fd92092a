package org.evsynth.app.cli.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evsynth.app.cli.CommandFailure;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.review.Review;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evsynth init}: a new review folder with a protocol skeleton to fill in. */
@Command(name = "init", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Create a review: DIR/review.yaml (the protocol, to edit: question, eligibility criteria,",
            "screening mode, exclusion reasons) and DIR/review.db (SQLite), or the database named by --db."})
public final class InitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The review folder to create.")
    private Path dir;

    @Option(names = "--title", paramLabel = "TITLE", description = "The review's title. Default: the folder's name.")
    private String title;

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Override
    public Integer call() {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        String t = title != null ? title : name == null ? "Review" : name.toString();
        try (Review created = review.create(dir, t)) {
            spec.commandLine().getOut().printf("evsynth init: review '%s' created in %s (%s); edit %s%n",
                    TerminalText.clean(t), dir, created.location(), dir.resolve(Review.PROTOCOL_FILE));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        } catch (IOException e) {
            throw CommandFailure.failed("cannot create " + dir + ": " + e.getMessage());
        }
    }
}
