-- Deduplication in one pass and incrementally (issue 9). Dedup keeps, beside its output (item,
-- item_member), the keys of every row it has seen, so that a run re-decides only the items that the
-- added and removed file versions touch.
--
-- The key cache is UNLOGGED: it is rebuilt from item_row at will, and PostgreSQL empties unlogged
-- tables together after a crash, which the job sees as "no previous state" and answers with a full
-- recompute. Its writes skip the WAL, which is most of the cost of writing a million keys.

CREATE UNLOGGED TABLE dedup_key (
    k      BIGINT  NOT NULL,
    row_id BIGINT  NOT NULL,
    binds  BOOLEAN NOT NULL
);
CREATE INDEX dedup_key_k_idx ON dedup_key (k);
COMMENT ON TABLE dedup_key IS 'Dedup cache: the match keys (64-bit hashes, see DedupKeys) of the rows of dedup_key_file; rows sharing a key are the same information when one of them binds by it.';

CREATE UNLOGGED TABLE dedup_key_file (
    file_id BIGINT PRIMARY KEY
);
COMMENT ON TABLE dedup_key_file IS 'Dedup cache: the file versions whose rows are in dedup_key and in item_member.';

CREATE UNLOGGED TABLE dedup_key_state (
    one          BOOLEAN PRIMARY KEY DEFAULT true CHECK (one),
    fingerprint  TEXT    NOT NULL,
    member_count BIGINT  NOT NULL,
    item_count   BIGINT  NOT NULL
);
COMMENT ON TABLE dedup_key_state IS 'Dedup cache: what the keys were computed with (rules, office merges, the hash function); the sizes of item_member and item when it was written.';

-- What the last dedup changed, for the stages after it (review, figures, export).
CREATE TABLE dedup_run (
    run_id        BIGINT      PRIMARY KEY REFERENCES run (id) ON DELETE CASCADE,
    mode          TEXT        NOT NULL CHECK (mode IN ('full', 'incremental')),
    all_changed   BOOLEAN     NOT NULL,
    rows_redecided BIGINT     NOT NULL,
    changed_items BIGINT      NOT NULL,
    rows          BIGINT      NOT NULL,
    items         BIGINT      NOT NULL,
    finished_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
COMMENT ON TABLE dedup_run IS 'One line per deduplication: full or incremental, how many rows it decided again, how many items changed (new, gone or with other rows); all_changed: treat every item as changed (dedup_changed_item is then empty, and changed_items counts the items now).';

CREATE TABLE dedup_changed_item (
    item_id BIGINT  PRIMARY KEY,
    present BOOLEAN NOT NULL
);
COMMENT ON TABLE dedup_changed_item IS 'Refreshed by every dedup: the items whose set of rows the last dedup (latest dedup_run) changed; present = false for an item id that no longer exists. Empty when that dedup_run says all_changed: then treat every item as changed.';

-- The union of arrays over a group (array_agg cannot gather arrays of different lengths): an item's
-- channels and categories are the union of its rows' in one pass.
CREATE AGGREGATE array_cat_agg(anycompatiblearray) (SFUNC = array_cat, STYPE = anycompatiblearray, INITCOND = '{}');
COMMENT ON AGGREGATE array_cat_agg(anycompatiblearray) IS 'All elements of the arrays of a group, one after the other.';

-- item_member is written only by dedup, from the rows of active files, and item rows of a deduplicated
-- file are never deleted; the row-by-row check of this key cost 6 of the 11 seconds of writing a
-- million members. Dedup itself notices vanished file versions and then recomputes in full.
ALTER TABLE item_member DROP CONSTRAINT item_member_row_id_fkey;
