package org.pubstats.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pubstats.dedup.DedupOverrides.Decision;
import org.pubstats.dedup.DedupOverrides.Side;
import org.pubstats.dedup.DedupOverrides.Verdict;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The review pass on a real PostgreSQL, on a generated year of items: what review_pair and v_review_pairs hold. */
class ReviewPairsTaskletTest extends WarehouseTest {

    static final ReviewRules RULES = new ReviewRules(0.8, 3, 5, 50, 200);

    @Autowired
    PlatformTransactionManager transactions;

    GeneratedYear year = new GeneratedYear(40, 60, 11);

    @BeforeEach
    void generatedItems() {
        jdbc.update("INSERT INTO run (id, inbox, scope, year) VALUES (1, 'generated', 'generated', 2018)");
        jdbc.update("""
                INSERT INTO source_file (id, scope, rel_path, department, sha256, size_bytes, fingerprint, kind, status, loaded_run_id)
                VALUES (1, 'generated', 'generated.csv', 'generated', '-', 0, '-', 'items', 'active', 1)""");
        jdbc.batchUpdate("""
                INSERT INTO item_row (id, file_id, sheet, row_no, department, title, title_norm, publish_date, channels, categories)
                VALUES (?, 1, '', ?, ?, ?, ?, ?, '{政府网站}', '{}')""", year.items, 1000, (ps, item) -> {
            ps.setLong(1, item.rowId());
            ps.setInt(2, (int) item.rowId() + 1);
            ps.setString(3, item.department());
            ps.setString(4, item.titleNorm());
            ps.setString(5, item.titleNorm());
            ps.setDate(6, Date.valueOf(item.date()));
        });
        jdbc.batchUpdate("""
                INSERT INTO item (id, rep_row_id, title, publish_date, channels, categories, departments, row_count)
                VALUES (?, ?, ?, ?, '{政府网站}', '{}', ARRAY[?], 1)""", year.items, 1000, (ps, item) -> {
            ps.setLong(1, item.itemId());
            ps.setLong(2, item.rowId());
            ps.setString(3, item.titleNorm());
            ps.setDate(4, Date.valueOf(item.date()));
            ps.setString(5, item.department());
        });
    }

    ReviewCounts review(DedupOverrides overrides) {
        return review(overrides, Long.MAX_VALUE);
    }

