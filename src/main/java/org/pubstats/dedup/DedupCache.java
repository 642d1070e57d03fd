package org.pubstats.dedup;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What dedup keeps between runs (V11): the keys of the rows it has seen ({@code dedup_key}), the file
 * versions they come from ({@code dedup_key_file}) and what the keys were computed with
 * ({@code dedup_key_state}). Compared with the active file versions, it says which files were added
 * and removed since the last dedup — whichever run activated or ended them, so a run that stopped
 * after loading is caught up by the next one — or why the items must be recomputed in full.
 */
final class DedupCache {

    /** More changed rows than this share of the rows makes a full recompute the cheaper one. */
    private static final double MOST_ROWS = 0.5;

    private final JdbcTemplate jdbc;

    DedupCache(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the last dedup left: item_member's and item's sizes. */
    record Counts(long members, long items) {}

    /** What to do now: recompute in full (and why), or only what the added and removed files touch. */
    sealed interface Plan permits Full, Incremental {}

    /** @param rewriteAll most rows changed: write the items anew rather than compare them */
    record Full(String reason, boolean rewriteAll) implements Plan {

        Full(String reason) {
            this(reason, false);
        }
    }

    record Incremental(Counts before, long addedRows, long removedRows) implements Plan {

        boolean nothingChanged() {
            return addedRows == 0 && removedRows == 0;
        }
    }

    /**
     * Compares the cache with the active file versions; for an incremental run, fills
     * {@code dedup_added_file} and {@code dedup_removed_file} (temporary).
     */
    Plan plan(String fingerprint) {
        var state = jdbc.queryForList("SELECT fingerprint, member_count, item_count FROM dedup_key_state");
        if (state.isEmpty()) {
            return new Full("没有上次去重的记录");
        }
        if (!fingerprint.equals(state.get(0).get("fingerprint"))) {
            return new Full("去重规则或合并决定有变化");
        }
        Counts before = new Counts(((Number) state.get(0).get("member_count")).longValue(),
                ((Number) state.get(0).get("item_count")).longValue());
        if (jdbc.queryForObject("SELECT count(*) FROM item_member", Long.class) != before.members()) {
            return new Full("去重结果与上次记录不一致");
        }
        jdbc.execute("""
                CREATE TEMP TABLE dedup_added_file ON COMMIT DROP AS
                SELECT f.id AS file_id FROM source_file f
                 WHERE f.status = 'active' AND NOT EXISTS (SELECT 1 FROM dedup_key_file d WHERE d.file_id = f.id)""");
        jdbc.execute("""
                CREATE TEMP TABLE dedup_removed_file ON COMMIT DROP AS
                SELECT d.file_id, f.id IS NULL AS vanished FROM dedup_key_file d LEFT JOIN source_file f ON f.id = d.file_id
                 WHERE f.status IS DISTINCT FROM 'active'""");
        if (jdbc.queryForObject("SELECT count(*) FROM dedup_removed_file WHERE vanished", Long.class) > 0) {
            return new Full("上次去重的文件版本已从数据库删除");
        }
        long added = jdbc.queryForObject(
                "SELECT count(*) FROM item_row WHERE file_id IN (SELECT file_id FROM dedup_added_file)", Long.class);
        long removed = jdbc.queryForObject(
                "SELECT count(*) FROM item_row WHERE file_id IN (SELECT file_id FROM dedup_removed_file)", Long.class);
        if (added + removed > MOST_ROWS * Math.max(before.members(), 1)) {
            return new Full("大部分行有变化", true);
        }
        return new Incremental(before, added, removed);
    }

    /** Forgets every key, before they are computed again for all active rows. */
    void clear() {
        jdbc.execute("TRUNCATE dedup_key, dedup_key_file, dedup_key_state");
    }

    /** The keys of all active rows, written without their index (built afterwards in one go). */
    void storeAllKeys() {
        jdbc.execute("DROP INDEX IF EXISTS dedup_key_k_idx");
        jdbc.execute("INSERT INTO dedup_key (row_id, k, binds) " + DedupKeys.of("active_item_row"));
    }

    void indexKeys() {
        jdbc.execute("CREATE INDEX IF NOT EXISTS dedup_key_k_idx ON dedup_key (k)");
        jdbc.execute("ANALYZE dedup_key"); // the next run looks keys up in it: plans need its real size
    }

    /** After a full recompute: every active file version is in. */
    void allFilesIn() {
        jdbc.execute("INSERT INTO dedup_key_file (file_id) SELECT id FROM source_file WHERE status = 'active'");
    }

    /** After an incremental run: the added versions are in, the removed ones out. */
    void filesChanged() {
        jdbc.execute("DELETE FROM dedup_key_file WHERE file_id IN (SELECT file_id FROM dedup_removed_file)");
        jdbc.execute("INSERT INTO dedup_key_file (file_id) SELECT file_id FROM dedup_added_file");
    }

    void remember(String fingerprint, Counts now) {
        jdbc.update("""
                INSERT INTO dedup_key_state (fingerprint, member_count, item_count) VALUES (?, ?, ?)
                ON CONFLICT (one) DO UPDATE SET fingerprint = excluded.fingerprint, member_count = excluded.member_count,
                       item_count = excluded.item_count""",
                fingerprint, now.members(), now.items());
    }
}
