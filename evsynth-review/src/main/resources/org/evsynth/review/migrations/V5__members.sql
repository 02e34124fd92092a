-- The people who may open the review in the web app, and the access tokens an owner gives them for scripts.
-- A member has a name (unique among current members, in any letter case), a role and an Argon2id hash of the
-- password in PHC string form; the password itself is never stored. A token is stored as the SHA-256 of its
-- secret: the secret is shown once, when the token is created. Removing a member or revoking a token marks the
-- row, so the audit log's names keep pointing somewhere; nothing is deleted.

CREATE TABLE member (
    id            BIGINT PRIMARY KEY,
    name          TEXT NOT NULL,
    name_key      TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('owner', 'reviewer', 'viewer')),
    password_hash TEXT NOT NULL,
    added_by      TEXT NOT NULL,
    added_at      TEXT NOT NULL,
    removed_by    TEXT,
    removed_at    TEXT
);
CREATE UNIQUE INDEX member_current_name ON member (name_key) WHERE removed_at IS NULL;

CREATE TABLE member_token (
    id            BIGINT PRIMARY KEY,
    member_id     BIGINT NOT NULL REFERENCES member (id),
    label         TEXT NOT NULL,
    secret_sha256 TEXT NOT NULL UNIQUE,
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    revoked_by    TEXT,
    revoked_at    TEXT
);
CREATE INDEX member_token_member ON member_token (member_id);

INSERT INTO id_counter (name, next_value) VALUES ('member', 1);
INSERT INTO id_counter (name, next_value) VALUES ('member_token', 1);