    ReviewCounts review(DedupOverrides overrides, long minItemsToSlice) {
        ReviewPairsTasklet tasklet = new ReviewPairsTasklet(jdbc, () -> overrides, RULES, minItemsToSlice);
        return new TransactionTemplate(transactions).execute(status -> {
            try {
                return tasklet.review();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    Set<String> listed() {
        return jdbc.queryForList("SELECT title_a || date_a || '|' || title_b || date_b FROM v_review_pairs", String.class)
                .stream().collect(Collectors.toSet());
    }

    static String key(GeneratedYear.Planted p) {
        return p.title() + p.first() + "|" + p.againTitle() + p.again();
    }

    @Test
    void thePlantedDuplicatesAreListedWithTheirRowsAndEachItemInAFewPairsAtMost() {
        ReviewCounts counts = review(new DedupOverrides(List.of()));

        assertThat(counts.items()).isEqualTo(year.items.size());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review_pair", Long.class)).isEqualTo(counts.pairs());
        assertThat(listed()).containsAll(year.planted.stream().map(ReviewPairsTaskletTest::key).toList());
        String mostPairsOfOneItem = """
                SELECT max(n) FROM (SELECT item, count(*) AS n FROM (
                    SELECT item_a AS item FROM pairs UNION ALL SELECT item_b FROM pairs) sides GROUP BY item) per_item""";
        // The 同题异日 links beyond the window do not count toward the bound: two at most per item come on top.
        assertThat(jdbc.queryForObject("WITH pairs AS (SELECT * FROM v_review_pairs WHERE abs(date_b - date_a) <= 3) "
                + mostPairsOfOneItem, Integer.class)).isLessThanOrEqualTo(RULES.pairsPerItem());
        assertThat(jdbc.queryForObject("WITH pairs AS (SELECT * FROM review_pair) " + mostPairsOfOneItem, Integer.class))
                .isLessThanOrEqualTo(RULES.pairsPerItem() + 2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review_pair WHERE similarity < 0.8 OR similarity > 1", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM v_review_pairs WHERE abs(date_b - date_a) > 3""", Integer.class))
                .as("the generated year repeats titles: their re-publications weeks apart are linked").isPositive()
                .isEqualTo(jdbc.queryForObject("""
                        SELECT count(*) FROM v_review_pairs
                         WHERE abs(date_b - date_a) > 3 AND title_a = title_b AND reason = '同题异日' AND similarity = 1""",
                        Integer.class));
        assertThat(jdbc.queryForList("SELECT DISTINCT reason FROM review_pair", String.class))
                .containsExactlyInAnyOrder("近似标题", "同题同日异文号", "同题异日");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM v_review_pairs
                 WHERE reason <> CASE WHEN title_a <> title_b THEN '近似标题' WHEN date_a = date_b THEN '同题同日异文号'
                                      ELSE '同题异日' END""", Integer.class)).as("every pair's reason").isZero();
        assertThat(counts.mostComparedForOneItem()).isLessThanOrEqualTo(RULES.candidatesPerItem());
        assertThat(counts.compared()).isLessThanOrEqualTo(counts.items() * RULES.candidatesPerItem());
    }

    @Test
    void aPassInStretchesOnSeveralThreadsListsWhatThePassInOneGoLists() {
        review(new DedupOverrides(List.of()));
        Set<String> inOneGo = listed();
        ReviewCounts inStretches = review(new DedupOverrides(List.of()), 1);

        assertThat(listed()).isEqualTo(inOneGo).containsAll(year.planted.stream().map(ReviewPairsTaskletTest::key).toList());
        assertThat(inStretches.items()).isEqualTo(year.items.size());
        assertThat(inStretches.pairs()).isEqualTo(inOneGo.size());
    }

    @Test
    void anIncrementalPassInStretchesListsWhatAnIncrementalPassInOneGoLists() {
        // The second listings of ten planted duplicates changed in the last dedup.
        java.util.Map<String, Long> idOf = new java.util.HashMap<>();
        year.items.forEach(i -> idOf.put(i.titleNorm() + i.date(), i.itemId()));
        for (GeneratedYear.Planted p : year.planted.subList(0, 10)) {
            jdbc.update("INSERT INTO dedup_changed_item (item_id, present) VALUES (?, true)", idOf.get(p.againTitle() + p.again()));
        }
        review(new DedupOverrides(List.of()));
        Set<String> full = listed();
        incremental(Long.MAX_VALUE);
        Set<String> inOneGo = listed();
        review(new DedupOverrides(List.of()));
        ReviewCounts inStretches = incremental(1);

        assertThat(listed()).isEqualTo(inOneGo).containsAll(year.planted.subList(0, 10).stream()
                .map(ReviewPairsTaskletTest::key).toList());
        assertThat(inStretches.compared()).isPositive().isLessThan(year.items.size());
        // Here the changed items' pairs come out as a full pass lists them.
        assertThat(inOneGo).isEqualTo(full);
    }

    ReviewCounts incremental(long minItemsToSlice) {
        ReviewPairsTasklet tasklet = new ReviewPairsTasklet(jdbc, () -> new DedupOverrides(List.of()), RULES, minItemsToSlice);
        return new TransactionTemplate(transactions).execute(status -> {
            try {
                return tasklet.pass(new ReviewScope.Incremental(10));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void eachRunReplacesTheListAndDecidedPairsLeaveIt() {
        ReviewCounts first = review(new DedupOverrides(List.of()));
        ReviewCounts again = review(new DedupOverrides(List.of()));
        assertThat(again.pairs()).isEqualTo(first.pairs());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review_pair", Long.class)).isEqualTo(first.pairs());

        GeneratedYear.Planted decided = year.planted.get(0);
        review(new DedupOverrides(List.of(new Decision(Verdict.KEEP_APART,
                new Side(decided.againTitle(), decided.again()), new Side(decided.title(), decided.first())))));
        assertThat(listed()).doesNotContain(key(decided)).contains(key(year.planted.get(1)));
    }

    @Test
    void aFailedPassLeavesThePreviousListAsItWas() {
        ReviewCounts first = review(new DedupOverrides(List.of()));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                new ReviewPairsTasklet(jdbc, () -> new DedupOverrides(List.of()), RULES).review();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review_pair", Long.class)).isEqualTo(first.pairs());
    }
}
