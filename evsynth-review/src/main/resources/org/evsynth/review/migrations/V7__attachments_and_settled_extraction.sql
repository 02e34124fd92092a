-- Full texts attached to records, and the settled value of a dual extraction. Additive only.

-- A report's full text (a PDF), kept in the review's own database so that one backup holds everything and a team
-- server needs no shared folder. Checked on the way in (size, magic bytes); the file's name is shown, never used
-- as a path. Withdrawing one marks the row: the audit log keeps pointing at it.
CREATE TABLE attachment (
    id           BIGINT PRIMARY KEY,
    record_id    BIGINT NOT NULL REFERENCES record (id),
    file_name    TEXT NOT NULL,
    media_type   TEXT NOT NULL,
    byte_count   BIGINT NOT NULL,
    sha256       TEXT NOT NULL,
    content      BYTEA NOT NULL,
    attached_by  TEXT NOT NULL,
    attached_at  TEXT NOT NULL,
    withdrawn_by TEXT,
    withdrawn_at TEXT
);
CREATE INDEX attachment_record ON attachment (record_id, id);
INSERT INTO id_counter (name, next_value) VALUES ('attachment', 1);

-- Each extraction row already names its extractor. settled = 1 marks the value agreed for its key (outcome and
-- arm, or the characteristics) when extractors differed: it is the value used, whatever either extractor enters
-- afterwards, until the key is settled again or withdrawn. extractor is then the person who settled it.
ALTER TABLE extraction ADD COLUMN settled INTEGER NOT NULL DEFAULT 0;
