package org.evsynth.app.cli.web;

import org.evsynth.review.Actor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evsynth.app.cli.EvsynthCommand;
import org.evsynth.review.PeopleStorage;
import org.evsynth.review.Review;
import org.evsynth.review.people.MemberStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evsynth user}: adding, listing, removing people and setting passwords; bad input exits 2 with the reason. */
class UserCommandTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EvsynthCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void peopleAreAddedListedGivenAPasswordAndRemoved() throws Exception {
        Path dir = tmp.resolve("rev");
        Review.create(dir, "Users", Actor.named("test")).close();
        Path pw = Files.writeString(tmp.resolve("pw"), "first password\nignored second line\n");
        Run add = run("user", "add", dir.toString(), "Ann", "--role", "owner", "--password-file", pw.toString(),
                "--as", "setup");
        assertEquals(0, add.code(), add.err());
        assertEquals("added Ann (owner) to " + dir + "\n", add.out());
        assertEquals(0, run("user", "add", dir.toString(), "Bob", "--role", "REVIEWER", "--password-file",
                pw.toString()).code());
        Run list = run("user", "list", dir.toString());
        assertTrue(list.out().startsWith("name  role      added       by\n"), list.out());
        assertTrue(list.out().contains("Ann   owner") && list.out().contains("Bob   reviewer"), list.out());

        Path other = Files.writeString(tmp.resolve("pw2"), "second password");
        assertEquals(0, run("user", "password", dir.toString(), "bob", "--password-file", other.toString()).code());
        try (MemberStore people = PeopleStorage.open(dir)) {
            assertTrue(people.authenticate("Bob", "second password".toCharArray()).isPresent());
            assertTrue(people.authenticate("Ann", "first password".toCharArray()).isPresent(),
                    "only the first line is the password");
        }
        assertEquals(0, run("user", "remove", dir.toString(), "Bob").code());
        assertTrue(!run("user", "list", dir.toString()).out().contains("Bob"));
    }

    @Test
    void badInputIsRefusedWithExitCode2AndTheReason() throws Exception {
        Path dir = tmp.resolve("rev");
        Review.create(dir, "Users", Actor.named("test")).close();
        Path pw = Files.writeString(tmp.resolve("pw"), "first password\n");
        assertEquals(0, run("user", "add", dir.toString(), "Ann", "--role", "owner", "--password-file",
                pw.toString()).code());
        assertRefused("already has a member named 'ann'", "user", "add", dir.toString(), "ann", "--role", "viewer",
                "--password-file", pw.toString());
        assertRefused("unknown role 'admin'", "user", "add", dir.toString(), "Eve", "--role", "admin",
                "--password-file", pw.toString());
        assertRefused("at least 8 characters", "user", "add", dir.toString(), "Eve", "--role", "viewer",
                "--password-file", Files.writeString(tmp.resolve("short"), "short").toString());
        assertRefused("first line is empty", "user", "add", dir.toString(), "Eve", "--role", "viewer",
                "--password-file", Files.writeString(tmp.resolve("empty"), "\nsecond").toString());
        assertRefused("cannot read the password file", "user", "add", dir.toString(), "Eve", "--role", "viewer",
                "--password-file", tmp.resolve("missing").toString());
        assertRefused("no console to ask for Eve's password", "user", "add", dir.toString(), "Eve", "--role",
                "viewer");
        assertRefused("only owner", "user", "remove", dir.toString(), "Ann");
        assertRefused("has no member named 'Zed'", "user", "remove", dir.toString(), "Zed");
        assertRefused("holds no review", "user", "list", tmp.resolve("nothing").toString());
        assertRefused("name the review folder and the member", "user", "remove", "Ann");
        assertRefused("say what to do", "user");
    }

    private static void assertRefused(String reason, String... args) {
        Run r = run(args);
        assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
        assertTrue(r.err().contains(reason), r.err());
    }
}
