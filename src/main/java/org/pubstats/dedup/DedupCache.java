package org.pubstats.dedup;

import java.util.Optional;

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

    /** Added and removed file versions since the last dedup, and how many item rows they hold. */
    record FileChanges(long addedRows, long removedRows) {}

    /**
     * Fills {@code dedup_added_file} and {@code dedup_removed_file} (temporary) and tells why the items
     * must be recomputed in full, if they must.
     */
    Optional<String> fullRecomputeReason(String fingerprint) {
        var state = jdbc.queryForList("SELECT fingerprint, member_count FROM dedup_key_state");
        if (state.isEmpty()) {
            return Optional.of("没有上次去重的记录");
        }
        if (!fingerprint.equals(state.get(0).get("fingerprint"))) {
            return Optional.of("去重规则或合并决定有变化");
        }
        Long members = jdbc.queryForObject("SELECT count(*) FROM item_member", Long.class);
        if (!members.equals(((Number) state.get(0).get("member_count")).longValue())) {
            return Optional.of("去重结果与上次记录不一致");
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
            return Optional.of("上次去重的文件版本已从数据库删除");
        }
        FileChanges changes = changes();
        if (changes.addedRows() + changes.removedRows() > MOST_ROWS * Math.max(members, 1)) {
            return Optional.of("大部分行有变化");
        }
        return Optional.empty();
    }

    FileChanges changes() {
        return new FileChanges(
                jdbc.queryForObject("SELECT count(*) FROM item_row WHERE file_id IN (SELECT file_id FROM dedup_added_file)", Long.class),
                jdbc.queryForObject("SELECT count(*) FROM item_row WHERE file_id IN (SELECT file_id FROM dedup_removed_file)", Long.class));
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

    void remember(String fingerprint, long members) {
        jdbc.update("""
                INSERT INTO dedup_key_state (fingerprint, member_count) VALUES (?, ?)
                ON CONFLICT (one) DO UPDATE SET fingerprint = excluded.fingerprint, member_count = excluded.member_count""",
                fingerprint, members);
    }
}
