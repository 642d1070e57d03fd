package org.pubstats.dedup;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 相同信息计1条 (SPEC §5), set-based in SQL so it scales past memory: every accepted row of an
 * active file gets the keys it can be matched by (index number, URL, title + date + document
 * number), rows sharing a key are connected, and connected components — found by propagating the
 * smallest row id through shared keys until nothing changes — are the distinct items. Transitivity
 * falls out of the component search.
 */
public class DedupTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DedupTasklet.class);
    private final JdbcTemplate jdbc;
    /** Read at every run, so the office's decisions apply without a restart. */
    private final java.util.function.Supplier<DedupOverrides> overrides;

    public DedupTasklet(JdbcTemplate jdbc, java.util.function.Supplier<DedupOverrides> overrides) {
        this.jdbc = jdbc;
        this.overrides = overrides;
    }

    /** A pair the office confirmed as the same information shares a key of its own. */
    private void addConfirmedMerges() {
        List<DedupOverrides.Decision> merges = overrides.get().merges();
        for (int i = 0; i < merges.size(); i++) {
            for (DedupOverrides.Side side : List.of(merges.get(i).a(), merges.get(i).b())) {
                jdbc.update("""
                        INSERT INTO dedup_key (row_id, k)
                        SELECT l.row_id, md5(?)::uuid FROM dedup_label l JOIN item_row r ON r.id = l.row_id
                         WHERE r.title_norm = ? AND r.publish_date = ?""",
                        "o:" + i, side.titleNorm(), java.sql.Date.valueOf(side.date()));
            }
        }
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        jdbc.execute("DROP TABLE IF EXISTS dedup_key, dedup_label");
        jdbc.execute("""
                CREATE TEMP TABLE dedup_label AS
                SELECT r.id AS row_id, r.id AS label
                FROM item_row r JOIN source_file f ON f.id = r.file_id AND f.status = 'active'""");
        jdbc.execute("ALTER TABLE dedup_label ADD PRIMARY KEY (row_id)");
        // Rule 3: same title and date, and document numbers equal or one missing. Within a title+date
        // group a row without a number joins every other row, so such a group is one key; otherwise
        // the number is part of the key.
        // A key is the md5 of its text (as a 16-byte uuid): titles, URLs and numbers have no length
        // limit, and a btree index entry must stay under ~2.7 kB (a 1,000-character Chinese title is 3 kB).
        jdbc.execute("""
                CREATE TEMP TABLE dedup_key AS
                SELECT l.row_id, md5('i:' || r.index_no_norm)::uuid AS k
                  FROM dedup_label l JOIN item_row r ON r.id = l.row_id WHERE r.index_no_norm IS NOT NULL
                UNION ALL
                SELECT l.row_id, md5('u:' || r.url_norm)::uuid
                  FROM dedup_label l JOIN item_row r ON r.id = l.row_id WHERE r.url_norm IS NOT NULL
                UNION ALL
                SELECT row_id, md5('t:' || title_norm || '|' || publish_date
                       || CASE WHEN bool_or(doc_no_norm IS NULL) OVER (PARTITION BY title_norm, publish_date)
                               THEN '' ELSE '|' || doc_no_norm END)::uuid
                  FROM (SELECT l.row_id, r.title_norm, r.publish_date, r.doc_no_norm
                          FROM dedup_label l JOIN item_row r ON r.id = l.row_id) t""");
        addConfirmedMerges();
        jdbc.execute("CREATE INDEX ON dedup_key (k)");
        jdbc.execute("CREATE INDEX ON dedup_key (row_id)");
        jdbc.execute("ANALYZE dedup_key");
        jdbc.execute("ANALYZE dedup_label");
        int rounds = 0;
        int changed;
        do {
            changed = jdbc.update("""
                    UPDATE dedup_label l SET label = m.label
                    FROM (SELECT k.row_id, min(g.label) AS label
                            FROM dedup_key k
                            JOIN (SELECT k2.k, min(l2.label) AS label
                                    FROM dedup_key k2 JOIN dedup_label l2 ON l2.row_id = k2.row_id
                                   GROUP BY k2.k) g ON g.k = k.k
                           GROUP BY k.row_id) m
                    WHERE l.row_id = m.row_id AND m.label < l.label""");
            rounds++;
        } while (changed > 0);
        jdbc.execute("TRUNCATE item, item_member");
        jdbc.execute("INSERT INTO item_member (row_id, item_id) SELECT row_id, label FROM dedup_label");
        // The earliest row (by date, then department, file, sheet, row) gives the title and date; channels,
        // categories and departments are the union over the rows. Whole-table aggregations, no per-item lookups.
        jdbc.execute("""
                WITH members AS (
                    SELECT m.item_id, r.* , f.rel_path
                      FROM item_member m JOIN item_row r ON r.id = m.row_id JOIN source_file f ON f.id = r.file_id),
                firsts AS (
                    SELECT DISTINCT ON (item_id) item_id, id AS rep_row_id, title, publish_date FROM members
                     ORDER BY item_id, publish_date, department, rel_path, sheet, row_no),
                reporters AS (
                    SELECT item_id, array_agg(DISTINCT department ORDER BY department) AS departments, count(*) AS row_count
                      FROM members GROUP BY item_id),
                channel_union AS (
                    SELECT item_id, array_agg(DISTINCT c ORDER BY c) AS channels
                      FROM members, unnest(channels) c GROUP BY item_id),
                category_union AS (
                    SELECT item_id, array_agg(DISTINCT c ORDER BY c) AS categories
                      FROM members, unnest(categories) c GROUP BY item_id)
                INSERT INTO item (id, rep_row_id, title, publish_date, channels, categories, departments, row_count)
                SELECT f.item_id, f.rep_row_id, f.title, f.publish_date, coalesce(ch.channels, '{}'), coalesce(ca.categories, '{}'),
                       r.departments, r.row_count
                  FROM firsts f
                  JOIN reporters r USING (item_id)
                  LEFT JOIN channel_union ch USING (item_id)
                  LEFT JOIN category_union ca USING (item_id)""");
        Integer items = jdbc.queryForObject("SELECT count(*) FROM item", Integer.class);
        Integer rows = jdbc.queryForObject("SELECT count(*) FROM item_member", Integer.class);
        log.info("去重完成：{} 行合并为 {} 条信息（{} 轮）", rows, items, rounds);
        contribution.getStepExecution().getExecutionContext().putInt("dedup.items", items == null ? 0 : items);
        contribution.getStepExecution().getExecutionContext().putInt("dedup.rows", rows == null ? 0 : rows);
        jdbc.execute("DROP TABLE IF EXISTS dedup_key, dedup_label");
        return RepeatStatus.FINISHED;
    }
}
