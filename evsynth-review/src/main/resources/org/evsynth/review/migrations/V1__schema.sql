-- The review workspace schema. Portable SQL that SQLite and PostgreSQL both accept: TEXT, INTEGER, BIGINT,
-- DOUBLE PRECISION; times are ISO-8601 instants as TEXT; JSON is TEXT. Ids are BIGINTs handed out by
-- id_counter inside the writing transaction, so no vendor identity syntax is needed.
-- Nothing is ever deleted: a change of mind is a new row (latest wins), an undo is a row that points back.

CREATE TABLE review (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    title       TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE id_counter (
    name        TEXT PRIMARY KEY,
    next_value  BIGINT NOT NULL
);
INSERT INTO id_counter (name, next_value) VALUES ('record', 1);
INSERT INTO id_counter (name, next_value) VALUES ('search', 1);
INSERT INTO id_counter (name, next_value) VALUES ('dedup', 1);
INSERT INTO id_counter (name, next_value) VALUES ('pair', 1);
INSERT INTO id_counter (name, next_value) VALUES ('decision', 1);
INSERT INTO id_counter (name, next_value) VALUES ('resolution', 1);
INSERT INTO id_counter (name, next_value) VALUES ('retrieval', 1);
INSERT INTO id_counter (name, next_value) VALUES ('study', 1);
INSERT INTO id_counter (name, next_value) VALUES ('extraction', 1);
INSERT INTO id_counter (name, next_value) VALUES ('rob', 1);
INSERT INTO id_counter (name, next_value) VALUES ('audit', 1);
INSERT INTO id_counter (name, next_value) VALUES ('protocol', 1);

CREATE TABLE protocol_version (
    version     INTEGER PRIMARY KEY,
    yaml        TEXT NOT NULL,
    saved_at    TEXT NOT NULL,
    saved_by    TEXT NOT NULL
);

CREATE TABLE search (
    id            BIGINT PRIMARY KEY,
    source        TEXT NOT NULL,
    searched_on   TEXT,
    strategy      TEXT,
    file_name     TEXT NOT NULL,
    file_sha256   TEXT NOT NULL UNIQUE,
    record_count  INTEGER NOT NULL,
    warning_count INTEGER NOT NULL,
    imported_at   TEXT NOT NULL,
    imported_by   TEXT NOT NULL
);

CREATE TABLE record (
    id          BIGINT PRIMARY KEY,
    search_id   BIGINT NOT NULL REFERENCES search (id),
    position    INTEGER NOT NULL,
    title       TEXT,
    year        INTEGER,
    doi         TEXT,
    pmid        TEXT,
    fields      TEXT NOT NULL,
    UNIQUE (search_id, position)
);
CREATE INDEX record_doi ON record (doi);

-- merge: record_b joins record_a's group (rule = stage-one rule or 'reviewer');
-- different: a person decided a review pair are different publications;
-- undo: cancels the decision named in undoes.
CREATE TABLE dedup_decision (
    id          BIGINT PRIMARY KEY,
    action      TEXT NOT NULL CHECK (action IN ('merge', 'different', 'undo')),
    record_a    BIGINT NOT NULL REFERENCES record (id),
    record_b    BIGINT NOT NULL REFERENCES record (id),
    rule        TEXT NOT NULL,
    pair_id     BIGINT,
    undoes      BIGINT REFERENCES dedup_decision (id),
    decided_by  TEXT NOT NULL,
    decided_at  TEXT NOT NULL
);
CREATE INDEX dedup_decision_pair ON dedup_decision (pair_id);

CREATE TABLE dedup_pair (
    id          BIGINT PRIMARY KEY,
    record_a    BIGINT NOT NULL REFERENCES record (id),
    record_b    BIGINT NOT NULL REFERENCES record (id),
    score       DOUBLE PRECISION NOT NULL,
    agree       TEXT NOT NULL,
    disagree    TEXT NOT NULL,
    queued_at   TEXT NOT NULL,
    UNIQUE (record_a, record_b)
);

CREATE TABLE screening_decision (
    id          BIGINT PRIMARY KEY,
    record_id   BIGINT NOT NULL REFERENCES record (id),
    stage       TEXT NOT NULL CHECK (stage IN ('title-abstract', 'full-text')),
    reviewer    TEXT NOT NULL,
    decision    TEXT NOT NULL CHECK (decision IN ('include', 'exclude', 'maybe', 'withdrawn')),
    reason      TEXT,
    note        TEXT,
    decided_at  TEXT NOT NULL
);
CREATE INDEX screening_decision_record ON screening_decision (record_id, stage);

CREATE TABLE conflict_resolution (
    id          BIGINT PRIMARY KEY,
    record_id   BIGINT NOT NULL REFERENCES record (id),
    stage       TEXT NOT NULL CHECK (stage IN ('title-abstract', 'full-text')),
    resolver    TEXT NOT NULL,
    decision    TEXT NOT NULL CHECK (decision IN ('include', 'exclude')),
    reason      TEXT,
    note        TEXT,
    resolved_at TEXT NOT NULL
);
CREATE INDEX conflict_resolution_record ON conflict_resolution (record_id, stage);

CREATE TABLE retrieval (
    id          BIGINT PRIMARY KEY,
    record_id   BIGINT NOT NULL REFERENCES record (id),
    status      TEXT NOT NULL CHECK (status IN ('retrieved', 'not-retrieved')),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);

CREATE TABLE study (
    id          BIGINT PRIMARY KEY,
    label       TEXT NOT NULL UNIQUE,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE study_report (
    record_id   BIGINT PRIMARY KEY REFERENCES record (id),
    study_id    BIGINT NOT NULL REFERENCES study (id),
    linked_by   TEXT NOT NULL,
    linked_at   TEXT NOT NULL
);

-- kind 'characteristics' (arm and outcome null) or 'outcome' (per arm, in the engine's shapes:
-- {"events":..,"total":..}, {"mean":..,"sd":..,"n":..}, {"estimate":..,"lower":..,"upper":..}).
CREATE TABLE extraction (
    id          BIGINT PRIMARY KEY,
    study_id    BIGINT NOT NULL REFERENCES study (id),
    kind        TEXT NOT NULL CHECK (kind IN ('characteristics', 'outcome')),
    outcome     TEXT,
    arm         TEXT,
    data        TEXT NOT NULL,
    extractor   TEXT NOT NULL,
    extracted_at TEXT NOT NULL
);

CREATE TABLE risk_of_bias (
    id          BIGINT PRIMARY KEY,
    study_id    BIGINT NOT NULL REFERENCES study (id),
    tool        TEXT NOT NULL,
    outcome     TEXT,
    domain      TEXT NOT NULL,
    judgement   TEXT NOT NULL,
    support     TEXT,
    assessor    TEXT NOT NULL,
    assessed_at TEXT NOT NULL
);

CREATE TABLE audit_log (
    id          BIGINT PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT
);
