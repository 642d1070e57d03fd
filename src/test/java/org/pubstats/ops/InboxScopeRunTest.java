package org.pubstats.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.figures.CountyFigures;
import org.pubstats.figures.CountyFiguresRepository;
import org.pubstats.support.Inbox;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inboxes as scopes on a real PostgreSQL: two years from two inboxes leave each other alone; a run that would
 * withdraw most of an inbox is refused with nothing changed unless {@code --allow-withdraw}; {@code --dry-run}
 * changes nothing.
 */
class InboxScopeRunTest extends WarehouseTest {

    private static final List<String> HEADER = List.of("信息标题", "发布日期", "公开渠道", "信息类别");

    @Autowired
    RunCommand runCommand;

    @Autowired
    CountyFiguresRepository figures;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    /** An inbox of {@code departments} files, each with {@code rows} items dated in {@code year}. */
    private Inbox inbox(String name, int year, int departments, int rows) {
        Inbox inbox = new Inbox(temp.resolve(name));
        for (int d = 0; d < departments; d++) {
            List<List<String>> lines = new ArrayList<>();
            lines.add(HEADER);
            for (int r = 0; r < rows; r++) {
                lines.add(List.of(year + "年部门" + d + "第" + r + "号通知", year + "-0" + (1 + r % 9) + "-1" + d % 10,
                        r % 3 == 0 ? "微信" : "政府网站", ""));
            }
            inbox.csv("部门" + d + "/目录.csv", lines);
        }
        return inbox;
    }

    private int run(Inbox inbox, int year, boolean allowWithdraw, boolean dryRun) throws Exception {
        return runCommand.run(new RunOptions(inbox.root(), year, temp.resolve("out"), allowWithdraw, dryRun));
    }

    private List<Map<String, Object>> activeFiles() {
        return jdbc.queryForList("SELECT scope, rel_path, sha256 FROM source_file WHERE status = 'active' ORDER BY scope, rel_path");
    }

    @Test
    void twoYearsFromTwoInboxesLeaveEachOtherAlone() throws Exception {
        Inbox first = inbox("inbox-2018", 2018, 3, 4);
        assertThat(run(first, 2018, false, false)).isZero();
        CountyFigures figures2018 = figures.find(2018).orElseThrow();
        assertThat(figures2018.website() + figures2018.otherChannels()).isPositive();
        byte[] summary2018 = Files.readAllBytes(temp.resolve("out/county-summary-2018.csv"));

        Inbox second = inbox("inbox-2019", 2019, 2, 5);
        assertThat(run(second, 2019, false, false)).isZero();

        assertThat(figures.find(2018)).contains(figures2018);
        assertThat(figures.find(2019)).isPresent();
        assertThat(Files.readAllBytes(temp.resolve("out/county-summary-2018.csv"))).isEqualTo(summary2018);
        assertThat(activeFiles()).extracting(f -> f.get("scope"))
                .containsExactly("inbox-2018", "inbox-2018", "inbox-2018", "inbox-2019", "inbox-2019");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM source_file WHERE status = 'withdrawn'", Integer.class)).isZero();

        // and the 2018 inbox run again still gives the same figures
        assertThat(run(first, 2018, false, false)).isZero();
        assertThat(figures.find(2018)).contains(figures2018);
    }

