package org.pubstats.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.Inbox;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rules as amended on 2026-11-29 (design.md §3, §5 rule 4), on real-shaped titles through a whole run: wrappers,
 * re-uploads months later and a 文号 written into the title are one item; a different 文号, or the same title
 * without any 文号 on other days, stay apart.
 */
class AmendedRulesRunTest extends WarehouseTest {

    private static final List<String> HEADER = List.of("信息标题", "发布日期", "公开渠道", "文号");

    @Autowired
    RunCommand runCommand;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    private int itemsOf(String titleNorm) {
        return jdbc.queryForObject("""
                SELECT count(DISTINCT m.item_id) FROM item_row r JOIN item_member m ON m.row_id = r.id
                 WHERE r.title_norm = ?""", Integer.class, titleNorm);
    }

    @Test
    void wrappersReUploadsAndEmbeddedNumbersAreOneItem() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        inbox.csv("县政府办/目录.csv", List.of(HEADER,
                List.of("关于印发《呼玛县扶贫资金管理办法》的通知", "2018-03-01", "政府网站", "呼政办发〔2018〕5号"),
                List.of("标题：关于做好春季防火工作的通知 发表时间：2018-03-09", "2018-03-09", "政府网站", ""),
                List.of("关于开展安全生产大检查的通知（呼政办发〔2018〕9号）", "2018-04-02", "政府网站", ""),
                List.of("关于加强秸秆禁烧的通告", "2018-05-01", "政府网站", "呼政办发〔2018〕11号"),
                List.of("2018年第四季度工作安排", "2018-10-08", "政府网站", "")));
        inbox.csv("县应急局/转载.csv", List.of(HEADER,
                // the same document, re-published 63 days later as a batch, with its status wrapper
                List.of("关于印发《呼玛县扶贫资金管理办法》的通知（已废止）", "2018-05-03", "微信", "呼政办发〔2018〕5号"),
                List.of("关于做好春季防火工作的通知", "2018-03-09", "微信", ""),
                // the 文号 in the column here, in the title there; 326 days later
                List.of("关于开展安全生产大检查的通知", "2019-02-22", "微信", "呼政办发[2018]9号"),
                // the same title with another 文号: another document
                List.of("关于加强秸秆禁烧的通告", "2018-09-01", "微信", "呼政办发〔2018〕30号"),
                // the same title without any 文号, on another day: rule 3 needs the same date
                List.of("2018年第四季度工作安排", "2018-10-20", "微信", "")));
        assertThat(runCommand.run(new RunOptions(inbox.root(), 2018, temp.resolve("out")))).isZero();

        assertThat(itemsOf("关于印发《呼玛县扶贫资金管理办法》的通知")).as("wrapper, 63 days later, same 文号").isEqualTo(1);
        assertThat(itemsOf("关于做好春季防火工作的通知")).as("label and page fragment").isEqualTo(1);
        assertThat(itemsOf("关于开展安全生产大检查的通知")).as("文号 in the title, 326 days later").isEqualTo(1);
        assertThat(itemsOf("关于加强秸秆禁烧的通告")).as("another 文号").isEqualTo(2);
        assertThat(itemsOf("2018年第四季度工作安排")).as("no 文号, other days").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM item_row", Integer.class)).isEqualTo(10);
        // the earliest row gives the date; the item is counted once, in 2018, with both channels
        assertThat(jdbc.queryForObject("SELECT distinct_items FROM county_figures WHERE year = 2018", Integer.class))
                .isEqualTo(7);
        assertThat(jdbc.queryForObject("""
                SELECT doc_no_norm FROM item_row WHERE title LIKE '关于开展安全生产大检查的通知（%'""", String.class))
                .as("the 文号 in brackets at the end of the title, moved into the empty 文号").isEqualTo("呼政办发〔2018〕9号");
    }

    @Test
    void aDecisionWhoseTitleOrDateMatchesNoRowIsNamedByItsLine() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        inbox.csv("县政府办/目录.csv", List.of(HEADER,
                List.of("关于做好春季防火工作的通知（已废止）", "2018-03-09", "政府网站", ""),
                List.of("关于做好夏季防汛工作的通知", "2018-06-09", "政府网站", "")));
        assertThat(runCommand.run(new RunOptions(inbox.root(), 2018, temp.resolve("out")))).isZero();
        DedupOverrides overrides = new DedupOverrides(List.of(
                new DedupOverrides.Decision(DedupOverrides.Verdict.MERGE,
                        side("标题：关于做好春季防火工作的通知", "2018-03-09"), side("关于做好夏季防汛工作的通知", "2018-06-09"), line(2)),
                new DedupOverrides.Decision(DedupOverrides.Verdict.KEEP_APART,
                        side("关于做好夏季防汛工作的通知", "2018-06-10"), side("'关于做好春季防火工作的通知", "2018-03-09"), line(3))));
        assertThat(new UnmatchedDecisions(jdbc).of(overrides)).containsExactly(
                "jobs/dedup-overrides.csv 第 3 行：标题A“关于做好夏季防汛工作的通知”（2018-06-10）没有对应的信息，这一行没有起作用；请核对标题和日期",
                "jobs/dedup-overrides.csv 第 3 行：标题B“\"关于做好春季防火工作的通知”（2018-03-09）没有对应的信息，这一行没有起作用；请核对标题和日期");
    }

    private static DedupOverrides.Source line(int line) {
        return new DedupOverrides.Source("jobs/dedup-overrides.csv", null, line);
    }

    private static DedupOverrides.Side side(String title, String date) {
        return new DedupOverrides.Side(org.pubstats.normalise.KeyNormaliser.title(title), java.time.LocalDate.parse(date));
    }
}
