package org.pubstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.Inbox;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The catch-all of issue 8: a value the database still refuses while a file's rows are written makes
 * that file a rejected file (DATABASE_REFUSED, naming the sheet and row), never a failed run. The
 * refusals are forced with what only the database checks: a CHECK constraint and a btree index on
 * the unbounded title, added to this test's database. Small chunks, so the refused file's first rows
 * are already committed when its bad row arrives, and the next file shares the refused chunk.
 */
@TestPropertySource(properties = "pubstats.chunk-size=4")
class DatabaseRefusalRunTest extends WarehouseTest {

    @Autowired
    RunCommand runCommand;

    @TempDir
    Path temp;

    @AfterEach
    void dropForcedRefusals() {
        jdbc.execute("ALTER TABLE item_row DROP CONSTRAINT IF EXISTS test_refuses_title");
        jdbc.execute("DROP INDEX IF EXISTS test_unbounded_title_idx");
    }

    @Test
    void aRefusedValueRejectsItsFileAndTheRunGoesOn() throws Exception {
        jdbc.execute("ALTER TABLE item_row ADD CONSTRAINT test_refuses_title CHECK (title NOT LIKE '%拒收%')");
        jdbc.execute("CREATE INDEX test_unbounded_title_idx ON item_row (title)");
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        List<List<String>> checked = new ArrayList<>();
        checked.add(List.of("标题", "发布日期", "公开渠道"));
        for (int i = 1; i <= 10; i++) {
            checked.add(List.of(i == 8 ? "这一条数据库拒收" : "甲局信息" + i, "2018-03-0" + (1 + i % 9), "政府网站"));
        }
        inbox.csv("甲局/目录.csv", checked);
        inbox.csv("乙局/目录.csv", List.of(List.of("标题", "发布日期", "公开渠道"),
                List.of("乙局信息一", "2018-04-01", "政府网站"),
                List.of("乙局信息二", "2018-04-02", "微信")));
        inbox.xlsx("丙局/目录.xlsx", List.of(List.of("标题", "发布日期", "公开渠道"),
                List.of("丙局信息", "2018-05-01", "政府网站"),
                List.of(randomTitle(1000), "2018-05-02", "政府网站")));
        inbox.csv("丁局/目录.csv", List.of(List.of("标题", "发布日期", "公开渠道"),
                List.of("丁局信息", "2018-06-01", "政府网站")));

        Path out = temp.resolve("out");
        assertThat(runCommand.run(new RunOptions(inbox.root(), 2018, out))).as("the run completes").isZero();

        Map<String, Object> refused = jdbc.queryForMap("SELECT * FROM v_files WHERE status = 'active' AND file = '甲局/目录.csv'");
        assertThat(refused).containsEntry("kind", "rejected").containsEntry("rows_read", 0).containsEntry("rows_accepted", 0);
        assertThat((String) refused.get("message")).contains("第9行").contains("test_refuses_title");
        Map<String, Object> tooLong = jdbc.queryForMap("SELECT * FROM v_files WHERE status = 'active' AND file = '丙局/目录.xlsx'");
        assertThat(tooLong).containsEntry("kind", "rejected");
        assertThat((String) tooLong.get("message")).contains("工作表“目录”第3行").contains("index row size");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM item_row r JOIN source_file f ON f.id = r.file_id
                 WHERE f.rel_path IN ('甲局/目录.csv', '丙局/目录.xlsx')""", Integer.class))
                .as("what the refused files wrote in earlier chunks is discarded").isZero();
        assertThat(jdbc.queryForList("SELECT reason FROM v_rejected WHERE row IS NULL ORDER BY file", String.class))
                .containsExactly("DATABASE_REFUSED", "DATABASE_REFUSED");

        for (String file : List.of("乙局/目录.csv", "丁局/目录.csv")) {
            assertThat(jdbc.queryForObject("SELECT kind FROM v_files WHERE status = 'active' AND file = ?", String.class, file))
                    .as("%s is loaded", file).isEqualTo("items");
        }
        assertThat(jdbc.queryForObject("SELECT distinct_items FROM county_figures WHERE year = 2018", Integer.class)).isEqualTo(3);
        for (Map<String, Object> file : jdbc.queryForList("SELECT * FROM v_files WHERE status = 'active'")) {
            assertThat((Integer) file.get("rows_read")).as("read = accepted + rejected + skipped in %s", file.get("file"))
                    .isEqualTo((Integer) file.get("rows_accepted") + (Integer) file.get("rows_rejected")
                            + (Integer) file.get("rows_skipped"));
        }
        List<String> rejected = Files.readAllLines(out.resolve("rejected-2018.csv"), StandardCharsets.UTF_8);
        assertThat(rejected).anySatisfy(l -> assertThat(l).startsWith("甲局/目录.csv,,,DATABASE_REFUSED,"));
        assertThat(rejected).anySatisfy(l -> assertThat(l).startsWith("丙局/目录.xlsx,,,DATABASE_REFUSED,"));

        // Like any rejected file, it stays rejected until it changes; the figures stay the same.
        assertThat(runCommand.run(new RunOptions(inbox.root(), 2018, out))).isZero();
        assertThat(jdbc.queryForObject("SELECT distinct_items FROM county_figures WHERE year = 2018", Integer.class)).isEqualTo(3);
    }

    /** Random characters: a repetitive title compresses below the btree limit. */
    private static String randomTitle(int length) {
        java.util.Random random = new java.util.Random(length);
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < length; i++) {
            title.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        return title.toString();
    }
}
