package org.pubstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.Inbox;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An inbox of many small files, CSV and xlsx, of different lengths, with rows that repeat another file's
 * item, rejected and skipped rows, and a few request logs; every figure and every file's accounting is
 * known from how the inbox was made. The subclasses run it with one load thread and with several: both
 * must give exactly these numbers.
 */
abstract class ManySmallFilesRun extends WarehouseTest {

    static final int ITEM_FILES = 24;
    static final int REQUEST_FILES = 3;
    private static final List<String> ITEM_HEADER = List.of("序号", "信息标题", "发布日期", "公开渠道");

    @Autowired
    RunCommand runCommand;

    @TempDir
    Path temp;

    Inbox inbox;
    /** Per file: rows accepted, rejected, skipped. */
    final Map<String, List<Integer>> accounting = new HashMap<>();
    final Set<Integer> distinctItems = new HashSet<>();

    @BeforeEach
    void writeInbox() {
        inbox = new Inbox(temp.resolve("inbox"));
        accounting.clear();
        distinctItems.clear();
        for (int f = 0; f < ITEM_FILES; f++) {
            boolean xlsx = f % 4 == 3;
            String path = String.format("部门%02d/2018年目录.%s", f, xlsx ? "xlsx" : "csv");
            List<List<String>> rows = new ArrayList<>();
            rows.add(ITEM_HEADER);
            int accepted = 0;
            int rejected = 0;
            int length = 4 + (f * 7) % 23;
            for (int r = 0; r < length; r++) {
                if (r % 7 == 6) {
                    rows.add(List.of(Integer.toString(r + 1), "部门" + f + "的第" + r + "行", "不是日期", "政府网站"));
                    rejected++;
                    continue;
                }
                // every fifth row repeats the first item of the next file
                int item = r % 5 == 4 ? ((f + 1) % ITEM_FILES) * 100 : f * 100 + r;
                rows.add(List.of(Integer.toString(r + 1), "第" + item + "号事项的公告",
                        LocalDate.of(2018, 1, 1).plusDays(item % 300).toString(), item % 3 == 0 ? "政府网站、微信" : "政府网站"));
                distinctItems.add(item);
                accepted++;
            }
            int skipped = 1; // the header
            if (!xlsx) {
                rows.add(List.of());
                skipped++;
            }
            rows.add(List.of("合计", length + "条", "", ""));
            skipped++;
            if (xlsx) {
                inbox.xlsx(path, rows);
            } else {
                inbox.csv(path, rows);
            }
            accounting.put(path, List.of(accepted, rejected, skipped));
        }
        for (int k = 0; k < REQUEST_FILES; k++) {
            String path = "政务服务中心" + k + "/依申请公开登记.csv";
            inbox.csv(path, List.of(List.of("申请编号", "收到日期", "申请人类型", "办理结果"),
                    List.of("YSQ-1", "2018-02-01", "自然人", "予以公开"),
                    List.of("YSQ-1", "2018-02-01", "自然人", "予以公开"),
                    List.of("YSQ-2", "2018-03-01", "法人或其他组织", "予以公开"),
                    List.of("YSQ-3", "2018-04-01", "自然人", "予以公开"),
                    List.of("YSQ-4", "2018-05-01", "自然人", "不予公开-国家秘密")));
            accounting.put(path, List.of(5, 0, 1));
        }
    }

    int run(Path out) throws Exception {
        return runCommand.run(new RunOptions(inbox.root(), 2018, out));
    }

    @Test
    void everyFigureAndEveryFileAsTheInboxWasMade() throws Exception {
        Path out = temp.resolve("out");
        assertThat(run(out)).isZero();

        int otherChannels = (int) distinctItems.stream().filter(item -> item % 3 == 0).count();
        int requests = REQUEST_FILES * 4; // YSQ-1 twice in each office's log
        assertThat(Files.readAllLines(out.resolve("county-summary-2018.csv"), StandardCharsets.UTF_8).get(1))
                .isEqualTo("数量," + distinctItems.size() + "," + otherChannels + ",0,0,0,0," + requests);
        assertThat(jdbc.queryForObject("SELECT distinct_items FROM county_figures WHERE year = 2018", Integer.class))
                .isEqualTo(distinctItems.size());

        Map<String, List<Integer>> loaded = new HashMap<>();
        for (Map<String, Object> file : jdbc.queryForList("SELECT * FROM v_files WHERE status = 'active'")) {
            assertThat((Integer) file.get("rows_read")).as("read = accepted + rejected + skipped in %s", file.get("file"))
                    .isEqualTo((Integer) file.get("rows_accepted") + (Integer) file.get("rows_rejected")
                            + (Integer) file.get("rows_skipped"));
            loaded.put((String) file.get("file"), List.of((Integer) file.get("rows_accepted"),
                    (Integer) file.get("rows_rejected"), (Integer) file.get("rows_skipped")));
        }
        assertThat(loaded).isEqualTo(accounting);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM active_item_row", Integer.class))
                .isEqualTo(accounting.entrySet().stream().filter(e -> !e.getKey().contains("依申请"))
                        .mapToInt(e -> e.getValue().get(0)).sum());
    }
}
