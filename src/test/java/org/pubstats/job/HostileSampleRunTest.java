package org.pubstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.intake.HostileInbox;
import org.pubstats.intake.format.BadFiles;
import org.pubstats.support.Inbox;
import org.pubstats.support.LauncherScript;
import org.pubstats.support.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 8's "done when": the sample inbox plus every kind of broken input an unlucky or hostile office sends,
 * run by the real launcher with no locale at all (as under cron). The run finishes with exit 0, the seed
 * departments' figures are those of the sample alone, each bad entry, file and row is listed with its reason,
 * nothing outside the inbox is read, and every file's rows add up.
 */
@Tag("postgres")
class HostileSampleRunTest {

    private static final Path SAMPLE = Path.of("sample-data/huma-2018");
    private static final String UNIT = "异常报送单位";
    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path temp;

    @Test
    void theSampleWithEveryKindOfBrokenInputFinishesAndTheSeedDepartmentsAreUntouched() throws Exception {
        JdbcTemplate clean = run(SAMPLE.toAbsolutePath(), "clean");
        Map<String, Map<String, Object>> seedDepartments = departmentFigures(clean);
        assertThat(seedDepartments).hasSizeGreaterThan(90);

        Path inbox = HostileInbox.write(temp); // links outside, backslash names, a FIFO, hidden and lock files …
        copy(SAMPLE, inbox);
        writeBrokenFiles(inbox);
        JdbcTemplate hostile = run(inbox, "hostile");

        Map<String, Map<String, Object>> after = departmentFigures(hostile);
        seedDepartments.forEach((department, figures) ->
                assertThat(after.get(department)).as(department).isEqualTo(figures));
        assertThat(hostile.queryForList("""
                SELECT file FROM v_files WHERE status = 'active'
                   AND rows_read <> rows_accepted + rows_rejected + rows_skipped""", String.class))
                .as("read = accepted + rejected + skipped for every file").isEmpty();
        assertThat(hostile.queryForObject("""
                SELECT count(*) FROM item_row WHERE title LIKE ? OR title LIKE '%root:%' OR title LIKE '%\uFFFD%'""",
                Integer.class, "%" + HostileInbox.SECRET_TITLE + "%"))
                .as("nothing from outside the inbox, no mojibake").isZero();
        assertThat(hostile.queryForObject("SELECT count(*) FROM rejected_row WHERE raw_cells::text LIKE ?",
                Integer.class, "%" + HostileInbox.SECRET_TITLE + "%")).isZero();

        Map<String, String> reasons = new TreeMap<>();
        hostile.query("SELECT file, reason FROM v_files WHERE status = 'active' AND reason IS NOT NULL",
                rs -> {
                    reasons.put(rs.getString("file"), rs.getString("reason"));
                });
        assertThat(reasons).containsEntry(HostileInbox.BACKSLASH_NAME, "BACKSLASH_NAME")
                .containsEntry("财政局/链接.csv", "SYMLINK")
                .containsEntry("外部文件夹", "SYMLINK")
                .containsEntry("教育局/管道.csv", "NOT_REGULAR_FILE")
                .containsEntry(".hidden.csv", "HIDDEN_FILE")
                .containsEntry("财政局/~$目录.xlsx", "OFFICE_LOCK_FILE")
                .containsEntry(UNIT + "/炸弹.xlsx", "SUSPICIOUS_FILE")
                .containsEntry(UNIT + "/字符串.xlsx", "TOO_LARGE")
                .containsEntry(UNIT + "/加密.xlsx", "ENCRYPTED_FILE")
                .containsEntry(UNIT + "/截断.xlsx", "UNREADABLE_FILE")
                .containsEntry(UNIT + "/网页另存.xls", "UNREADABLE_FILE");

        List<String> rejectedRows = hostile.queryForList("""
                SELECT file || ':' || "row" || ':' || reason FROM v_rejected WHERE "row" IS NOT NULL AND file LIKE ?""",
                String.class, UNIT + "/%");
        assertThat(rejectedRows).contains(UNIT + "/gbk-behind-bom.csv:2:BAD_ENCODING", UNIT + "/gbk-behind-bom.csv:3:BAD_ENCODING")
                .anyMatch(r -> r.startsWith(UNIT + "/utf8-then-gbk.csv:") && r.endsWith(":BAD_ENCODING"))
                .anyMatch(r -> r.startsWith(UNIT + "/超长单元格.csv:2:"));
        assertThat(hostile.queryForList("""
                SELECT f.rel_path || ':' || r.row_no FROM item_row r JOIN source_file f ON f.id = r.file_id
                 WHERE length(r.title) = 1000""", String.class))
                .as("the 1,000-character title is stored whole").containsExactly(UNIT + "/长标题.csv:2");
        assertThat(hostile.queryForObject("SELECT count(*) FROM department_figures WHERE year = 2018 AND department = ?",
                Integer.class, LONG_UNIT)).as("a 发布单位 value is a department").isEqualTo(1);
        try (Stream<Path> feedback = Files.list(temp.resolve("hostile/out/feedback"))) {
            assertThat(feedback.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith(LONG_UNIT.substring(0, 20)) && name.matches(".*-[0-9a-f]{8}-2018\\.xlsx"));
        }
    }

