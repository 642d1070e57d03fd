package org.pubstats.dedup;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lists probable duplicates the rules did not merge: distinct items published within a few days of
 * each other whose titles are alike (bigram similarity at or above the threshold). One streaming pass
 * over the items in date order with a sliding window, so only a few days of items are in memory.
 * Pairs the office decided in the overrides file are left out.
 */
public class ReviewPairsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReviewPairsTasklet.class);

    private final JdbcTemplate jdbc;
    /** Read at every run, so the office's decisions apply without a restart. */
    private final java.util.function.Supplier<DedupOverrides> overrides;
    private final double threshold;
    private final int maxDays;

    public ReviewPairsTasklet(JdbcTemplate jdbc, java.util.function.Supplier<DedupOverrides> overrides, double threshold, int maxDays) {
        this.jdbc = jdbc;
        this.overrides = overrides;
        this.threshold = threshold;
        this.maxDays = maxDays;
    }

    private record Candidate(long itemId, long rowId, String titleNorm, LocalDate date, long[] grams) {}

    private record Pair(Candidate a, Candidate b, double similarity) {}

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        jdbc.execute("TRUNCATE review_pair");
        DedupOverrides decisions = overrides.get();
        Deque<Candidate> window = new ArrayDeque<>();
        List<Pair> pairs = new ArrayList<>();
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(2000); // stream the items, a province does not fit in memory
        streaming.query("""
                SELECT * FROM (
                    SELECT DISTINCT ON (m.item_id) m.item_id, r.id AS row_id, r.title_norm, r.publish_date
                      FROM item_member m JOIN item_row r ON r.id = m.row_id JOIN source_file f ON f.id = r.file_id
                     ORDER BY m.item_id, r.publish_date, r.department, f.rel_path, r.sheet, r.row_no) firsts
                 ORDER BY publish_date, item_id""", rs -> {
            String title = rs.getString("title_norm");
            Candidate next = new Candidate(rs.getLong("item_id"), rs.getLong("row_id"), title,
                    rs.getDate("publish_date").toLocalDate(), TitleSimilarity.bigrams(title));
            while (!window.isEmpty() && ChronoUnit.DAYS.between(window.peekFirst().date(), next.date()) > maxDays) {
                window.pollFirst();
            }
            for (Candidate earlier : window) {
                if (!TitleSimilarity.lengthsAllow(earlier.grams(), next.grams(), threshold)) {
                    continue;
                }
                double similarity = earlier.titleNorm().equals(next.titleNorm()) ? 1.0
                        : TitleSimilarity.dice(earlier.grams(), next.grams());
                if (similarity >= threshold && !decided(decisions, earlier, next)) {
                    pairs.add(new Pair(earlier, next, similarity));
                }
            }
            window.addLast(next);
            if (pairs.size() >= 1000) {
                save(pairs);
            }
        });
        save(pairs);
        Integer count = jdbc.queryForObject("SELECT count(*) FROM review_pair", Integer.class);
        log.info("疑似重复待核查：{} 对", count);
        return RepeatStatus.FINISHED;
    }

    private static boolean decided(DedupOverrides decisions, Candidate a, Candidate b) {
        return decisions.decided(new DedupOverrides.Side(a.titleNorm(), a.date()),
                new DedupOverrides.Side(b.titleNorm(), b.date()));
    }

    private void save(List<Pair> pairs) {
        jdbc.batchUpdate("INSERT INTO review_pair (item_a, item_b, row_a, row_b, similarity) VALUES (?, ?, ?, ?, ?)",
                pairs, pairs.size(), (ps, p) -> {
                    ps.setLong(1, p.a().itemId());
                    ps.setLong(2, p.b().itemId());
                    ps.setLong(3, p.a().rowId());
                    ps.setLong(4, p.b().rowId());
                    ps.setFloat(5, (float) p.similarity());
                });
        pairs.clear();
    }
}
