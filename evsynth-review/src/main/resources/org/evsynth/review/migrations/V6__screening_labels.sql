-- Labels a reviewer puts on records while screening (as in Rayyan: "pediatric", "ask Carol", "check dose"), to
-- find them again with the screening page's filter. A label is its reviewer's own: nobody else's page or filter
-- shows it, so labels cannot carry one reviewer's leaning to another under blinding. Each change is in the audit
-- log (actions 'label' and 'unlabel'), which keeps the history; this table holds the labels in force.
CREATE TABLE record_label (
    record_id  BIGINT NOT NULL REFERENCES record (id),
    reviewer   TEXT NOT NULL,
    label      TEXT NOT NULL,
    added_at   TEXT NOT NULL,
    PRIMARY KEY (record_id, reviewer, label)
);
CREATE INDEX record_label_reviewer ON record_label (reviewer, label, record_id);

-- A conflict's settlement taken back (undo from the web app's Conflicts page): the settlement stays, as every row of
-- the log does, and this row says it no longer counts, so the record is in conflict again.
CREATE TABLE resolution_undo (
    resolution_id BIGINT PRIMARY KEY REFERENCES conflict_resolution (id),
    undone_by     TEXT NOT NULL,
    undone_at     TEXT NOT NULL
);
