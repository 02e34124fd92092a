package org.evsynth.app.cli.web;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evsynth.app.cli.CommandFailure;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.review.people.Member;
import org.evsynth.review.people.MemberStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code evsynth user remove DIR NAME}: the member can no longer sign in; what they did keeps their name. */
@Command(name = "remove", sortOptions = false, usageHelpAutoWidth = true,
        description = "Removes a person: they are signed out, their tokens revoked; their decisions stay theirs.")
public final class UserRemoveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private UserCommand.Target target = new UserCommand.Target();

    @Mixin
    private ReviewLocation location = new ReviewLocation();

    @Override
    public Integer call() {
        Path dir = target.dir(location);
        try (MemberStore people = location.openPeople(dir)) {
            Member m = people.findByName(target.name()).orElseThrow(() -> CommandFailure.badInput(
                    location.describe(dir) + " has no member named '" + target.name() + "'"));
            people.remove(m.id(), target.actor());
            spec.commandLine().getOut().println("removed " + m.name() + " from " + location.describe(dir));
        }
        return ExitCode.OK;
    }
}
