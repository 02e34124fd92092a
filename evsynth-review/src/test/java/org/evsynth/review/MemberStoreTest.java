package org.evsynth.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evsynth.review.people.IssuedToken;
import org.evsynth.review.people.Member;
import org.evsynth.review.people.MemberStore;
import org.evsynth.review.people.PeopleException;
import org.evsynth.review.people.Role;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The review's people on SQLite and on a real PostgreSQL server: accounts, roles, passwords and tokens. */
class MemberStoreTest {

    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path tmp;

    static Stream<String> backends() {
        return TestBackends.both();
    }

    private static MemberStore open(TestBackends.Location location) {
        return TestBackends.SQLITE.equals(location.backend()) ? PeopleStorage.open(location.dir())
                : PeopleStorage.open(location.jdbcUrl(), "postgres", null);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void membersSignInWithTheirPasswordAndNoOther(String backend) {
        TestBackends.Location location = TestBackends.newReview(backend, tmp, "People");
        try (MemberStore people = open(location)) {
            Member ann = people.add("Ann", Role.OWNER, PASSWORD.toCharArray(), "setup");
            people.add("bob", Role.REVIEWER, "another long password".toCharArray(), "Ann");
            assertEquals(List.of("Ann", "bob"), people.list().stream().map(Member::name).toList());
            assertEquals(ann, people.authenticate("ann", PASSWORD.toCharArray()).orElseThrow(),
                    "names are matched in any letter case");
            assertTrue(people.authenticate("Ann", "wrong password".toCharArray()).isEmpty());
            assertTrue(people.authenticate("Nobody", PASSWORD.toCharArray()).isEmpty());
            assertTrue(people.authenticate("bob", PASSWORD.toCharArray()).isEmpty(), "another member's password");
            assertTrue(people.hasOwner());

            PeopleException taken = assertThrows(PeopleException.class,
                    () -> people.add("ANN", Role.VIEWER, "yet another password".toCharArray(), "Ann"));
            assertEquals(PeopleException.Problem.CONFLICT, taken.problem());
            assertTrue(taken.getMessage().contains("already has a member named 'ANN'"), taken.getMessage());
        }
        try (Review review = location.open()) {
            List<AuditEntry> log = review.audit().entries(AuditLog.Query.all());
            AuditEntry added = log.stream().filter(e -> e.action().equals("add-member")).findFirst().orElseThrow();
            assertEquals("setup", added.actor());
            assertTrue(added.after().contains("\"name\":\"Ann\"") && added.after().contains("\"role\":\"owner\"")
                    && !added.after().contains("argon2"), "the audit entry names the member, never the hash: "
                    + added.after());
        }
    }

    /**
     * The web server holds the review and its people open side by side, each with its own connections: a write on
     * one must not wait for the other (an idle SQLite connection once kept the write lock after its commit).
     */
    @ParameterizedTest
    @MethodSource("backends")
    void theReviewAndItsPeopleWriteSideBySide(String backend) {
        TestBackends.Location location = TestBackends.newReview(backend, tmp, "People");
        try (Review review = location.open()) {
            review.studies().create(Actor.named("setup"), new Studies.Create("DanGer Shock", List.of()));
            long start = System.nanoTime();
            try (MemberStore people = open(location)) {
                people.add("Ann", Role.OWNER, PASSWORD.toCharArray(), "setup");
                review.studies().create(Actor.named("Ann"), new Studies.Create("ECLS-SHOCK", List.of()));
                people.add("Bob", Role.VIEWER, PASSWORD.toCharArray(), "Ann");
            }
            assertTrue(System.nanoTime() - start < 20_000_000_000L, "no write waited for the other's lock");
            assertEquals(2, review.studies().list().size());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void badNamesAndPasswordsAreRefusedWithTheReason(String backend) {
        TestBackends.Location location = TestBackends.newReview(backend, tmp, "People");
        try (MemberStore people = open(location)) {
            assertInvalid("at least 8 characters", () -> people.add("Ann", Role.OWNER, "short".toCharArray(), "x"));
            assertInvalid("a name is needed", () -> people.add("  ", Role.OWNER, PASSWORD.toCharArray(), "x"));
            assertInvalid("control character at position 4",
                    () -> people.add("Ann\nEve", Role.OWNER, PASSWORD.toCharArray(), "x"));
            assertInvalid("at most 64 characters",
                    () -> people.add("a".repeat(65), Role.OWNER, PASSWORD.toCharArray(), "x"));
            assertInvalid("must not be the member's name",
                    () -> people.add("Annabelle", Role.OWNER, "ANNABELLE".toCharArray(), "x"));
            assertInvalid("at most 1024", () -> people.add("Ann", Role.OWNER, new char[1025], "x"));
            assertTrue(people.list().isEmpty(), "nothing was added");
            Member odd = people.add("<script>alert(1)</script>", Role.VIEWER, PASSWORD.toCharArray(), "x");
            assertEquals("<script>alert(1)</script>", people.find(odd.id()).orElseThrow().name(),
                    "any printable name is kept as typed; the pages escape it");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theLastOwnerStaysAndRemovedMembersCannotSignIn(String backend) {
        TestBackends.Location location = TestBackends.newReview(backend, tmp, "People");
        try (MemberStore people = open(location)) {
            Member ann = people.add("Ann", Role.OWNER, PASSWORD.toCharArray(), "setup");
            Member bob = people.add("Bob", Role.REVIEWER, PASSWORD.toCharArray(), "Ann");
            PeopleException last = assertThrows(PeopleException.class, () -> people.remove(ann.id(), "Ann"));
            assertEquals(PeopleException.Problem.CONFLICT, last.problem());
            assertThrows(PeopleException.class, () -> people.changeRole(ann.id(), Role.VIEWER, "Ann"));

            assertEquals(Role.OWNER, people.changeRole(bob.id(), Role.OWNER, "Ann").role());
            people.remove(ann.id(), "Bob");
            assertTrue(people.authenticate("Ann", PASSWORD.toCharArray()).isEmpty());
            assertTrue(people.find(ann.id()).isEmpty());
            PeopleException gone = assertThrows(PeopleException.class, () -> people.remove(ann.id(), "Bob"));
            assertEquals(PeopleException.Problem.NOT_FOUND, gone.problem());

            Member again = people.add("Ann", Role.VIEWER, "a new password here".toCharArray(), "Bob");
            assertTrue(again.id() != ann.id(), "a member added again is a new member");
            people.setPassword(again.id(), "changed password 2".toCharArray(), "Bob");
            assertTrue(people.authenticate("Ann", "changed password 2".toCharArray()).isPresent());
            assertTrue(people.authenticate("Ann", "a new password here".toCharArray()).isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void tokensAreShownOnceStoredHashedAndRevocable(String backend) throws Exception {
        TestBackends.Location location = TestBackends.newReview(backend, tmp, "People");
        String secret;
        try (MemberStore people = open(location)) {
            Member ann = people.add("Ann", Role.OWNER, PASSWORD.toCharArray(), "setup");
            Member bob = people.add("Bob", Role.REVIEWER, PASSWORD.toCharArray(), "Ann");
            IssuedToken issued = people.createToken(bob.id(), "nightly import", "Ann");
            secret = issued.secret();
            assertTrue(secret.startsWith("evs_") && secret.length() == 47, secret);
            assertFalse(issued.toString().contains(secret), "the secret is not in the token's text");
            assertEquals(bob, people.memberForToken(secret).orElseThrow());
            assertTrue(people.memberForToken(secret.substring(0, 46) + "x").isEmpty());
            assertTrue(people.memberForToken("not a token").isEmpty());
            assertEquals(List.of("nightly import"), people.tokens().stream().map(t -> t.label()).toList());

            people.revokeToken(issued.token().id(), "Ann");
            assertTrue(people.memberForToken(secret).isEmpty());
            assertThrows(PeopleException.class, () -> people.revokeToken(issued.token().id(), "Ann"));

            IssuedToken second = people.createToken(bob.id(), "script", "Ann");
            people.remove(bob.id(), "Ann");
            assertTrue(people.memberForToken(second.secret()).isEmpty(), "a removed member's tokens are revoked");
            assertTrue(people.tokens().isEmpty());
            assertEquals(ann, people.findByName("ANN").orElseThrow());
        }
        List<String> stored = storedText(location);
        assertTrue(stored.stream().anyMatch(v -> v.startsWith("$argon2id$v=19$m=19456,t=2,p=1$")),
                "passwords are stored as Argon2id hashes");
        for (String v : stored) {
            assertFalse(v.contains(PASSWORD), "a password is stored in clear: " + v);
            assertFalse(v.contains(secret), "a token secret is stored in clear: " + v);
        }
        if (TestBackends.SQLITE.equals(location.backend())) {
            for (String file : List.of(Review.DATABASE_FILE, Review.DATABASE_FILE + "-wal")) {
                Path p = location.dir().resolve(file);
                if (Files.exists(p)) {
                    String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                    assertFalse(bytes.contains(PASSWORD) || bytes.contains(secret), "clear text in " + p);
                }
            }
        }
    }

    private static void assertInvalid(String expected, Runnable change) {
        PeopleException e = assertThrows(PeopleException.class, change::run);
        assertEquals(PeopleException.Problem.INVALID, e.problem());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    /** Every value of every column of every table of the review's database, as text. */
    static List<String> storedText(TestBackends.Location location) throws Exception {
        String url = TestBackends.SQLITE.equals(location.backend())
                ? "jdbc:sqlite:" + location.dir().resolve(Review.DATABASE_FILE) : location.jdbcUrl();
        List<String> out = new ArrayList<>();
        try (Connection c = TestBackends.SQLITE.equals(location.backend()) ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, "postgres", null)) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertTrue(tables.contains("member") && tables.contains("member_token"), tables.toString());
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String v = rs.getString(i);
                            if (v != null) {
                                out.add(v);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }
}