    private static final String LONG_UNIT = "呼玛县农业农村局畜牧兽医服务中心".repeat(7).substring(0, 100);

    /** One run of the real launcher with no locale, on a fresh database; returns that database. */
    private JdbcTemplate run(Path inbox, String name) throws Exception {
        TestDatabase.Database database = TestDatabase.freshDatabase();
        Path work = temp.resolve(name);
        LauncherScript.Result result = LauncherScript.run(database, work,
                List.of("run", "--inbox", inbox.toString(), "--year", "2018", "--out", work.resolve("out").toString()));
        assertThat(result.exit()).as("exit status of the %s run; stdout:%n%s%nstderr:%n%s", name, result.stdout(), result.stderr())
                .isZero();
        assertThat(result.stderr()).doesNotContain("Exception");
        return new JdbcTemplate(new DriverManagerDataSource(database.url(), database.user(), database.password()));
    }

    private static Map<String, Map<String, Object>> departmentFigures(JdbcTemplate jdbc) {
        Map<String, Map<String, Object>> figures = new TreeMap<>();
        for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM department_figures WHERE year = 2018")) {
            figures.put((String) row.get("department"), row);
        }
        return figures;
    }

    private void writeBrokenFiles(Path root) throws Exception {
        Inbox inbox = new Inbox(root);
        Path unit = root.resolve(UNIT);
        Files.createDirectories(unit);
        List<String> header = List.of("标题", "发布日期", "公开渠道");
        inbox.csv(UNIT + "/长标题.csv", List.of(header,
                List.of("关于印发呼玛县政府信息公开工作要点的通知".repeat(50), "2018-04-01", "政府网站")));
        HostileValuesRunTest.writeXlsWithNul(unit.resolve("空字符.xls"));
        HostileValuesRunTest.writeCsvWithNulAfterFirstMegabyte(unit.resolve("一兆之后的空字符.csv"));
        inbox.csv(UNIT + "/超长单元格.csv", List.of(header, List.of("超长".repeat(20_000), "没有日期", "政府网站")));
        // an unknown channel gives the unit something to correct, so a feedback file
        inbox.csv(UNIT + "/单位列.csv", List.of(List.of("标题", "发布日期", "公开渠道", "发布单位"),
                List.of("畜牧防疫工作安排", "2018-05-01", "信鸽", LONG_UNIT)));
        inbox.csv("呼玛县人民政府办公室政务公开科".repeat(6).substring(0, 80) + "/目录.csv",
                List.of(header, List.of("政务公开工作总结", "2018-12-01", "政府网站")));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        inbox.write(UNIT + "/gbk-behind-bom.csv", Inbox.concat(bom, "title,date\n".getBytes(StandardCharsets.US_ASCII),
                "低保标准公示,2018-05-05\n临时救助办法,2018-05-06\n".getBytes(GBK)));
        inbox.write(UNIT + "/utf8-then-gbk.csv", Inbox.concat(
                Files.readAllBytes(HostileValuesRunTest.writeCsvWithNulAfterFirstMegabyte(temp.resolve("utf8.csv"))),
                "防汛工作通知,2018-06-01,政府网站\n".getBytes(GBK)));
        Path valid = BadFiles.validXlsx(temp.resolve("valid.xlsx"));
        Files.move(BadFiles.sheetBomb(temp, "bomb.xlsx"), unit.resolve("炸弹.xlsx"));
        Files.move(BadFiles.sharedStringsBomb(temp, "strings.xlsx"), unit.resolve("字符串.xlsx"));
        BadFiles.encryptedXlsx(unit.resolve("加密.xlsx"));
        BadFiles.truncated(valid, unit.resolve("截断.xlsx"), 700);
        inbox.write(UNIT + "/网页另存.xls", "<html><body><table><tr><td>标题</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void copy(Path from, Path to) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(from)) {
            paths.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
    }
}
