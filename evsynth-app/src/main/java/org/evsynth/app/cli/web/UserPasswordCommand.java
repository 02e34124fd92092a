package org.evsynth.app.cli.web;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.evsynth.app.cli.CommandFailure;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.review.people.Member;
import org.evsynth.review.people.MemberStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evsynth user password DIR NAME}: sets a member's password (a forgotten one, say). */
@Command(name = "password", sortOptions = false, usageHelpAutoWidth = true,
        description = "Sets a member's password, asked for twice without echo or read from --password-file.")
public final class UserPasswordCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private UserCommand.Target target = new UserCommand.Target();

    @Mixin
    private ReviewLocation location = new ReviewLocation();

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password from the file's first line instead of asking.")
    private Path passwordFile;

    @Override
    public Integer call() {
        Path dir = target.dir(location);
        try (MemberStore people = location.openPeople(dir)) {
            Member m = people.findByName(target.name()).orElseThrow(() -> CommandFailure.badInput(
                    location.describe(dir) + " has no member named '" + target.name() + "'"));
            char[] password = PasswordInput.read(passwordFile, m.name());
            try {
                people.setPassword(m.id(), password, target.actor());
            } finally {
                Arrays.fill(password, '\0');
            }
            spec.commandLine().getOut().println("set the password of " + m.name());
        }
        return ExitCode.OK;
    }
}
