package org.pubstats.dedup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * 相同信息计1条 (design.md §5) in one pass: the rows' match keys ({@link DedupKeys}) are grouped by the
 * database, the rows a binding key joins are united in memory ({@link RowComponents}), and the items
 * whose rows changed are rewritten ({@link ItemRebuild}). An item is a connected component; its id is
 * its smallest row id.
 * <p>
 * Incremental: with the keys of earlier runs kept ({@link DedupCache}), only the items that added and
 * removed file versions touch are decided again — the items of removed rows, the items of rows that
 * share any key with an added row, and the added rows. No other item can change: two rows of different
 * untouched items share no binding key (they would be one item), and a key that binds only through a
 * row without a document number (rule 3) reaches, from an added row, every row of its title and date.
 * <p>
 * Must run inside a transaction: the cache, the items and what changed commit together.
 */
public class Deduplication {

    private static final Logger log = LoggerFactory.getLogger(Deduplication.class);

    /** Rows that share a binding key, as pairs (row, smallest row of the key). */
    private static final String EDGES = """
            SELECT row_id, first FROM (
                SELECT row_id, min(row_id) OVER w AS first, bool_or(binds) OVER w AS joins
                  FROM %s WINDOW w AS (PARTITION BY k)) x
             WHERE joins AND row_id <> first""";

    /** More changed items than this share of all items: the stages after dedup had better redo everything. */
    private static final double MOST_ITEMS = 0.5;

    public enum Mode { FULL, INCREMENTAL }

    /** @param mergesCut how many of the office's 分开 decisions cut a merge of the rules */
    public record Result(Mode mode, long rows, long items, long rowsRedecided, long changedItems, boolean allChanged,
                         int mergesCut) {}

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final DedupCache cache;
    private final ItemRebuild rebuild;

    public Deduplication(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(10_000);
        this.cache = new DedupCache(jdbc);
        this.rebuild = new ItemRebuild(jdbc);
    }

    public Result run(long runId, DedupOverrides overrides) {
        return run(runId, overrides, false);
    }

    /** @param forceFull decide every item again, whatever the cache says (tests compare the two ways) */
    public Result run(long runId, DedupOverrides overrides, boolean forceFull) {
        jdbc.execute("SET LOCAL work_mem = '64MB'");
        jdbc.execute("SET LOCAL jit = off"); // compiling the big queries cost more than it saved
        DecisionSides.write(jdbc, overrides);
        KeptApart apart = KeptApart.find(jdbc, overrides);
        String fingerprint = DedupKeys.fingerprint(overrides, jdbc.queryForObject(DedupKeys.HASH_PROBE, Long.class));
        DedupCache.Plan plan = forceFull ? new DedupCache.Full("要求全量重算") : cache.plan(fingerprint);
        if (plan instanceof DedupCache.Incremental incremental && !incremental.nothingChanged() && !retireRemovedKeys()) {
            plan = new DedupCache.Full("去重缓存与数据不一致");
        }
        Result result = plan instanceof DedupCache.Incremental incremental ? incremental(incremental, apart)
                : full((DedupCache.Full) plan, apart);
        cache.remember(fingerprint, new DedupCache.Counts(result.rows(), result.items()));
        publish(runId, result);
        return result;
    }