    @Test
    void aYearFarBelowTheYearBeforeOrAWrongYearIsWarnedAbout() throws Exception {
        Inbox first = inbox("inbox-2018", 2018, 4, 5);
        assertThat(run(first, 2018, false, false)).isZero();
        String wrongYear = printed(() -> run(first, 2019, false, false));
        assertThat(wrongYear).contains("信息大多发布于2018年（20 行），2019年只有 0 行").contains("--year 2018");

        Inbox second = inbox("inbox-2019", 2019, 1, 3);
        String fewer = printed(() -> run(second, 2019, false, false));
        assertThat(fewer).contains("2019年信息总数 3 条，不到2018年（20 条）的一半").doesNotContain("统计年度是否选错");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(temp.resolve("out/county-report-2019.xlsx")))) {
            var row = workbook.getSheetAt(0).getRow(3);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("上年数量");
            assertThat(row.getCell(1).getNumericCellValue() + row.getCell(2).getNumericCellValue())
                    .as("2018 was run: its figures stand beside 2019").isEqualTo(20);
        }
    }

    interface Run {
        int call() throws Exception;
    }

    private static String printed(Run run) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(run.call()).isZero();
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRunThatWouldWithdrawMostOfAnInboxIsRefusedWithNothingChanged() throws Exception {
        Inbox full = inbox("inbox", 2018, 20, 2);
        assertThat(run(full, 2018, false, false)).isZero();
        List<Map<String, Object>> before = activeFiles();
        CountyFigures figuresBefore = figures.find(2018).orElseThrow();
        int versionsBefore = jdbc.queryForObject("SELECT count(*) FROM source_file", Integer.class);

        for (int d = 1; d < 20; d++) { // 19 of 20 files gone: 95%
            full.delete("部门" + d + "/目录.csv");
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = run(full, 2018, false, false);
        } finally {
            System.setErr(oldErr);
        }
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("部门7/目录.csv").contains("--allow-withdraw");
        assertThat(activeFiles()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM source_file", Integer.class)).isEqualTo(versionsBefore);
        assertThat(figures.find(2018)).contains(figuresBefore);

        assertThat(run(full, 2018, true, false)).isZero();
        assertThat(activeFiles()).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM source_file WHERE status = 'withdrawn'", Integer.class)).isEqualTo(19);
        assertThat(figures.find(2018).orElseThrow()).isNotEqualTo(figuresBefore);
    }

    @Test
    void aFewFilesGoneAreWithdrawnWithoutBeingAsked() throws Exception {
        Inbox full = inbox("inbox", 2018, 20, 2);
        assertThat(run(full, 2018, false, false)).isZero();
        for (int d = 0; d < 2; d++) { // 10%: within the limit
            full.delete("部门" + d + "/目录.csv");
        }
        assertThat(run(full, 2018, false, false)).isZero();
        assertThat(activeFiles()).hasSize(18);
    }

    @Test
    void aDryRunTellsWhatARunWouldDoAndChangesNothing() throws Exception {
        Inbox inbox = inbox("inbox", 2018, 8, 2);
        assertThat(run(inbox, 2018, false, false)).isZero();
        for (int d = 0; d < 6; d++) {
            inbox.delete("部门" + d + "/目录.csv");
        }
        inbox.csv("部门6/目录.csv", List.of(HEADER, List.of("改过的通知", "2018-05-05", "政府网站", "")));
        inbox.csv("新部门/目录.csv", List.of(HEADER, List.of("新的通知", "2018-05-06", "政府网站", "")));
        List<Map<String, Object>> before = jdbc.queryForList("SELECT * FROM source_file ORDER BY id");
        List<Map<String, Object>> runsBefore = jdbc.queryForList("SELECT * FROM run ORDER BY id");
        CountyFigures figuresBefore = figures.find(2018).orElseThrow();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(run(inbox, 2018, false, true)).isZero();
        } finally {
            System.setOut(oldOut);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("将读取 2 个文件（其中 1 个替换已采用的旧版本）")
                .contains("将撤回 6 个").contains("部门6/目录.csv（替换旧版本）").contains("新部门/目录.csv")
                .contains("部门3/目录.csv").contains("--allow-withdraw");
        assertThat(jdbc.queryForList("SELECT * FROM source_file ORDER BY id")).isEqualTo(before);
        assertThat(jdbc.queryForList("SELECT * FROM run ORDER BY id")).isEqualTo(runsBefore);
        assertThat(figures.find(2018)).contains(figuresBefore);
    }
}
