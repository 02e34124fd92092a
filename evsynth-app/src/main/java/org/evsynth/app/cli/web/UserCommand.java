package org.evsynth.app.cli.web;

import java.nio.file.Path;
import java.util.List;
import org.evsynth.app.cli.CommandFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evsynth user}: the people who may use the review in the web app. The owner manages them there too; from
 * the command line, whoever can open the review's folder or database does.
 */
@Command(name = "user", sortOptions = false, usageHelpAutoWidth = true,
        description = "The review's people for the web app: add, list, remove, or set a password.",
        subcommands = {UserAddCommand.class, UserListCommand.class, UserRemoveCommand.class,
            UserPasswordCommand.class})
public final class UserCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "say what to do: add, list, remove or password");
    }

    /**
     * The folder and the name of a user verb: {@code DIR NAME}, or {@code NAME} alone with {@code --db}.
     */
    static final class Target {

        @Option(names = "--as", paramLabel = "NAME",
                description = "Who is acting, for the audit log. Default: the login name.")
        String actor;

        @Parameters(arity = "1..2", paramLabel = "[DIR] NAME",
                description = "The review folder (optional with --db) and the member's name.")
        List<String> words;

        Path dir(ReviewLocation location) {
            if (words.size() == 2) {
                return Path.of(words.get(0));
            }
            if (location.db == null) {
                throw CommandFailure.badInput("name the review folder and the member: DIR NAME (or --db JDBC_URL "
                        + "NAME)");
            }
            return null;
        }

        String name() {
            return words.get(words.size() - 1);
        }

        String actor() {
            return actor != null ? actor : System.getProperty("user.name", "evsynth");
        }
    }
}
