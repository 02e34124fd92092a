-- The review service layer: searches withdrawn, extraction and risk-of-bias judgements withdrawn, studies
-- withdrawn, the stage of each audit entry, and the derived tables that make the reviewer's next record, the
-- counts and the blinded reads cheap at 100,000 records. Additive only: V1-V3 stay as they were.

-- A search withdrawn (an import made by mistake): its records leave every count and queue. Its file_sha256 is
-- prefixed 'withdrawn:ID:' so the same file can be imported again; the audit entry keeps the hash.
CREATE TABLE search_withdrawal (
    search_id    BIGINT PRIMARY KEY REFERENCES search (id),
    reason       TEXT,
    withdrawn_by TEXT NOT NULL,
    withdrawn_at TEXT NOT NULL
);

-- An extraction or judgement row with withdrawn = 1 takes back the newest one of its key (latest row wins).
ALTER TABLE extraction ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0;
ALTER TABLE risk_of_bias ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0;
ALTER TABLE study ADD COLUMN withdrawn_at TEXT;

ALTER TABLE audit_log ADD COLUMN stage TEXT;
UPDATE audit_log SET stage = 'title-abstract'
    WHERE action IN ('screen', 'resolve-conflict') AND after_json LIKE '%"stage":"title-abstract"%';
UPDATE audit_log SET stage = 'full-text'
    WHERE action IN ('screen', 'resolve-conflict') AND after_json LIKE '%"stage":"full-text"%';
UPDATE audit_log SET stage = 'full-text' WHERE action = 'retrieval';
-- by person, the filter the owner uses most; stage and date filters read the log in order (a few ms per 10,000
-- entries), sparing every change two more index pages to write
CREATE INDEX audit_log_actor ON audit_log (actor, id);

CREATE INDEX record_search ON record (search_id);
CREATE INDEX retrieval_record ON retrieval (record_id, id);
CREATE INDEX extraction_study ON extraction (study_id, id);
CREATE INDEX risk_of_bias_study ON risk_of_bias (study_id, id);
CREATE INDEX study_report_study ON study_report (study_id);

-- Derived from the tables above in the transaction of every change, and rebuilt whole when derived_state says so
-- (after this migration, or when the protocol changes the screening mode or order). Never the source of truth.

-- A record merged into another's duplicate group, with the record kept (the group's smallest id).
CREATE TABLE duplicate_of (
    record_id  BIGINT PRIMARY KEY REFERENCES record (id),
    kept_id    BIGINT NOT NULL REFERENCES record (id)
);

-- Each reviewer's current decision per record and stage (withdrawn ones absent).
CREATE TABLE current_decision (
    record_id   BIGINT NOT NULL REFERENCES record (id),
    stage       TEXT NOT NULL,
    reviewer    TEXT NOT NULL,
    decision_id BIGINT NOT NULL,
    decision    TEXT NOT NULL,
    reason      TEXT,
    note        TEXT,
    decided_at  TEXT NOT NULL,
    PRIMARY KEY (record_id, stage, reviewer)
);
CREATE INDEX current_decision_reviewer ON current_decision (stage, reviewer, record_id);

-- Where a record stands at a stage it has reached: pending, conflict, included, excluded (with the reason), or at
-- full text not-retrieved. is_open = 1 while it awaits a decision; queue_key orders the screening queue.
CREATE TABLE stage_record (
    record_id  BIGINT NOT NULL REFERENCES record (id),
    stage      TEXT NOT NULL,
    state      TEXT NOT NULL,
    reason     TEXT,
    is_open    INTEGER NOT NULL,
    queue_key  BIGINT NOT NULL,
    PRIMARY KEY (record_id, stage)
);
CREATE INDEX stage_record_queue ON stage_record (stage, is_open, queue_key);
CREATE INDEX stage_record_state ON stage_record (stage, state);

-- Per reviewer and stage, a queue_key before which every open record has the reviewer's decision: their next record
-- is found from there, not by passing every record they have already screened.
CREATE TABLE reviewer_cursor (
    stage      TEXT NOT NULL,
    reviewer   TEXT NOT NULL,
    queue_key  BIGINT NOT NULL,
    PRIMARY KEY (stage, reviewer)
);

CREATE TABLE derived_state (
    name     TEXT PRIMARY KEY,
    version  INTEGER NOT NULL
);
INSERT INTO derived_state (name, version) VALUES ('screening', 0);
