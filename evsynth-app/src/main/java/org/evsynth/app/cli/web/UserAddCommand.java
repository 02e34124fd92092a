package org.evsynth.app.cli.web;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.evsynth.app.cli.CommandFailure;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.review.people.Member;
import org.evsynth.review.people.MemberStore;
import org.evsynth.review.people.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evsynth user add DIR NAME --role ROLE}: a new member, with a password asked for or read from a file. */
@Command(name = "add", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Adds a person to the review. The password is asked for twice without echo, or read from",
            "the first line of --password-file. Roles: viewer (reads), reviewer (also screens, extracts,",
            "assesses), owner (also imports, settles conflicts, edits the protocol, manages people)."})
public final class UserAddCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private UserCommand.Target target = new UserCommand.Target();

    @Mixin
    private ReviewLocation location = new ReviewLocation();

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "owner, reviewer or viewer.")
    private String role;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password from the file's first line instead of asking.")
    private Path passwordFile;

    @Override
    public Integer call() {
        Path dir = target.dir(location);
        Role chosen;
        try {
            chosen = Role.of(role);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.badInput(e.getMessage(), e);
        }
        try (MemberStore people = location.openPeople(dir)) {
            char[] password = PasswordInput.read(passwordFile, target.name());
            try {
                Member m = people.add(target.name(), chosen, password, target.actor());
                spec.commandLine().getOut().println("added " + m.name() + " (" + m.role().id() + ") to "
                        + location.describe(dir));
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        return ExitCode.OK;
    }
}
