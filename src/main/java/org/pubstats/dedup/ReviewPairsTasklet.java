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
 */
public class ReviewPairsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReviewPairsTasklet.class);
    private static final int FETCH_SIZE = 2000;

    /** Grouped by department, so that each department counts once per bigram. */
    static final String BY_DEPARTMENT = """
            SELECT i.id AS item_id, r.id AS row_id, r.title_norm, r.publish_date, r.department
              FROM item i JOIN item_row r ON r.id = i.rep_row_id
             ORDER BY r.department""";

    /** By date, then by the representative row's place: the same order every run, whatever ids the load gave. */
    static final String BY_DATE = """
            SELECT i.id AS item_id, r.id AS row_id, r.title_norm, r.publish_date, r.department
              FROM item i JOIN item_row r ON r.id = i.rep_row_id JOIN source_file f ON f.id = r.file_id
             ORDER BY r.publish_date, r.department, f.rel_path, r.sheet, r.row_no""";

    private final JdbcTemplate jdbc;
    /** Read at every run, so the office's decisions apply without a restart. */
    private final Supplier<DedupOverrides> overrides;
    private final ReviewRules rules;

    public ReviewPairsTasklet(JdbcTemplate jdbc, Supplier<DedupOverrides> overrides, ReviewRules rules) {
        this.jdbc = jdbc;
        this.overrides = overrides;
        this.rules = rules;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        ReviewCounts counts = review();
        contribution.incrementWriteCount(counts.pairs());
        ExecutionContext context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        context.putLong("review.items", counts.items());
        context.putLong("review.compared", counts.compared());
        context.putInt("review.mostComparedForOneItem", counts.mostComparedForOneItem());
        context.putLong("review.pairs", counts.pairs());
        return RepeatStatus.FINISHED;
    }

    /** Replaces the review list; runs in the caller's transaction, which the pairs are written in. */
    ReviewCounts review() throws Exception {
        jdbc.execute("TRUNCATE review_pair");
        Long items = jdbc.queryForObject("SELECT count(*) FROM item", Long.class);
        GramRarity.Counter counter = GramRarity.counter(items == null ? 0 : items);
        read(BY_DEPARTMENT, item -> counter.add(item.department(), item.date().getYear(), item.titleNorm()));
        ReviewPairCopy copy = new ReviewPairCopy(jdbc.getDataSource());
        ReviewWindow window = new ReviewWindow(rules, counter.rarity(), new DecidedPairs(overrides.get()), copy);
        read(BY_DATE, window::add);
        window.finish();
        copy.finish();
        ReviewCounts counts = window.counts();
        log.info("疑似重复待核查：{} 对（{} 条信息，比较 {} 次，单条信息最多比较 {} 次）", counts.pairs(), counts.items(),
                counts.compared(), counts.mostComparedForOneItem());
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
                        rs.getString("title_norm"), rs.getDate("publish_date").toLocalDate(), rs.getString("department")))
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
