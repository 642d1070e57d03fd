package org.pubstats.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.job.PubstatsSettings;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.Inbox;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Through the real job on generated CSV inboxes: the first run decides every item, later runs only
 * what their changed files touch, and the items are those of a full recompute.
 */
class IncrementalDedupRunTest extends WarehouseTest {

    private static final List<String> HEADER = List.of("信息标题", "发布日期", "公开渠道", "信息类别", "文号", "索引号", "链接");

    @Autowired
    RunCommand runCommand;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    PubstatsSettings settings;

    @TempDir
    Path temp;

    @Test
    void changedFilesAreDecidedIncrementallyAndGiveTheItemsOfAFullRecompute() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        for (int d = 0; d < 12; d++) {
            inbox.csv(file(d), rows(d, 0));
        }
        run(inbox);
        assertThat(lastDedup()).containsEntry("mode", "full").containsEntry("all_changed", true);
        long itemsBefore = jdbc.queryForObject("SELECT count(*) FROM item", Long.class);

        // One file changed (its rows now repeat other departments' items), one withdrawn, one added.
        inbox.csv(file(3), rows(3, 1));
        inbox.delete(file(7));
        inbox.csv(file(12), rows(12, 0));
        run(inbox);
        assertThat(lastDedup()).containsEntry("mode", "incremental").containsEntry("all_changed", false);
        assertThat((Long) lastDedup().get("rows_redecided")).isLessThan(jdbc.queryForObject("SELECT count(*) FROM item_member", Long.class));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dedup_changed_item", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM item", Long.class)).isNotEqualTo(itemsBefore);
        assertSameAsFullRecompute();

        // Nothing changed: the job recomputes nothing (no dedup at all), and a dedup would re-decide nothing.
        long dedupsBefore = jdbc.queryForObject("SELECT count(*) FROM dedup_run", Long.class);
        run(inbox);
        assertThat(jdbc.queryForObject("SELECT unchanged FROM run ORDER BY id DESC LIMIT 1", Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dedup_run", Long.class)).isEqualTo(dedupsBefore);
        Deduplication.Result again = new TransactionTemplate(transactions).execute(s -> {
            long runId = jdbc.queryForObject("SELECT max(id) FROM run", Long.class);
            Deduplication.Result result = new Deduplication(jdbc).run(runId, DedupOverrides.load(settings.overridesFile()));
            s.setRollbackOnly();
            return result;
        });
        assertThat(again.mode()).isEqualTo(Deduplication.Mode.INCREMENTAL);
        assertThat(again.rowsRedecided()).isZero();
        assertThat(again.changedItems()).isZero();
        assertSameAsFullRecompute();
    }

    private void assertSameAsFullRecompute() {
        ItemsSnapshot incremental = ItemsSnapshot.read(jdbc);
        ItemsSnapshot full = new TransactionTemplate(transactions).execute(s -> {
            long runId = jdbc.queryForObject("SELECT max(id) FROM run", Long.class);
            new Deduplication(jdbc).run(runId, DedupOverrides.load(settings.overridesFile()), true);
            s.setRollbackOnly();
            return ItemsSnapshot.read(jdbc);
        });
        assertThat(incremental).isEqualTo(full);
    }

    private Map<String, Object> lastDedup() {
        return jdbc.queryForMap("SELECT * FROM dedup_run ORDER BY run_id DESC LIMIT 1");
    }

    private void run(Inbox inbox) throws Exception {
        assertThat(runCommand.run(new RunOptions(inbox.root(), 2018, temp.resolve("out")))).isZero();
    }

    private static String file(int department) {
        return String.format("部门%02d/2018年目录.csv", department);
    }

    /** 20 items of a department; in version 1 every other row repeats an item of the next department. */
    private static List<List<String>> rows(int department, int version) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int r = 0; r < 20; r++) {
            int item = version == 1 && r % 2 == 0 ? (department + 1) * 20 + r : department * 20 + r;
            rows.add(List.of("关于第" + item + "项工作的通知", "2018-03-" + (1 + item % 28), item % 3 == 0 ? "微信" : "网站",
                    "", item % 5 == 0 ? "" : "呼政发〔2018〕" + item + "号", item % 4 == 0 ? "IDX-" + item : "", ""));
        }
        return rows;
    }
}
