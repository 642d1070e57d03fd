-- The pubstats warehouse. Every table an analyst may read has a comment; the views in V3 are the
-- stable surface for SQL users, the tables are the job's working state.

CREATE TABLE run (
    id              BIGSERIAL PRIMARY KEY,
    inbox           TEXT        NOT NULL,
    year            INT         NOT NULL,
    started_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at     TIMESTAMPTZ,
    status          TEXT        NOT NULL DEFAULT 'STARTED',
    files_seen      INT,
    files_loaded    INT,
    files_unchanged INT,
    files_withdrawn INT
);
COMMENT ON TABLE run IS 'One pubstats run: which inbox, which year, how it ended.';

-- One row per version of an inbox file. A changed file gets a new version; the old one is kept
-- with status replaced. A file that left the inbox is withdrawn. Only active versions count.
CREATE TABLE source_file (
    id             BIGSERIAL PRIMARY KEY,
    rel_path       TEXT        NOT NULL,
    department     TEXT        NOT NULL,
    sha256         TEXT        NOT NULL,
    size_bytes     BIGINT      NOT NULL,
    fingerprint    TEXT        NOT NULL,
    kind           TEXT,
    status         TEXT        NOT NULL,
    loaded_run_id  BIGINT      NOT NULL REFERENCES run (id),
    ended_run_id   BIGINT      REFERENCES run (id),
    loaded_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    ended_at       TIMESTAMPTZ,
    sheets_read    INT,
    rows_read      INT,
    rows_accepted  INT,
    rows_rejected  INT,
    rows_skipped   INT,
    message        TEXT,
    CONSTRAINT source_file_status CHECK (status IN ('loading', 'active', 'replaced', 'withdrawn')),
    CONSTRAINT source_file_kind CHECK (kind IN ('items', 'requests', 'skipped', 'rejected'))
);
CREATE UNIQUE INDEX source_file_one_active ON source_file (rel_path) WHERE status = 'active';
CREATE INDEX source_file_status_idx ON source_file (status);
COMMENT ON TABLE source_file IS 'Every version of every inbox file, with its accounting: rows_read = rows_accepted + rows_rejected + rows_skipped.';

CREATE TABLE item_row (
    id                 BIGSERIAL PRIMARY KEY,
    file_id            BIGINT  NOT NULL REFERENCES source_file (id) ON DELETE CASCADE,
    sheet              TEXT    NOT NULL,
    row_no             INT     NOT NULL,
    department         TEXT    NOT NULL,
    title              TEXT    NOT NULL,
    title_norm         TEXT    NOT NULL,
    publish_date       DATE    NOT NULL,
    channels           TEXT[]  NOT NULL,
    categories         TEXT[]  NOT NULL,
    raw_channel        TEXT,
    raw_category       TEXT,
    unknown_channels   TEXT[]  NOT NULL DEFAULT '{}',
    unknown_categories TEXT[]  NOT NULL DEFAULT '{}',
    channel_defaulted  BOOLEAN NOT NULL DEFAULT false,
    doc_no             TEXT,
    doc_no_norm        TEXT,
    index_no           TEXT,
    index_no_norm      TEXT,
    url                TEXT,
    url_norm           TEXT
);
CREATE INDEX item_row_file_idx ON item_row (file_id);
COMMENT ON TABLE item_row IS 'Accepted rows of item lists (主动公开), original text beside the normalised keys.';

CREATE TABLE request_row (
    id             BIGSERIAL PRIMARY KEY,
    file_id        BIGINT NOT NULL REFERENCES source_file (id) ON DELETE CASCADE,
    sheet          TEXT   NOT NULL,
    row_no         INT    NOT NULL,
    department     TEXT   NOT NULL,
    request_no     TEXT,
    received_date  DATE   NOT NULL,
    applicant_type TEXT,
    outcome        TEXT,
    request_key    TEXT   NOT NULL
);
CREATE INDEX request_row_file_idx ON request_row (file_id);
COMMENT ON TABLE request_row IS 'Accepted rows of request logs (依申请公开); request_key identifies one request county-wide.';

CREATE TABLE rejected_row (
    id        BIGSERIAL PRIMARY KEY,
    file_id   BIGINT NOT NULL REFERENCES source_file (id) ON DELETE CASCADE,
    sheet     TEXT,
    row_no    INT,
    reason    TEXT   NOT NULL,
    message   TEXT   NOT NULL,
    raw_cells TEXT[] NOT NULL DEFAULT '{}'
);
CREATE INDEX rejected_row_file_idx ON rejected_row (file_id);
COMMENT ON TABLE rejected_row IS 'Rows (row_no set) and whole files (row_no empty) that could not be used, with a stable reason code.';

-- Deduplication output, recomputed from the active rows on every run.
CREATE TABLE item (
    id           BIGINT PRIMARY KEY,
    title        TEXT   NOT NULL,
    publish_date DATE   NOT NULL,
    channels     TEXT[] NOT NULL,
    categories   TEXT[] NOT NULL,
    departments  TEXT[] NOT NULL,
    row_count    INT    NOT NULL
);
CREATE INDEX item_publish_date_idx ON item (publish_date);
COMMENT ON TABLE item IS 'Distinct items (相同信息计1条) after deduplication; id is the smallest item_row id of the item.';

CREATE TABLE item_member (
    row_id  BIGINT PRIMARY KEY REFERENCES item_row (id) ON DELETE CASCADE,
    item_id BIGINT NOT NULL
);
CREATE INDEX item_member_item_idx ON item_member (item_id);
COMMENT ON TABLE item_member IS 'Which accepted rows make up each distinct item.';

CREATE TABLE county_figures (
    year                  INT         PRIMARY KEY,
    run_id                BIGINT      NOT NULL REFERENCES run (id),
    computed_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    website               INT         NOT NULL,
    other_channels        INT         NOT NULL,
    normative_documents   INT         NOT NULL,
    pilot_areas           INT         NOT NULL,
    key_areas             INT         NOT NULL,
    online_surveys        INT         NOT NULL,
    requests              INT         NOT NULL,
    distinct_items        INT         NOT NULL,
    policy_interpretations INT        NOT NULL
);
COMMENT ON TABLE county_figures IS 'The county row of the annual report for a year, as last computed.';
