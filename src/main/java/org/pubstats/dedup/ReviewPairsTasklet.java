package org.pubstats.dedup;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lists probable duplicates the rules did not merge: distinct items published within a few days of
 * each other whose titles are alike (bigram similarity at or above the threshold). Streaming passes
 * over the items in date order with a sliding window, so only a few days of items are compared and
 * held, and within the window only items that share one of their rarest bigrams.
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

    private static final String FIRST_ROWS = """
            SELECT * FROM (
                SELECT DISTINCT ON (m.item_id) m.item_id, r.id AS row_id, r.title_norm, r.publish_date
                  FROM item_member m JOIN item_row r ON r.id = m.row_id JOIN source_file f ON f.id = r.file_id
                 ORDER BY m.item_id, r.publish_date, r.department, f.rel_path, r.sheet, r.row_no) firsts
             ORDER BY publish_date, item_id""";

    /** A bigram and which occurrence of it in its title, so that repeated bigrams count as often as they occur. */
    private record Token(long gram, int occurrence) {}

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        jdbc.execute("TRUNCATE review_pair");
        DedupOverrides decisions = overrides.get();
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(2000); // stream the items, a province does not fit in memory
        // Prefix filtering: two titles can reach the threshold only if they share one of the rarest
        // few bigrams of each, so only items sharing such a bigram are compared. First pass: how
        // rare each bigram is; second pass: compare within the date window through those bigrams.
        Map<Token, Integer> frequency = new HashMap<>();
        streaming.query(FIRST_ROWS, rs -> {
            for (Token token : tokens(TitleSimilarity.bigrams(rs.getString("title_norm")))) {
                frequency.merge(token, 1, Integer::sum);
            }
        });
        Comparator<Token> rarestFirst = Comparator.<Token>comparingInt(frequency::get)
                .thenComparingLong(Token::gram).thenComparingInt(Token::occurrence);
        Map<Token, Deque<Candidate>> postings = new HashMap<>();
        List<Pair> pairs = new ArrayList<>();
        int[] seenItems = {0};
        streaming.query(FIRST_ROWS, rs -> {
            String title = rs.getString("title_norm");
            Candidate next = new Candidate(rs.getLong("item_id"), rs.getLong("row_id"), title,
                    rs.getDate("publish_date").toLocalDate(), TitleSimilarity.bigrams(title));
            List<Token> prefix = prefix(next.grams(), rarestFirst);
            Set<Candidate> compared = new HashSet<>();
            for (Token token : prefix) {
                Deque<Candidate> posting = postings.get(token);
                if (posting == null) {
                    continue;
                }
                dropOutOfWindow(posting, next.date());
                for (Candidate earlier : posting) {
                    if (compared.add(earlier)) {
                        compare(earlier, next, decisions, pairs);
                    }
                }
            }
            for (Token token : prefix) {
                postings.computeIfAbsent(token, t -> new ArrayDeque<>()).addLast(next);
            }
            if (++seenItems[0] % 10_000 == 0) {
                postings.values().removeIf(posting -> {
                    dropOutOfWindow(posting, next.date());
                    return posting.isEmpty();
                });
            }
            if (pairs.size() >= 1000) {
                save(pairs);
            }
        });
        save(pairs);
        Integer count = jdbc.queryForObject("SELECT count(*) FROM review_pair", Integer.class);
        log.info("疑似重复待核查：{} 对", count);
        return RepeatStatus.FINISHED;
    }

    private void compare(Candidate earlier, Candidate next, DedupOverrides decisions, List<Pair> pairs) {
        if (!TitleSimilarity.lengthsAllow(earlier.grams(), next.grams(), threshold)) {
            return;
        }
        double similarity = earlier.titleNorm().equals(next.titleNorm()) ? 1.0
                : TitleSimilarity.dice(earlier.grams(), next.grams());
        if (similarity >= threshold && !decided(decisions, earlier, next)) {
            pairs.add(new Pair(earlier, next, similarity));
        }
    }

    private void dropOutOfWindow(Deque<Candidate> posting, LocalDate date) {
        while (!posting.isEmpty() && ChronoUnit.DAYS.between(posting.peekFirst().date(), date) > maxDays) {
            posting.pollFirst();
        }
    }

    private static List<Token> tokens(long[] grams) {
        List<Token> tokens = new ArrayList<>(grams.length);
        for (int i = 0; i < grams.length; i++) {
            int occurrence = i > 0 && grams[i] == grams[i - 1] ? tokens.get(i - 1).occurrence() + 1 : 0;
            tokens.add(new Token(grams[i], occurrence));
        }
        return tokens;
    }

    /**
     * The rarest bigrams that any title at least {@code threshold} alike must share one of: a Dice of t
     * needs an overlap of at least t·n/(2−t) of this title's n bigrams, so n − that + 1 suffice.
     */
    private List<Token> prefix(long[] grams, Comparator<Token> rarestFirst) {
        List<Token> tokens = tokens(grams);
        tokens.sort(rarestFirst);
        int n = tokens.size();
        int overlap = (int) Math.ceil(threshold * n / (2 - threshold) - 1e-9);
        int length = Math.max(1, Math.min(n, n - overlap + 1));
        return tokens.subList(0, length);
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
