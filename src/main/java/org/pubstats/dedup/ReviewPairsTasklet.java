package org.pubstats.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * tables, whatever the number of items. Then {@link SameTitleChain} lists equal titles further apart than the
 * window (同题异日, re-uploads), and every pair carries its reason ({@link ReviewReason}; design.md §5).
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
            SELECT i.id AS item_id, r.id AS row_id, r.title_norm, r.publish_date, r.department, false AS changed,
                   true AS own
              FROM item i JOIN item_row r ON r.id = i.rep_row_id
             ORDER BY r.department""";

    /** The pairs of changed items are gone before an incremental pass: they are listed anew. */
    private static final String FORGET_CHANGED = """
            DELETE FROM review_pair p
             WHERE EXISTS (SELECT 1 FROM dedup_changed_item c WHERE c.item_id = p.item_a OR c.item_id = p.item_b)""";

    /**
     * After an incremental pass (an unchanged item that gained pairs) or a pass in stretches (an item near a
     * border), an item can be in more pairs than {@code ?}: it keeps its most alike (most alike, then nearest
     * in date, then by the rows' places), and a pair it lets go is dropped, as the pass in one go drops it.
     * <p>
     * The links of {@link SameTitleChain} (同题异日 beyond the window) do not count and are never dropped here: an
     * item is in two of them at most (the one before it and the one after it in its title's chain), so the
     * bound stays {@code pairsPerItem} alike pairs plus two links; and a link dropped for a near look-alike
     * would hide a whole re-uploaded batch, which nothing else lists.
     */
    private static final String KEEP_MOST_ALIKE = """
            WITH bounded AS (
                SELECT p.* FROM review_pair p WHERE NOT (%s)),
            over AS (
                SELECT item FROM (SELECT item_a AS item FROM bounded UNION ALL SELECT item_b FROM bounded) s
                 GROUP BY item HAVING count(*) > ?),
            sides AS (
                SELECT o.item, p.* FROM bounded p JOIN over o ON o.item = p.item_a
                UNION ALL
                SELECT o.item, p.* FROM bounded p JOIN over o ON o.item = p.item_b),
            ranked AS (
                SELECT s.item_a, s.item_b,
                       row_number() OVER (PARTITION BY s.item ORDER BY s.similarity DESC,
                                          abs(ra.publish_date - rb.publish_date), ra.publish_date, ra.department,
                                          fa.rel_path, ra.sheet, ra.row_no, rb.department, fb.rel_path, rb.sheet,
                                          rb.row_no) AS place
                  FROM sides s JOIN item_row ra ON ra.id = s.row_a JOIN source_file fa ON fa.id = ra.file_id
                  JOIN item_row rb ON rb.id = s.row_b JOIN source_file fb ON fb.id = rb.file_id)
            DELETE FROM review_pair p USING ranked r
             WHERE r.place > ? AND p.item_a = r.item_a AND p.item_b = r.item_b""".formatted(SameTitleChain.IS_LINK);

    /** Pairs waiting between the stretches' threads and the COPY on the step's transaction. */
    private static final int QUEUED_PAIRS = 10_000;

    private final JdbcTemplate jdbc;
    /** Read at every run, so the office's decisions apply without a restart. */
    private final Supplier<DedupOverrides> overrides;
    private final ReviewRules rules;
    private final ReviewScope scope;
    private final long minItemsToSlice;

    public ReviewPairsTasklet(JdbcTemplate jdbc, Supplier<DedupOverrides> overrides, ReviewRules rules) {
        this(jdbc, overrides, rules, ReviewSlice.MIN_ITEMS_TO_SLICE);
    }

    /** @param minItemsToSlice a full pass over at least this many items goes in stretches (tests slice small years) */
    ReviewPairsTasklet(JdbcTemplate jdbc, Supplier<DedupOverrides> overrides, ReviewRules rules, long minItemsToSlice) {
        this.jdbc = jdbc;
        this.overrides = overrides;
        this.rules = rules;
        this.scope = new ReviewScope(jdbc);
        this.minItemsToSlice = minItemsToSlice;
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

    /** One pass as planned, without recording it (tests). */
    ReviewCounts pass(ReviewScope.Plan plan) throws Exception {
        return pass(plan, overrides.get());
    }

    private ReviewCounts pass(ReviewScope.Plan plan, DedupOverrides decisions) throws Exception {
        boolean incremental = plan instanceof ReviewScope.Incremental;
        SameTitleChain chain = new SameTitleChain(jdbc, rules.maxDays());
        List<String> rechained = List.of();
        if (incremental) {
            rechained = chain.titlesOfChanged();
            jdbc.update(FORGET_CHANGED);
        } else {
            jdbc.execute("TRUNCATE review_pair");
        }
        long items = jdbc.queryForObject("SELECT count(*) FROM item", Long.class);
        ReviewCounts counts = new ReviewCounts(0, 0, 0, 0);
        int links = 0;
        if (!(plan instanceof ReviewScope.Incremental i && i.changedItems() == 0)) {
            GramRarity.Counter counter = GramRarity.counter(items);
            read(BY_DEPARTMENT, item -> counter.add(item.department(), item.date().getYear(), item.titleNorm()));
            ReviewPairCopy copy = new ReviewPairCopy(jdbc.getDataSource());
            DecidedPairs decided = new DecidedPairs(decisions);
            counts = inSlices(slices(items), counter.rarity(), decided, copy, incremental);
            copy.finish();
            links = incremental ? chain.listAgain(rechained, decisions) : chain.listAll(decisions);
        }
        jdbc.update(KEEP_MOST_ALIKE, rules.maxDays(), rules.pairsPerItem(), rules.pairsPerItem());
        // The exports join the list to its rows: with its real size the planner looks the rows up by id
        // instead of hashing all of item_row twice.
        jdbc.execute("ANALYZE review_pair");
        long listed = jdbc.queryForObject("SELECT count(*) FROM review_pair", Long.class);
        if (incremental) {
            log.info("疑似重复待核查：{} 对（增量：{} 条有变化的信息与附近 {} 条信息比较 {} 次；{} 个标题的同题异日重新列出 {} 对）",
                    listed, ((ReviewScope.Incremental) plan).changedItems(), counts.items(), counts.compared(),
                    rechained.size(), links);
            return new ReviewCounts(counts.items(), counts.compared(), counts.mostComparedForOneItem(), listed);
        }
        log.info("疑似重复待核查：{} 对（{} 条信息，比较 {} 次，单条信息最多比较 {} 次；相隔超过 {} 天的同题异日 {} 对；全量：{}）",
                listed, items, counts.compared(), counts.mostComparedForOneItem(), rules.maxDays(), links,
                ((ReviewScope.Full) plan).reason());
        return new ReviewCounts(items, counts.compared(), counts.mostComparedForOneItem(), listed);
    }

    /** The stretches of a pass: one for a small year, else {@value ReviewSlice#SLICES} of about equal items. */
    private List<ReviewSlice> slices(long items) {
        if (items < minItemsToSlice) {
            return List.of(new ReviewSlice(null, null));
        }
        Double[] cuts = java.util.Arrays.stream(ReviewSlice.cuts()).boxed().toArray(Double[]::new);
        List<LocalDate> quantiles = jdbc.query(
                "SELECT unnest(percentile_disc(?::float8[]) WITHIN GROUP (ORDER BY publish_date)) AS border FROM item",
                (rs, n) -> rs.getDate("border").toLocalDate(), (Object) cuts);
        return ReviewSlice.of(quantiles);
    }

    /**
     * Runs the stretches on up to as many threads as processors, each with its own window and cursor; their
     * pairs come back through a bounded queue and are written here, on the step's transaction.
     */
    private ReviewCounts inSlices(List<ReviewSlice> slices, GramRarity rarity, DecidedPairs decided,
                                  Consumer<ReviewPair> out, boolean incremental) throws Exception {
        BlockingQueue<ReviewPair> queue = new ArrayBlockingQueue<>(QUEUED_PAIRS);
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(slices.size(), Runtime.getRuntime().availableProcessors()),
                r -> {
                    Thread thread = new Thread(r, "review-" + threadNo.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<ReviewCounts>> running = new ArrayList<>();
            for (ReviewSlice slice : slices) {
                running.add(pool.submit(() -> {
                    ReviewWindow window = new ReviewWindow(rules, rarity, decided, pair -> enqueue(queue, pair), incremental);
                    read(slice.query(rules.maxDays(), incremental), window::add);
                    window.finish();
                    return window.counts();
                }));
            }
            while (true) {
                ReviewPair pair = queue.poll(50, TimeUnit.MILLISECONDS);
                if (pair != null) {
                    out.accept(pair);
                } else if (running.stream().allMatch(Future::isDone)) {
                    for (pair = queue.poll(); pair != null; pair = queue.poll()) {
                        out.accept(pair);
                    }
                    break;
                }
            }
            long read = 0;
            long compared = 0;
            int most = 0;
            long pairs = 0;
            for (Future<ReviewCounts> done : running) {
                ReviewCounts counts = result(done);
                read += counts.items();
                compared += counts.compared();
                most = Math.max(most, counts.mostComparedForOneItem());
                pairs += counts.pairs();
            }
            return new ReviewCounts(read, compared, most, pairs);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void enqueue(BlockingQueue<ReviewPair> queue, ReviewPair pair) {
        try {
            queue.put(pair);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("review pass stopped", e);
        }
    }

    private static ReviewCounts result(Future<ReviewCounts> done) throws Exception {
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
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
                        rs.getBoolean("changed"), rs.getBoolean("own")))
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
