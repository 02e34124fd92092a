-- Prioritised screening (issue 11): key papers, the provenance of every ranking served, which ranking served each
-- record to each reviewer (so the audit entry of a decision names the model version behind it), and the records
-- left unscreened when the team stopped by the stopping rule. Additive only; nothing is deleted or updated.

-- A record a reviewer already knows to be relevant: it trains the model as an include from the moment it is marked.
CREATE TABLE key_paper (
    record_id  BIGINT PRIMARY KEY REFERENCES record (id),
    marked_by  TEXT NOT NULL,
    marked_at  TEXT NOT NULL
);

-- One ranking: the order records were served in (random-start, model or random-sample) and, when a model made it,
-- the model's provenance: library, settings, seed, version, the decisions it was trained on and their SHA-256.
CREATE TABLE screening_ranking (
    id              BIGINT PRIMARY KEY,
    stage           TEXT NOT NULL,
    reviewer        TEXT NOT NULL,
    ordering        TEXT NOT NULL,
    library         TEXT,
    settings        TEXT NOT NULL,
    seed            BIGINT NOT NULL,
    model_version   INTEGER,
    trained_on      INTEGER NOT NULL,
    includes        INTEGER NOT NULL,
    excludes        INTEGER NOT NULL,
    training_sha256 TEXT,
    created_at      TEXT NOT NULL
);
CREATE INDEX screening_ranking_reviewer ON screening_ranking (stage, reviewer, id);
INSERT INTO id_counter (name, next_value) VALUES ('ranking', 1);

-- A record served to a reviewer by a ranking, with its score then (NULL in a random order).
CREATE TABLE screening_served (
    record_id  BIGINT NOT NULL REFERENCES record (id),
    stage      TEXT NOT NULL,
    reviewer   TEXT NOT NULL,
    ranking_id BIGINT NOT NULL REFERENCES screening_ranking (id),
    score      DOUBLE PRECISION,
    served_at  TEXT NOT NULL
);
CREATE INDEX screening_served_record ON screening_served (record_id, stage, reviewer, ranking_id);

-- Records nobody had screened at title and abstract when the team stopped by the stopping rule: PRISMA 2020's
-- "records marked as ineligible by automation tools". The stop itself is in the audit log with the rule's state.
CREATE TABLE automation_exclusion (
    record_id   BIGINT PRIMARY KEY REFERENCES record (id),
    ranking_id  BIGINT REFERENCES screening_ranking (id),
    excluded_by TEXT NOT NULL,
    excluded_at TEXT NOT NULL
);

-- Each stop by the stopping rule: the model, the rule with its target and confidence, and the test's p-value, for
-- the report's methods text.
CREATE TABLE screening_stop (
    id             BIGINT PRIMARY KEY,
    stage          TEXT NOT NULL,
    stopped_by     TEXT NOT NULL,
    stopped_at     TEXT NOT NULL,
    model          TEXT NOT NULL,
    rule           TEXT NOT NULL,
    target_recall  DOUBLE PRECISION NOT NULL,
    confidence     DOUBLE PRECISION NOT NULL,
    p_value        DOUBLE PRECISION NOT NULL,
    screened       INTEGER NOT NULL,
    records_marked INTEGER NOT NULL
);
INSERT INTO id_counter (name, next_value) VALUES ('stop', 1);
