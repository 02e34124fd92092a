package org.evsynth.app.cli.web;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.review.people.Member;
import org.evsynth.review.people.MemberStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evsynth user list DIR}: the members, their roles, and who added them when. */
@Command(name = "list", sortOptions = false, usageHelpAutoWidth = true,
        description = "Lists the review's people: name, role, when and by whom they were added.")
public final class UserListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "The review folder (optional with --db).")
    private Path dir;

    @Mixin
    private ReviewLocation location = new ReviewLocation();

    @Override
    public Integer call() {
        try (MemberStore people = location.openPeople(dir)) {
            PrintWriter out = spec.commandLine().getOut();
            int width = Math.max(4, people.list().stream().mapToInt(m -> m.name().length()).max().orElse(4));
            out.printf("%-" + width + "s  %-8s  %-10s  %s%n", "name", "role", "added", "by");
            for (Member m : people.list()) {
                out.printf("%-" + width + "s  %-8s  %-10s  %s%n", m.name(), m.role().id(),
                        m.addedAt().toString().substring(0, 10), m.addedBy());
            }
        }
        return ExitCode.OK;
    }
}
