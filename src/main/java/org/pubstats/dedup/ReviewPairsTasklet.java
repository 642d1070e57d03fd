package org.pubstats.dedup;

import java.util.function.Consumer;
import java.util.function.Supplier;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lists probable duplicates the rules did not merge: distinct items published within a few days of
 * each other whose titles are alike ({@link TitleSimilarity}, bigrams weighted by rarity). Two passes
 * over the items (each through its representative row, {@code item.rep_row_id}): the first counts how
 * rare each bigram is in each year ({@link GramRarity}), the second goes in date order through a
 * window of a few days ({@link ReviewWindow}) and streams the pairs to {@code review_pair} by COPY.
 * Pairs the office decided in the overrides file are left out. Memory holds the window and fixed
 * tables, whatever the number of items.
 * <p>
 * After an incremental dedup ({@link ReviewScope}), the second pass reads only the items within a few
 * days of a changed item and compares only pairs with a changed item: the pairs of changed items are
 * listed anew, the others kept, and an unchanged item that gained pairs keeps its most alike.
 */
public class ReviewPairsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReviewPairsTasklet.class);
    private static final int FETCH_SIZE = 2000;

    /** Grouped by department, so that each department counts once per bigram. */
    static final String BY_DEPARTMENT = """
            SELECT i.id AS item_id, r.id AS row_id, r.title_norm, r.publish_date, r.department, false AS changed
              FROM item i JOIN item_row r ON r.id = i.rep_row_id
             ORDER BY r.department""";

    /** By date, then by the representative row's place: the same order every run, whatever ids the load gave. */
    static final String BY_DATE = """
            SELECT i.id AS item_id, r.id AS row_id, r.title_norm, r.publish_date, r.department, false AS changed
              FROM item i JOIN item_row r ON r.id = i.rep_row_id JOIN source_file f ON f.id = r.file_id
             ORDER BY r.publish_date, r.department, f.rel_path, r.sheet, r.row_no""";

    /** The same, for an incremental pass: the items within {@code %1$d} days of an item the last dedup changed. */
    static final String NEAR_CHANGED_BY_DATE = """
            SELECT i.id AS item_id, r.id AS row_id, r.title_norm, r.publish_date, r.department,
                   EXISTS (SELECT 1 FROM dedup_changed_item c WHERE c.item_id = i.id) AS changed
              FROM item i JOIN item_row r ON r.id = i.rep_row_id JOIN source_file f ON f.id = r.file_id
             WHERE r.publish_date IN (SELECT DISTINCT ci.publish_date + d
                                        FROM dedup_changed_item c JOIN item ci ON ci.id = c.item_id,
                                             generate_series(-%1$d, %1$d) d)
             ORDER BY r.publish_date, r.department, f.rel_path, r.sheet, r.row_no""";

    /** The pairs of changed items are gone before an incremental pass: they are listed anew. */
    private static final String FORGET_CHANGED = """
            DELETE FROM review_pair p
             WHERE EXISTS (SELECT 1 FROM dedup_changed_item c WHERE c.item_id = p.item_a OR c.item_id = p.item_b)""";

    /**
     * After an incremental pass, an unchanged item with new pairs keeps its {@code ?} most alike (most alike,
     * then nearest in date, then by rows): a pair it lets go is dropped, as the full pass drops it.
     */
    private static final String KEEP_MOST_ALIKE = """
            WITH touched AS (
                SELECT p.item_a AS item FROM review_pair p JOIN dedup_changed_item c ON c.item_id = p.item_b
                UNION
                SELECT p.item_b FROM review_pair p JOIN dedup_changed_item c ON c.item_id = p.item_a),
            sides AS (
                SELECT t.item, p.* FROM review_pair p JOIN touched t ON t.item = p.item_a
                UNION ALL
                SELECT t.item, p.* FROM review_pair p JOIN touched t ON t.item = p.item_b),
            ranked AS (
                SELECT s.item_a, s.item_b,
                       row_number() OVER (PARTITION BY s.item ORDER BY s.similarity DESC,
                                          abs(ra.publish_date - rb.publish_date), s.row_a, s.row_b) AS place
                  FROM sides s JOIN item_row ra ON ra.id = s.row_a JOIN item_row rb ON rb.id = s.row_b)
            DELETE FROM review_pair p USING ranked r
             WHERE r.place > ? AND p.item_a = r.item_a AND p.item_b = r.item_b""";

    private final JdbcTemplate jdbc;
    /** Read at every run, so the office's decisions apply without a restart. */
    private final Supplier<DedupOverrides> overrides;
    private final ReviewRules rules;
    private final ReviewScope scope;

    public ReviewPairsTasklet(JdbcTemplate jdbc, Supplier<DedupOverrides> overrides, ReviewRules rules) {
        this.jdbc = jdbc;
        this.overrides = overrides;
        this.rules = rules;
        this.scope = new ReviewScope(jdbc);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long runId = contribution.getStepExecution().getJobExecution().getJobParameters().getLong("run.id");
        ReviewCounts counts = review(runId);
        contribution.incrementWriteCount(counts.pairs());
        ExecutionContext context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        context.putLong("review.items", counts.items());
        context.putLong("review.compared", counts.compared());
        context.putInt("review.mostComparedForOneItem", counts.mostComparedForOneItem());
        context.putLong("review.pairs", counts.pairs());
        return RepeatStatus.FINISHED;
    }

    /** Replaces the review list in full; runs in the caller's transaction, which the pairs are written in. */
    ReviewCounts review() throws Exception {
        return pass(new ReviewScope.Full("要求全量核查"));
    }

    /** The review list after run {@code runId}'s dedup: in full, or for what that dedup changed. */
    ReviewCounts review(long runId) throws Exception {
        DedupOverrides decisions = overrides.get();
        String fingerprint = ReviewScope.fingerprint(rules, decisions);
        ReviewScope.Plan plan = scope.plan(runId, fingerprint);
        ReviewCounts counts = pass(plan, decisions);
        scope.remember(runId, fingerprint, plan);
        return counts;
    }

    private ReviewCounts pass(ReviewScope.Plan plan) throws Exception {
        return pass(plan, overrides.get());
    }

    private ReviewCounts pass(ReviewScope.Plan plan, DedupOverrides decisions) throws Exception {
        boolean incremental = plan instanceof ReviewScope.Incremental;
        if (incremental) {
            jdbc.update(FORGET_CHANGED);
        } else {
            jdbc.execute("TRUNCATE review_pair");
        }
        ReviewCounts counts = new ReviewCounts(0, 0, 0, 0);
        if (!(plan instanceof ReviewScope.Incremental i && i.changedItems() == 0)) {
            Long items = jdbc.queryForObject("SELECT count(*) FROM item", Long.class);
            GramRarity.Counter counter = GramRarity.counter(items == null ? 0 : items);
            read(BY_DEPARTMENT, item -> counter.add(item.department(), item.date().getYear(), item.titleNorm()));
            ReviewPairCopy copy = new ReviewPairCopy(jdbc.getDataSource());
            ReviewWindow window = new ReviewWindow(rules, counter.rarity(), new DecidedPairs(decisions), copy, incremental);
            read(incremental ? NEAR_CHANGED_BY_DATE.formatted(rules.maxDays()) : BY_DATE, window::add);
            window.finish();
            copy.finish();
            counts = window.counts();
        }
        if (incremental) {
            jdbc.update(KEEP_MOST_ALIKE, rules.pairsPerItem());
            long listed = jdbc.queryForObject("SELECT count(*) FROM review_pair", Long.class);
            counts = new ReviewCounts(counts.items(), counts.compared(), counts.mostComparedForOneItem(), listed);
            log.info("疑似重复待核查：{} 对（增量：{} 条有变化的信息与附近 {} 条信息比较 {} 次）", listed,
                    ((ReviewScope.Incremental) plan).changedItems(), counts.items(), counts.compared());
        } else {
            log.info("疑似重复待核查：{} 对（{} 条信息，比较 {} 次，单条信息最多比较 {} 次；全量：{}）", counts.pairs(),
                    counts.items(), counts.compared(), counts.mostComparedForOneItem(), ((ReviewScope.Full) plan).reason());
        }
        return counts;
    }

    /** Streams the items in the query's order, on a connection of its own (a cursor, {@value #FETCH_SIZE} rows at a time). */
    private void read(String sql, Consumer<ReviewItem> to) throws Exception {
        JdbcCursorItemReader<ReviewItem> reader = new JdbcCursorItemReaderBuilder<ReviewItem>()
                .name("reviewItems")
                .dataSource(jdbc.getDataSource())
                .sql(sql)
                .fetchSize(FETCH_SIZE)
                .connectionAutoCommit(false)
                .verifyCursorPosition(false)
                .saveState(false)
                .rowMapper((rs, n) -> new ReviewItem(rs.getLong("item_id"), rs.getLong("row_id"),
                        rs.getString("title_norm"), rs.getDate("publish_date").toLocalDate(), rs.getString("department"),
                        rs.getBoolean("changed")))
                .build();
        reader.open(new ExecutionContext());
        try {
            for (ReviewItem item = reader.read(); item != null; item = reader.read()) {
                to.accept(item);
            }
        } finally {
            reader.close();
        }
    }

}
