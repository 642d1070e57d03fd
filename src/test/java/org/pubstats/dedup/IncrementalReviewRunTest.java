package org.pubstats.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.job.PubstatsSettings;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.Inbox;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Through the real job: after an incremental dedup the review pass lists the changed items' pairs anew and
 * keeps the others, within the pairs an item may have; a full dedup gives a full review.
 */
class IncrementalReviewRunTest extends WarehouseTest {

    private static final List<String> HEADER = List.of("信息标题", "发布日期", "公开渠道", "信息类别", "文号", "索引号", "链接");
    private static final String[] PLACES = {"北疆乡", "兴华乡", "鸥浦乡", "金山乡", "三卡乡", "白银纳乡", "韩家园镇",
            "呼玛镇", "东方红", "宽河"};
    private static final String[] SUBJECTS = {"防汛抗旱", "森林防火", "春季造林", "农田水利", "低保资金", "医疗救助",
            "义务教育", "道路养护", "安全生产", "食品抽检"};

    @Autowired
    RunCommand runCommand;

    @Autowired
    PubstatsSettings settings;

    @TempDir
    Path temp;

    @Test
    void changedFilesListTheirPairsAnewAndKeepTheOthers() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        for (int d = 0; d < 10; d++) {
            inbox.csv(file(d), rows(d, false));
        }
        run(inbox);
        assertThat(lastReview()).containsEntry("mode", "full");
        Set<String> before = pairs();
        assertThat(before).isNotEmpty();

        // Department 3 lists again, as an urgent notice two days later, an item of department 6.
        inbox.csv(file(3), rows(3, true));
        run(inbox);
        assertThat(lastReview()).containsEntry("mode", "incremental");
        Set<String> changedItems = ids("SELECT item_id::text FROM dedup_changed_item");
        assertThat(changedItems).isNotEmpty();
        Set<String> after = pairs();
        String notice = "关于做好" + PLACES[6] + SUBJECTS[6] + "工作的通知";
        String urgent = "关于做好" + PLACES[6] + SUBJECTS[6] + "工作的紧急通知";
        assertThat(titlePairs()).containsAnyOf(notice + "|" + urgent, urgent + "|" + notice);
        // Pairs of two unchanged items stay, unless an item let one go for a more alike new one.
        Set<String> keptBefore = before.stream().filter(p -> !involves(p, changedItems)).collect(Collectors.toSet());
        Set<String> lost = new java.util.HashSet<>(keptBefore);
        lost.removeAll(after);
        assertThat(lost).allSatisfy(p -> assertThat(hasNewPairWithin(p, after, before)).as(p).isTrue());
        assertMostPairsPerItem();

        // A withdrawn file's items leave the list, incrementally.
        inbox.delete(file(6));
        run(inbox);
        assertThat(lastReview()).containsEntry("mode", "incremental");
        assertThat(titlePairs()).noneMatch(p -> p.contains(PLACES[6] + SUBJECTS[6] + "工作的通知"));
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM review_pair p JOIN item_row r ON r.id IN (p.row_a, p.row_b)
                  JOIN source_file f ON f.id = r.file_id WHERE f.status <> 'active'""", Long.class)).isZero();
        assertMostPairsPerItem();
    }

    private boolean involves(String pair, Set<String> items) {
        String[] ids = pair.split("-");
        return items.contains(ids[0]) || items.contains(ids[1]);
    }

    /** A pair an unchanged item let go: one of its items is in a pair now that was not there before. */
    private static boolean hasNewPairWithin(String lostPair, Set<String> after, Set<String> before) {
        String[] ids = lostPair.split("-");
        return after.stream().filter(p -> !before.contains(p))
                .anyMatch(p -> List.of(p.split("-")).contains(ids[0]) || List.of(p.split("-")).contains(ids[1]));
    }

    private void assertMostPairsPerItem() {
        Integer most = jdbc.queryForObject("""
                SELECT coalesce(max(n), 0) FROM (SELECT item, count(*) AS n FROM (
                    SELECT item_a AS item FROM review_pair UNION ALL SELECT item_b FROM review_pair) s GROUP BY item) c""",
                Integer.class);
        assertThat(most).isLessThanOrEqualTo(settings.reviewRules().pairsPerItem());
    }

    private Set<String> pairs() {
        return ids("SELECT item_a || '-' || item_b FROM review_pair");
    }

    private Set<String> titlePairs() {
        return ids("SELECT least(title_a, title_b) || '|' || greatest(title_a, title_b) FROM v_review_pairs");
    }

    private Set<String> ids(String sql) {
        return Set.copyOf(jdbc.queryForList(sql, String.class));
    }

    private Map<String, Object> lastReview() {
        return jdbc.queryForMap("SELECT * FROM review_state");
    }

    private void run(Inbox inbox) throws Exception {
        assertThat(runCommand.run(new RunOptions(inbox.root(), 2018, temp.resolve("out")))).isZero();
    }

    private static String file(int department) {
        return String.format("部门%02d/2018年目录.csv", department);
    }

    /**
     * Ten notices of a department, one a subject, two days apart, and the next department's first notice as an
     * urgent notice a day later (a pair to review); with {@code again}, one more of department 6's.
     */
    private static List<List<String>> rows(int department, boolean again) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int r = 0; r < 10; r++) {
            rows.add(List.of("关于做好" + PLACES[department] + SUBJECTS[r] + "工作的通知", "2018-04-" + (1 + 2 * r), "网站", "", "",
                    "", ""));
        }
        rows.add(List.of("关于做好" + PLACES[(department + 1) % 10] + SUBJECTS[0] + "工作的紧急通知", "2018-04-02", "网站", "",
                "", "", ""));
        if (again) {
            rows.add(List.of("关于做好" + PLACES[6] + SUBJECTS[6] + "工作的紧急通知", "2018-04-15", "网站", "", "", "", ""));
        }
        return rows;
    }
}
