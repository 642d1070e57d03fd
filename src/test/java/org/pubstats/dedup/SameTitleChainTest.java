package org.pubstats.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pubstats.dedup.DedupOverrides.Decision;
import org.pubstats.dedup.DedupOverrides.Side;
import org.pubstats.dedup.DedupOverrides.Verdict;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** design.md §5: the same title further apart than review-max-days is listed as 同题异日, in full and incremental passes. */
class SameTitleChainTest extends WarehouseTest {

    static final ReviewRules RULES = new ReviewRules(0.8, 3, 5, 50, 200);
    static final String FIRE = "关于做好2018年春季森林防火工作的通知";
    static final String PLANTING = "关于开展春季植树造林的通知";

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void items() {
        jdbc.update("INSERT INTO run (id, inbox, scope, year) VALUES (1, 'generated', 'generated', 2018)");
        jdbc.update("""
                INSERT INTO source_file (id, scope, rel_path, department, sha256, size_bytes, fingerprint, kind, status, loaded_run_id)
                VALUES (1, 'generated', 'generated.csv', 'generated', '-', 0, '-', 'items', 'active', 1)""");
        item(1, FIRE, LocalDate.of(2018, 3, 1));
        item(2, FIRE, LocalDate.of(2018, 5, 3));
        item(3, FIRE, LocalDate.of(2018, 10, 8));
        item(4, "呼玛县财政局2018年部门预算公开", LocalDate.of(2018, 3, 5));
        item(5, "呼玛县财政局2018年部门预算公开", LocalDate.of(2018, 3, 6));
        item(6, PLANTING, LocalDate.of(2018, 4, 2));
        item(7, PLANTING, LocalDate.of(2018, 8, 1));
    }

    void item(long id, String title, LocalDate date) {
        jdbc.update("""
                INSERT INTO item_row (id, file_id, sheet, row_no, department, title, title_norm, publish_date, channels, categories)
                VALUES (?, 1, '', ?, '呼玛县林业局', ?, ?, ?, '{政府网站}', '{}')""", id, id + 1, title, title, Date.valueOf(date));
        jdbc.update("""
                INSERT INTO item (id, rep_row_id, title, publish_date, channels, categories, departments, row_count)
                VALUES (?, ?, ?, ?, '{政府网站}', '{}', '{呼玛县林业局}', 1)""", id, id, title, Date.valueOf(date));
    }

    void pass(ReviewScope.Plan plan, DedupOverrides decisions) {
        ReviewPairsTasklet tasklet = new ReviewPairsTasklet(jdbc, () -> decisions, RULES);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                tasklet.pass(plan);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    List<String> listed() {
        return jdbc.queryForList("SELECT item_a || '-' || item_b || ' ' || reason FROM review_pair ORDER BY item_a, item_b",
                String.class);
    }

    void changed(long item, boolean present) {
        jdbc.update("DELETE FROM dedup_changed_item");
        jdbc.update("INSERT INTO dedup_changed_item (item_id, present) VALUES (?, ?)", item, present);
    }

    @Test
    void eachItemIsLinkedWithTheNextOfItsTitleAndDecidedPairsAreLeftOut() {
        DedupOverrides keepApart = new DedupOverrides(List.of(new Decision(Verdict.KEEP_APART,
                new Side(PLANTING, LocalDate.of(2018, 8, 1)), new Side(PLANTING, LocalDate.of(2018, 4, 2)))));
        pass(new ReviewScope.Full("test"), keepApart);
        // 1-3 is not listed: the chain shows 1, 2 and 3 as one title through 2; 4-5 comes from the window.
        assertThat(listed()).containsExactly("1-2 同题异日", "2-3 同题异日", "4-5 同题异日");

        pass(new ReviewScope.Full("test"), new DedupOverrides(List.of()));
        assertThat(listed()).contains("6-7 同题异日");
    }

    @Test
    void anIncrementalPassLinksAChangedItemIntoItsTitlesChainAndRelinksAroundAGoneOne() {
        DedupOverrides none = new DedupOverrides(List.of());
        pass(new ReviewScope.Full("test"), none);

        item(8, FIRE, LocalDate.of(2018, 7, 1));
        changed(8, true);
        pass(new ReviewScope.Incremental(1), none);
        assertThat(listed()).containsExactly("1-2 同题异日", "2-8 同题异日", "4-5 同题异日", "6-7 同题异日", "8-3 同题异日");

        // Item 2 is gone (its rows joined another item elsewhere): 1 and 8, both unchanged, are linked now.
        jdbc.update("DELETE FROM item WHERE id = 2");
        changed(2, false);
        pass(new ReviewScope.Incremental(1), none);
        assertThat(listed()).containsExactly("1-8 同题异日", "4-5 同题异日", "6-7 同题异日", "8-3 同题异日");

        pass(new ReviewScope.Full("test"), none);
        assertThat(listed()).as("as a full pass lists them")
                .containsExactly("1-8 同题异日", "4-5 同题异日", "6-7 同题异日", "8-3 同题异日");
    }
}
