package org.evsynth.app.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evsynth.app.cli.EvsynthCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The review verbs against what a new user and an attacker hit (issue 13), through the command line. */
class ReviewSafetyTest {

    private static final String HOSTILE = "Aspirin \u001B]0;pwned\u0007trial \u001B[2Jafter stroke";

    @TempDir
    Path tmp;

    private String dir;

    @BeforeEach
    void aReview() throws Exception {
        dir = tmp.resolve("rev").toString();
        ok(ReviewCli.run("init", dir, "--title", "Safety"));
        Path ris = ReviewCli.ris(tmp.resolve("a.ris"), List.of(
                new ReviewCli.Ref(HOSTILE, "Smith, A", 2001, "10.9/a"),
                new ReviewCli.Ref("Heparin in pregnancy", "Jones, B", 2002, "10.9/b"),
                new ReviewCli.Ref("Zinc for the common cold", "Brown, C", 2003, "10.9/c"),
                new ReviewCli.Ref("Vitamin D and falls", "Green, D", 2004, "10.9/d")));
        ok(ReviewCli.run("import", dir, ris.toString(), "--source", "MEDLINE"));
    }

    private Path csv(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static ReviewCli ok(ReviewCli run) {
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    private static void assertNoControls(String text) {
        assertFalse(text.contains("\u001B") || text.contains("\u0007"), text);
    }

    @Test
    void repeatedResolveSettlesEveryRecordNamed() throws Exception {
        ok(ReviewCli.run("decisions", dir, "--import", csv("d.csv", "record,stage,reviewer,decision\n"
                + "1,title-abstract,ann,include\n1,title-abstract,bob,exclude\n"
                + "2,title-abstract,ann,include\n2,title-abstract,bob,exclude\n").toString()));
        ReviewCli conflicts = ok(ReviewCli.run("conflicts", dir));
        assertNoControls(conflicts.out());
        assertTrue(conflicts.out().contains("Aspirin ]0;pwnedtrial after stroke") || conflicts.out()
                .contains("Aspirin trial after stroke"), conflicts.out());
        ReviewCli both = ok(ReviewCli.run("conflicts", dir, "--resolve", "1", "exclude", "--resolve", "2", "include",
                "--as", "cat"));
        assertTrue(both.out().contains("record 1 excluded") && both.out().contains("record 2 included"), both.out());
        assertEquals("No conflicts.\n", ReviewCli.run("conflicts", dir).out());
        ReviewCli none = ReviewCli.run("conflicts", dir, "--resolve", "1", "include", "--as", "cat");
        assertEquals(0, none.exitCode(), "a resolved conflict may be settled again by the arbiter");
        ReviewCli agreed = ReviewCli.run("conflicts", dir, "--resolve", "3", "include", "--as", "cat");
        assertEquals(2, agreed.exitCode());
        assertTrue(agreed.err().startsWith("evsynth conflicts: resolving record 3 at title-abstract refused: "
                + "record 3 is not in conflict"), agreed.err());
        assertNoControls(ReviewCli.run("log", dir).out());
    }

    @Test
    void aMalformedDecisionsFileNamesFileLineAndColumn() throws Exception {
        Path bad = csv("bad.csv", "record,stage,reviewr,decision\n1,title-abstract,ann,include\n");
        ReviewCli run = ReviewCli.run("decisions", dir, "--import", bad.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("evsynth decisions: " + bad + " line 1: unknown column 'reviewr' (column 3); "
                + "did you mean 'reviewer'?"), run.err());
        Path quote = csv("quote.csv", "record,stage,reviewer,decision,reason,note\n1,title-abstract,ann,include,,\"x\n");
        ReviewCli unterminated = ReviewCli.run("decisions", dir, "--import", quote.toString());
        assertEquals(2, unterminated.exitCode());
        assertTrue(unterminated.err().contains(quote + " line 2: a quoted cell is never closed (column 6"),
                unterminated.err());
    }

    @Test
    void statusOnAnEmptyDatabaseCreatesNothing() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path db = Files.createFile(empty.resolve("review.db"));
        ReviewCli status = ReviewCli.run("status", empty.toString());
        assertEquals(2, status.exitCode());
        assertTrue(status.err().startsWith("evsynth status: " + empty + " holds no review"), status.err());
        assertEquals(0, Files.size(db));
        ok(ReviewCli.run("init", empty.toString(), "--title", "Now"));
    }

    @Test
    void aDamagedDatabaseIsNeitherReadNorWritten() throws Exception {
        Path db = Path.of(dir, "review.db");
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(f.length() / 3);
        }
        byte[] before = Files.readAllBytes(db);
        ReviewCli status = ReviewCli.run("status", dir);
        assertEquals(1, status.exitCode());
        assertEquals(1, status.err().lines().count(), status.err());
        assertTrue(status.err().contains("is damaged") && status.err().contains("backup"), status.err());
        Path more = ReviewCli.ris(tmp.resolve("b.ris"), List.of(new ReviewCli.Ref("More", "X, Y", 2020, "10.9/m")));
        assertEquals(1, ReviewCli.run("import", dir, more.toString(), "--source", "Embase").exitCode());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)), "nothing written");
    }

    @Test
    void anUnreachableServerIsOneLineWithHostAndPort() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ReviewCli run = ReviewCli.run("status", tmp.toString(), "--db", "jdbc:postgresql://127.0.0.1:" + port
                + "/review?password=hunter2");
        assertEquals(1, run.exitCode());
        assertEquals("evsynth status: cannot reach the PostgreSQL server at 127.0.0.1:" + port, run.err()
                .substring(0, run.err().indexOf(" (")));
        assertFalse(run.err().contains("hunter2"));
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void extractRefusesWhatTheEngineWouldNamingStudyAndField() {
        ok(ReviewCli.run("studies", dir, "--create", "Smith 2001", "--records", "1"));
        ReviewCli abc = ReviewCli.run("extract", dir, "--study", "1", "--outcome", "Pain", "--arm", "Aspirin",
                "mean=abc", "sd=2", "n=40");
        assertEquals(2, abc.exitCode());
        assertTrue(abc.err().contains("study 1 'Smith 2001', outcome 'Pain', arm 'Aspirin': mean 'abc' is not a "
                + "number"), abc.err());
        ReviewCli sd = ReviewCli.run("extract", dir, "--study", "1", "--outcome", "Pain", "--arm", "Aspirin",
                "mean=3", "sd=-2", "n=40");
        assertEquals(2, sd.exitCode());
        assertTrue(sd.err().contains("arm 'Aspirin': sd (-2) must be positive"), sd.err());
        ok(ReviewCli.run("extract", dir, "--study", "1", "--outcome", "Pain", "--arm", "Aspirn", "mean=3", "sd=2",
                "n=40"));
        ok(ReviewCli.run("extract", dir, "--study", "1", "--outcome", "Pain", "--arm", "Aspirn", "--rename-arm",
                "Aspirin"));
        ok(ReviewCli.run("extract", dir, "--study", "1", "--outcome", "Pain", "--arm", "Aspirin", "--withdraw"));
        assertTrue(ReviewCli.run("log", dir).out().contains("withdraw-extraction"));
    }

    @Test
    void aFileThatDoesNotReadToItsEndAddsNothingAndASearchIsWithdrawn() throws Exception {
        Path xml = csv("broken.xml", "<?xml version=\"1.0\"?><xml><records>\n<record><titles><title>Kept</title>"
                + "</titles></record>\n<record><titles><title>Broken</titles></record>\n");
        ReviewCli run = ReviewCli.run("import", dir, xml.toString(), "--source", "Embase");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("broken.xml:3") && run.err().contains("nothing was added"), run.err());
        assertTrue(ok(ReviewCli.run("searches", dir)).out().startsWith("search 1: MEDLINE (database), a.ris, 4 "
                + "records\n"));
        ok(ReviewCli.run("searches", dir, "--withdraw", "1", "--reason", "wrong export"));
        assertTrue(ReviewCli.run("status", dir).out().contains("Records identified:             0\n"));
    }

    @Test
    void theScreenerKeepsTitleInViewAt80By20AndPrintsNoEscape() throws Exception {
        Path yaml = Path.of(dir, "review.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("mode: dual", "mode: single"));
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            words.append("word").append(i).append(' ');
        }
        Path ris = Files.writeString(tmp.resolve("long.ris"), "TY  - JOUR\nTI  - A very long abstract\nAU  - Long, L"
                + "\nPY  - 2020\nAB  - " + words + "\nER  - \n", StandardCharsets.UTF_8);
        ok(ReviewCli.run("import", dir, ris.toString(), "--source", "Embase"));
        StringWriter out = new StringWriter();
        ScreenCommand command = new ScreenCommand(new ByteArrayInputStream("i\ni\ni\ni\nf\nf\nq\n"
                .getBytes(StandardCharsets.UTF_8)), 80, 20);
        int code = EvsynthCommand.configure(new CommandLine(command)).setOut(new PrintWriter(out, true))
                .execute(dir, "--reviewer", "ann");
        assertEquals(0, code);
        String text = out.toString();
        assertNoControls(text);
        String[] screens = text.split("(?=Safety  \\|  title-abstract  \\|  ann)");
        String last = screens[screens.length - 1];
        assertTrue(last.contains("A very long abstract") && last.contains("(abstract, page 3 of"), last);
        for (String screen : screens) {
            if (screen.contains("[i]nclude")) {
                assertTrue(screen.substring(0, screen.indexOf("[i]nclude")).lines().count() <= 19, screen);
            }
        }
    }

    @Test
    void statusExplainsConflictsAndShowsAgreement() throws Exception {
        ok(ReviewCli.run("decisions", dir, "--import", csv("d.csv", "record,stage,reviewer,decision\n"
                + "1,title-abstract,ann,include\n1,title-abstract,bob,exclude\n"
                + "2,title-abstract,ann,include\n2,title-abstract,bob,include\n"
                + "3,title-abstract,ann,exclude\n3,title-abstract,bob,exclude\n").toString()));
        String text = ok(ReviewCli.run("status", dir)).out();
        assertTrue(text.contains("Records screened:               2 (records with a final title-and-abstract "
                + "decision; 1 more in conflict await a third person)"), text);
        assertTrue(text.contains("Pending at title-abstract:      2 undecided (1 of them in conflict)"), text);
        assertTrue(text.contains("ann and bob agreed on 2 of the 3 records both decided (66.7%), Cohen's kappa 0.40"),
                text);
    }
}
