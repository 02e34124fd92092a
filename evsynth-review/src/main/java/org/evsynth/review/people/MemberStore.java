package org.evsynth.review.people;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The review's people: who may open it, in which role, with which password, and the bearer tokens an owner gave
 * them. Stored in the review's own database (SQLite or PostgreSQL); every change is one transaction with its
 * audit entry, under the name of whoever made it. Passwords are hashed with Argon2id before any transaction
 * starts and are never stored, logged or returned; token secrets are stored as their SHA-256.
 *
 * <p>A review keeps at least one owner once it has one: removing or demoting the last owner is refused.
 * Thread-safe.
 */
public final class MemberStore implements AutoCloseable {

    private static final String MEMBER_COLUMNS = "id, name, role, added_at, added_by";

    private final ReviewTables tables;
    private final Clock clock;
    private final PasswordHashing passwords = new PasswordHashing();

    public MemberStore(ReviewTables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    /** The review's database file or JDBC URL. */
    public String location() {
        return tables.name();
    }

    // ---- members

    /**
     * Adds a member.
     *
     * @throws PeopleException INVALID for a bad name or password, CONFLICT when a current member has the name
     */
    public Member add(String name, Role role, char[] password, String actor) {
        String clean = Credentials.name(name);
        Credentials.checkPassword(password, clean);
        String hash = passwords.hash(password);
        Instant at = clock.instant();
        return tables.write("adding member '" + clean + "'", c -> {
            long id = tables.nextId(c, "member"); // first: it locks the counter, so adds of one name queue
            if (current(c, "name_key = ?", Credentials.key(clean)).isPresent()) {
                throw new PeopleException(PeopleException.Problem.CONFLICT, String.format(Locale.ROOT,
                        "review %s already has a member named '%s'", tables.name(), clean));
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO member (id, name, name_key, role, "
                    + "password_hash, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, clean);
                ps.setString(3, Credentials.key(clean));
                ps.setString(4, role.id());
                ps.setString(5, hash);
                ps.setString(6, actor);
                ps.setString(7, at.toString());
                ps.executeUpdate();
            }
            tables.audit(c, at, actor, "add-member", "member", id, null, Map.of("name", clean, "role", role.id()));
            return new Member(id, clean, role, at, actor);
        });
    }

    /**
     * Removes a member: they can no longer sign in, their sessions end at their next request and their tokens are
     * revoked. Their name stays on what they did.
     *
     * @throws PeopleException NOT_FOUND for no such current member, CONFLICT for the last owner
     */
    public Member remove(long memberId, String actor) {
        Instant at = clock.instant();
        return tables.write("removing member " + memberId, c -> {
            Member m = require(c, memberId);
            refuseLosingLastOwner(c, m, "remove");
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE member SET removed_by = ?, removed_at = ? WHERE id = ?")) {
                ps.setString(1, actor);
                ps.setString(2, at.toString());
                ps.setLong(3, memberId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE member_token SET revoked_by = ?, revoked_at = ? "
                    + "WHERE member_id = ? AND revoked_at IS NULL")) {
                ps.setString(1, actor);
                ps.setString(2, at.toString());
                ps.setLong(3, memberId);
                ps.executeUpdate();
            }
            tables.audit(c, at, actor, "remove-member", "member", memberId,
                    Map.of("name", m.name(), "role", m.role().id()), null);
            return m;
        });
    }

    /**
     * Gives a member another role.
     *
     * @throws PeopleException NOT_FOUND for no such current member, CONFLICT when it would leave no owner
     */
    public Member changeRole(long memberId, Role role, String actor) {
        Instant at = clock.instant();
        return tables.write("changing the role of member " + memberId, c -> {
            Member m = require(c, memberId);
            if (m.role() == role) {
                return m;
            }
            refuseLosingLastOwner(c, m, "demote");
            try (PreparedStatement ps = c.prepareStatement("UPDATE member SET role = ? WHERE id = ?")) {
                ps.setString(1, role.id());
                ps.setLong(2, memberId);
                ps.executeUpdate();
            }
            tables.audit(c, at, actor, "change-role", "member", memberId, Map.of("role", m.role().id()),
                    Map.of("role", role.id()));
            return new Member(m.id(), m.name(), role, m.addedAt(), m.addedBy());
        });
    }

    /**
     * Sets a member's password (a reset by an owner, or their own change).
     *
     * @throws PeopleException NOT_FOUND for no such current member, INVALID for an unacceptable password
     */
    public void setPassword(long memberId, char[] password, String actor) {
        Member m = find(memberId).orElseThrow(() -> notFound(memberId));
        Credentials.checkPassword(password, m.name());
        String hash = passwords.hash(password);
        Instant at = clock.instant();
        tables.write("setting the password of member " + memberId, c -> {
            require(c, memberId);
            try (PreparedStatement ps = c.prepareStatement("UPDATE member SET password_hash = ? WHERE id = ?")) {
                ps.setString(1, hash);
                ps.setLong(2, memberId);
                ps.executeUpdate();
            }
            tables.audit(c, at, actor, "set-password", "member", memberId, null, Map.of("name", m.name()));
            return null;
        });
    }

    /** The current members, by name. */
    public List<Member> list() {
        return tables.read("listing members", c -> {
            List<Member> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + MEMBER_COLUMNS
                    + " FROM member WHERE removed_at IS NULL ORDER BY name_key, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(member(rs));
                }
            }
            return out;
        });
    }

    /** A current member by id; empty when there is none or they were removed. */
    public Optional<Member> find(long memberId) {
        return tables.read("reading member " + memberId, c -> current(c, "id = ?", memberId));
    }

    /** A current member by name, in any letter case. */
    public Optional<Member> findByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return tables.read("reading member", c -> current(c, "name_key = ?", Credentials.key(name)));
    }

    /**
     * The member when the password is theirs. An unknown name takes as long as a wrong password, so the answer's
     * timing does not tell which names exist.
     */
    public Optional<Member> authenticate(String name, char[] password) {
        if (name == null || password == null || password.length > Credentials.MAX_PASSWORD) {
            return Optional.empty();
        }
        Optional<Stored> stored = tables.read("signing in", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + MEMBER_COLUMNS + ", password_hash FROM member "
                    + "WHERE name_key = ? AND removed_at IS NULL")) {
                ps.setString(1, Credentials.key(name));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Stored(member(rs), rs.getString(6))) : Optional.empty();
                }
            }
        });
        if (stored.isEmpty()) {
            passwords.verifyDecoy(password);
            return Optional.empty();
        }
        return passwords.matches(password, stored.get().hash()) ? Optional.of(stored.get().member())
                : Optional.empty();
    }

    /** Whether the review has an owner: until it has, nobody can manage people in the web app. */
    public boolean hasOwner() {
        return list().stream().anyMatch(m -> m.role() == Role.OWNER);
    }

    // ---- tokens

    /**
     * Creates a bearer token for a member; the secret is in the result and nowhere else.
     *
     * @throws PeopleException NOT_FOUND for no such current member, INVALID for a bad label
     */
    public IssuedToken createToken(long memberId, String label, String actor) {
        String clean = Credentials.label(label);
        String secret = TokenSecrets.newSecret();
        Instant at = clock.instant();
        return tables.write("creating a token for member " + memberId, c -> {
            Member m = require(c, memberId);
            long id = tables.nextId(c, "member_token");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO member_token (id, member_id, label, "
                    + "secret_sha256, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setLong(2, memberId);
                ps.setString(3, clean);
                ps.setString(4, TokenSecrets.sha256(secret));
                ps.setString(5, actor);
                ps.setString(6, at.toString());
                ps.executeUpdate();
            }
            tables.audit(c, at, actor, "create-token", "member_token", id, null,
                    Map.of("member", m.name(), "label", clean));
            return new IssuedToken(new AccessToken(id, memberId, m.name(), clean, at, actor), secret);
        });
    }

    /** The current member a token secret belongs to, when the token is neither revoked nor its member removed. */
    public Optional<Member> memberForToken(String secret) {
        if (!TokenSecrets.wellFormed(secret)) {
            return Optional.empty();
        }
        String sha = TokenSecrets.sha256(secret);
        return tables.read("checking a token", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT m.id, m.name, m.role, m.added_at, m.added_by "
                    + "FROM member_token t JOIN member m ON m.id = t.member_id WHERE t.secret_sha256 = ? "
                    + "AND t.revoked_at IS NULL AND m.removed_at IS NULL")) {
                ps.setString(1, sha);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(member(rs)) : Optional.<Member>empty();
                }
            }
        });
    }

    /** The tokens in force, of every current member, oldest first. */
    public List<AccessToken> tokens() {
        return tables.read("listing tokens", c -> {
            List<AccessToken> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.member_id, m.name, t.label, t.created_at, "
                    + "t.created_by FROM member_token t JOIN member m ON m.id = t.member_id "
                    + "WHERE t.revoked_at IS NULL AND m.removed_at IS NULL ORDER BY t.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AccessToken(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            Instant.parse(rs.getString(5)), rs.getString(6)));
                }
            }
            return out;
        });
    }

    /** @throws PeopleException NOT_FOUND when no token in force has the id */
    public void revokeToken(long tokenId, String actor) {
        Instant at = clock.instant();
        tables.write("revoking token " + tokenId, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE member_token SET revoked_by = ?, revoked_at = ? "
                    + "WHERE id = ? AND revoked_at IS NULL")) {
                ps.setString(1, actor);
                ps.setString(2, at.toString());
                ps.setLong(3, tokenId);
                if (ps.executeUpdate() != 1) {
                    throw new PeopleException(PeopleException.Problem.NOT_FOUND, String.format(Locale.ROOT,
                            "review %s has no token %d in force", tables.name(), tokenId));
                }
            }
            tables.audit(c, at, actor, "revoke-token", "member_token", tokenId, null, null);
            return null;
        });
    }

    @Override
    public void close() {
        tables.close();
    }

    // ---- rows

    private record Stored(Member member, String hash) {
    }

    private static Member member(ResultSet rs) throws SQLException {
        return new Member(rs.getLong(1), rs.getString(2), Role.of(rs.getString(3)), Instant.parse(rs.getString(4)),
                rs.getString(5));
    }

    private static Optional<Member> current(Connection c, String condition, Object value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + MEMBER_COLUMNS + " FROM member WHERE "
                + condition + " AND removed_at IS NULL")) {
            ps.setObject(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(member(rs)) : Optional.empty();
            }
        }
    }

    private Member require(Connection c, long memberId) throws SQLException {
        return current(c, "id = ?", memberId).orElseThrow(() -> notFound(memberId));
    }

    private PeopleException notFound(long memberId) {
        return new PeopleException(PeopleException.Problem.NOT_FOUND, String.format(Locale.ROOT,
                "review %s has no member %d", tables.name(), memberId));
    }

    private void refuseLosingLastOwner(Connection c, Member m, String verb) throws SQLException {
        if (m.role() != Role.OWNER) {
            return;
        }
        // Take the member counter's row lock first: two owners removed at once on PostgreSQL (read committed)
        // would otherwise each see the other still there. SQLite's write transactions already run one at a time.
        try (PreparedStatement lock = c.prepareStatement(
                "UPDATE id_counter SET next_value = next_value WHERE name = 'member'")) {
            lock.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM member WHERE role = 'owner' AND removed_at IS NULL");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getInt(1) <= 1) {
                throw new PeopleException(PeopleException.Problem.CONFLICT, String.format(Locale.ROOT,
                        "cannot %s '%s': the review's only owner (add another owner first)", verb, m.name()));
            }
        }
    }
}