    private Result full(DedupCache.Full plan, KeptApart apart) {
        log.info("去重全量重算：{}", plan.reason());
        cache.clear();
        cache.storeAllKeys();
        int cut = unite("dedup_key", apart);
        cache.indexKeys();
        cache.allFilesIn();
        boolean rewriteAll = plan.rewriteAll() || !jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM item_member)", Boolean.class);
        ItemRebuild.Rewritten rewritten = rewriteAll ? rebuild.rewriteAll("active_item_row")
                : rebuild.apply("active_item_row", "SELECT row_id, item_id FROM item_member");
        long rows = jdbc.queryForObject("SELECT count(*) FROM item_member", Long.class);
        long items = jdbc.queryForObject("SELECT count(*) FROM item", Long.class);
        // Fresh statistics: the next incremental run and the stages after dedup look items up by id.
        jdbc.execute("ANALYZE item_member");
        jdbc.execute("ANALYZE item");
        // A rewrite does not compare: every item counts as changed.
        return result(Mode.FULL, rows, items, rows, rewriteAll ? items : rewritten.changedItems(), cut);
    }

    private Result incremental(DedupCache.Incremental plan, KeptApart apart) {
        DedupCache.Counts before = plan.before();
        if (plan.nothingChanged()) {
            cache.filesChanged(); // files without item rows (request logs, rejected files) are noted all the same
            return result(Mode.INCREMENTAL, before.members(), before.items(), 0, 0, lastCut());
        }
        long redecided = incrementalScope(apart);
        int cut = unite("dedup_scope_key", apart);
        jdbc.execute("INSERT INTO dedup_key (row_id, k, binds) SELECT row_id, k, binds FROM dedup_added_key");
        cache.filesChanged();
        ItemRebuild.Rewritten rewritten = rebuild.apply("""
                (SELECT i.*, f.rel_path FROM dedup_scope s JOIN item_row i ON i.id = s.row_id
                   JOIN source_file f ON f.id = i.file_id)""",
                "SELECT m.row_id, m.item_id FROM dedup_affected a JOIN item_member m ON m.item_id = a.item_id");
        return result(Mode.INCREMENTAL, before.members() + rewritten.memberDelta(), before.items() + rewritten.itemDelta(),
                redecided, rewritten.changedItems(), cut);
    }

    private static Result result(Mode mode, long rows, long items, long redecided, long changed, int cut) {
        return new Result(mode, rows, items, redecided, changed, changed > MOST_ITEMS * Math.max(items, 1), cut);
    }

    /**
     * The cuts an unchanged dedup keeps: the last one's. An incremental run decides again only what its files touch,
     * so it counts the cuts in that part; the rest kept theirs, and every cut component is in the scope (see
     * {@link #incrementalScope}), so the count is complete all the same.
     */
    private int lastCut() {
        return jdbc.query("SELECT merges_cut FROM dedup_run ORDER BY finished_at DESC LIMIT 1",
                rs -> rs.next() ? rs.getInt(1) : 0);
    }

    /**
     * Removes the stored keys of the removed rows, computed again from the rows themselves; false when
     * they are not all there (the cache does not match the rows: recompute in full).
     */
    private boolean retireRemovedKeys() {
        jdbc.execute("""
                CREATE TEMP TABLE dedup_removed_row ON COMMIT DROP AS
                SELECT id AS row_id FROM item_row WHERE file_id IN (SELECT file_id FROM dedup_removed_file)""");
        jdbc.execute("""
                CREATE TEMP TABLE dedup_added_row ON COMMIT DROP AS
                SELECT id AS row_id FROM item_row WHERE file_id IN (SELECT file_id FROM dedup_added_file)""");
        jdbc.execute("ANALYZE dedup_removed_row");
        jdbc.execute("ANALYZE dedup_added_row");
        jdbc.execute("CREATE TEMP TABLE dedup_removed_key ON COMMIT DROP AS "
                + DedupKeys.of(rowsOf("dedup_removed_row")));
        long expected = jdbc.queryForObject("SELECT count(*) FROM dedup_removed_key", Long.class);
        if (expected == 0) {
            return true;
        }
        jdbc.execute("ANALYZE dedup_removed_key");
        int deleted = jdbc.update("DELETE FROM dedup_key d USING dedup_removed_key x WHERE d.k = x.k AND d.row_id = x.row_id");
        return deleted == expected;
    }

    /**
     * The rows to decide again ({@code dedup_scope}) and their keys ({@code dedup_scope_key}): the rows
     * of the items that removed rows leave or that added rows' keys reach, and the added rows.
     */
    private long incrementalScope(KeptApart apart) {
        jdbc.execute("CREATE TEMP TABLE dedup_added_key ON COMMIT DROP AS " + DedupKeys.of(rowsOf("dedup_added_row")));
        jdbc.execute("ANALYZE dedup_added_key");
        jdbc.execute("""
                CREATE TEMP TABLE dedup_affected ON COMMIT DROP AS
                SELECT m.item_id FROM item_member m JOIN dedup_removed_row x ON x.row_id = m.row_id
                UNION
                SELECT m.item_id FROM dedup_added_key a JOIN dedup_key d ON d.k = a.k JOIN item_member m ON m.row_id = d.row_id
                %s""".formatted(apart.isEmpty() ? "" : """
                UNION
                SELECT m.item_id FROM %s a JOIN item_member m ON m.row_id = a.row_id""".formatted(KeptApart.ROWS)));
        jdbc.execute("ANALYZE dedup_affected");
        jdbc.execute("""
                CREATE TEMP TABLE dedup_scope ON COMMIT DROP AS
                SELECT m.row_id FROM dedup_affected a JOIN item_member m ON m.item_id = a.item_id
                 WHERE NOT EXISTS (SELECT 1 FROM dedup_removed_row x WHERE x.row_id = m.row_id)
                UNION
                SELECT row_id FROM dedup_added_row""");
        jdbc.execute("ANALYZE dedup_scope");
        jdbc.execute("CREATE TEMP TABLE dedup_scope_key ON COMMIT DROP AS " + DedupKeys.of(rowsOf("dedup_scope")));
        jdbc.execute("ANALYZE dedup_scope_key");
        return jdbc.queryForObject("SELECT count(*) FROM dedup_scope", Long.class);
    }

    /** The item rows listed (by row_id) in a table, as a subquery the key query reads. */
    private static String rowsOf(String rowIds) {
        return "(SELECT i.* FROM item_row i JOIN " + rowIds + " s ON s.row_id = i.id)";
    }

    /**
     * Unites the rows that share a binding key in {@code keys}, and writes the joined rows to dedup_link. Where
     * that put both sides of a 分开 decision in one component, the component is decided again with the cut
     * ({@link CutComponents}): its joins once more, in a fixed order, refusing those that would join the sides.
     * Returns how many decisions cut a merge.
     */
    private int unite(String keys, KeptApart apart) {
        jdbc.execute("CREATE TEMP TABLE dedup_link (row_id BIGINT, item_id BIGINT) ON COMMIT DROP");
        RowComponents components = new RowComponents();
        streaming.query(EDGES.formatted(keys), rs -> {
            components.union(rs.getLong(1), rs.getLong(2));
        });
        KeptApart.Conflicts conflicts = apart.conflicts(components);
        java.util.Map<Long, Long> cutItems = java.util.Map.of();
        if (!conflicts.none()) {
            CutComponents cut = new CutComponents(apart);
            streaming.query(EDGES.formatted(keys) + " ORDER BY first, row_id", rs -> {
                long row = rs.getLong(1);
                if (conflicts.items().contains(components.itemOf(row))) {
                    cut.union(row, rs.getLong(2));
                }
            });
            cutItems = cut.items();
            log.info("“分开”决定拆开了 {} 处规则的合并（{} 次合并未做）", conflicts.decisions(), cut.refused());
        }
        java.util.Map<Long, Long> recut = cutItems;
        DataSource dataSource = jdbc.getDataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(
                connection.unwrap(PGConnection.class), "COPY dedup_link (row_id, item_id) FROM STDIN", 1 << 16),
                StandardCharsets.US_ASCII), 1 << 16)) {
            components.forEach((row, item) -> out.append(Long.toString(row)).append('\t')
                    .append(Long.toString(recut.getOrDefault(row, item))).append('\n'));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the dedup components", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dedup components", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        jdbc.execute("ALTER TABLE dedup_link ADD PRIMARY KEY (row_id)");
        jdbc.execute("ANALYZE dedup_link");
        return conflicts.decisions();
    }

    /** What changed, for the stages after dedup (V11: dedup_run, dedup_changed_item). */
    private void publish(long runId, Result result) {
        jdbc.execute("TRUNCATE dedup_changed_item");
        if (!result.allChanged() && result.changedItems() > 0) {
            jdbc.execute("""
                    INSERT INTO dedup_changed_item (item_id, present)
                    SELECT c.item_id, EXISTS (SELECT 1 FROM item i WHERE i.id = c.item_id) FROM dedup_changed c""");
        }
        jdbc.update("""
                INSERT INTO dedup_run (run_id, mode, all_changed, rows_redecided, changed_items, rows, items, merges_cut)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (run_id) DO UPDATE SET mode = excluded.mode, all_changed = excluded.all_changed,
                       rows_redecided = excluded.rows_redecided, changed_items = excluded.changed_items,
                       rows = excluded.rows, items = excluded.items, merges_cut = excluded.merges_cut,
                       finished_at = now()""",
                runId, result.mode().name().toLowerCase(java.util.Locale.ROOT), result.allChanged(),
                result.rowsRedecided(), result.changedItems(), result.rows(), result.items(), result.mergesCut());
    }
}
