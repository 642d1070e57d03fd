-- The review list incrementally (issue 9): after an incremental dedup, the review pass compares only the
-- items that dedup changed and keeps the other pairs. It may do so only when the list reflects the dedup
-- just before this one, with the same rules and office decisions; this table says what it reflects.

CREATE TABLE review_state (
    one         BOOLEAN     PRIMARY KEY DEFAULT true CHECK (one),
    run_id      BIGINT      NOT NULL,
    fingerprint TEXT        NOT NULL,
    mode        TEXT        NOT NULL CHECK (mode IN ('full', 'incremental')),
    computed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
COMMENT ON TABLE review_state IS 'What review_pair reflects: the run whose dedup it followed (run_id), the review settings and office decisions it was computed with (fingerprint), and whether that pass compared every item (full) or only the items the dedup changed (incremental).';
