package org.pubstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.Inbox;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Nothing changed → nothing recomputed, with the real job on a real PostgreSQL: a second run on the same inbox
 * leaves the figures and every output file as they are (same file, same modification time); a changed file, a
 * changed dictionary or overrides file, a missing output file or another output folder make the run recompute.
 */
class UnchangedRunTest extends WarehouseTest {

    private static final List<String> ITEM_HEADER = List.of("序号", "信息标题", "发布日期", "公开渠道", "信息类别", "文号", "索引号", "链接");

    /**
     * A copy of jobs/ the tests may edit (the dictionaries and overrides are part of the fingerprint), made before the
     * application starts, which reads the dictionaries once.
     */
    private static final Path JOBS = JobsCopy.fresh();

    @DynamicPropertySource
    static void jobsDir(DynamicPropertyRegistry registry) {
        registry.add("pubstats.jobs-dir", JOBS::toString);
    }

    @Autowired
    RunCommand runCommand;

    @TempDir
    Path temp;

    Inbox inbox;
    Path out;

    @BeforeEach
    void writeInbox() throws IOException {
        JobsCopy.restore(JOBS);
        inbox = new Inbox(temp.resolve("inbox"));
        out = temp.resolve("out");
        inbox.csv("财政局/2018年目录.csv", List.of(ITEM_HEADER,
                List.of("1", "2018年部门预算公开", "2018-01-10", "政府网站", "财政预决算", "", "IDX-1", ""),
                List.of("2", "", "2018-02-01", "政府网站", "", "", "", ""),
                List.of("3", "信鸽传书试点", "2018-03-01", "信鸽", "试点", "", "", "")));
        inbox.csv("教育局/2018年目录.csv", List.of(ITEM_HEADER,
                List.of("1", "2018年秋季招生简章", "2018-05-01", "网站", "", "", "", ""),
                List.of("2", "部门预算（转载）", "2018-01-11", "微信", "", "", "idx-1", ""),
                List.of("3", "教育收费标准", "2018年13月1日", "网站", "", "", "", "")));
    }

    private String run() {
        return run(out);
    }

    /** Runs the job and returns what the command printed. */
    private String run(Path outDir) {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThat(runCommand.run(new RunOptions(inbox.root(), 2018, outDir))).isZero();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            System.setOut(console);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        console.print(text);
        return text;
    }

    private boolean lastRunUnchanged() {
        return jdbc.queryForObject("SELECT unchanged FROM run ORDER BY id DESC LIMIT 1", Boolean.class);
    }

    @Test
    void aSecondRunWithNothingChangedLeavesTheFiguresAndEveryFileAsTheyAre() {
        String first = run();
        Map<String, String> files = outputFiles(out);
        assertThat(files).containsKeys("county-summary-2018.csv", "rejected-2018.csv", "review-2018.csv", "files-2018.csv",
                "county-report-2018.xlsx", "annual-report-2018.docx", "feedback/财政局-2018.xlsx", "feedback/教育局-2018.xlsx");
        Object computedAt = jdbc.queryForObject("SELECT computed_at FROM county_figures WHERE year = 2018", Object.class);

        String second = run();

        assertThat(second).contains("收件箱与上次运行相同，数字和文件保持不变");
        assertThat(table(second)).as("the same county table").isEqualTo(table(first)).contains("| 数量");
        assertThat(lastRunUnchanged()).isTrue();
        assertThat(outputFiles(out)).as("no file written again").isEqualTo(files);
        assertThat(jdbc.queryForObject("SELECT computed_at FROM county_figures WHERE year = 2018", Object.class))
                .as("figures not recomputed").isEqualTo(computedAt);
        assertThat(jdbc.queryForList("""
                SELECT s.step_name FROM batch_step_execution s
                 WHERE s.job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution) ORDER BY s.step_execution_id""",
                String.class)).containsExactly("plan", "load");
        assertThat(jdbc.queryForObject("SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1",
                String.class)).isEqualTo("COMPLETED");
    }

    @Test
    void aChangedFileRecomputesAndRewritesOnlyTheFeedbackThatChanged() throws IOException {
        run();
        Map<String, String> before = outputFiles(out);
        inbox.csv("教育局/2018年目录.csv", List.of(ITEM_HEADER,
                List.of("1", "2018年秋季招生简章", "2018-05-01", "网站", "", "", "", ""),
                List.of("2", "部门预算（转载）", "2018-01-11", "微信", "", "", "idx-1", ""),
                List.of("3", "教育收费标准", "2018-06-01", "网站", "", "", "", "")));

        String second = run();

        assertThat(second).doesNotContain("保持不变");
        assertThat(lastRunUnchanged()).isFalse();
        assertThat(jdbc.queryForObject("SELECT distinct_items FROM county_figures WHERE year = 2018", Integer.class))
                .as("教育收费标准 now counts").isEqualTo(4);
        Map<String, String> after = outputFiles(out);
        assertThat(after.get("county-summary-2018.csv")).isNotEqualTo(before.get("county-summary-2018.csv"));
        assertThat(after).as("教育局 has nothing left to correct: its old file stays, no new one is written")
                .containsEntry("feedback/教育局-2018.xlsx", before.get("feedback/教育局-2018.xlsx"));
        assertThat(after).as("财政局's feedback did not change").containsEntry("feedback/财政局-2018.xlsx",
                before.get("feedback/财政局-2018.xlsx"));
        assertThat(jdbc.queryForList("SELECT path FROM export_file WHERE part = 'feedback' AND out_dir = ?", String.class,
                out.toAbsolutePath().normalize().toString())).containsExactly("feedback/财政局-2018.xlsx");
    }

    @Test
    void aDepartmentsChangedLinesRewriteItsFeedbackOnly() throws IOException {
        run();
        Map<String, String> before = outputFiles(out);
        inbox.csv("教育局/2018年目录.csv", List.of(ITEM_HEADER,
                List.of("1", "2018年秋季招生简章", "2018-05-01", "网站", "", "", "", ""),
                List.of("2", "部门预算（转载）", "2018-01-11", "微信", "", "", "idx-1", ""),
                List.of("3", "教育收费标准", "2018年14月1日", "网站", "", "", "", "")));

        run();

        Map<String, String> after = outputFiles(out);
        assertThat(after.get("feedback/教育局-2018.xlsx")).isNotEqualTo(before.get("feedback/教育局-2018.xlsx"));
        assertThat(after.get("feedback/财政局-2018.xlsx")).isEqualTo(before.get("feedback/财政局-2018.xlsx"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "dedup-overrides.csv | 合并,2018年部门预算公开,2018-01-10,2018年秋季招生简章,2018-05-01,同一信息",
            "channels.csv        | 信鸽,政务微信",
            "header-synonyms.csv | # an office note: the bytes changed, the meaning did not"})
    void aChangedFileUnderJobsRecomputes(String file, String line) {
        run();
        Map<String, String> before = outputFiles(out);
        append(JOBS.resolve(file), line);

        run();

        assertThat(lastRunUnchanged()).isFalse();
        assertThat(outputFiles(out).get("county-report-2018.xlsx")).isNotEqualTo(before.get("county-report-2018.xlsx"));
        run();
        assertThat(lastRunUnchanged()).as("and then nothing changed again").isTrue();
    }

    @Test
    void aMissingOutputFileOrAnotherOutputFolderRecomputes() throws IOException {
        run();
        Files.delete(out.resolve("county-report-2018.xlsx"));
        run();
        assertThat(lastRunUnchanged()).isFalse();
        assertThat(out.resolve("county-report-2018.xlsx")).isRegularFile();

        Path other = temp.resolve("other-out");
        run(other);
        assertThat(lastRunUnchanged()).isFalse();
        assertThat(other.resolve("county-summary-2018.csv")).isRegularFile();
        run(other);
        assertThat(lastRunUnchanged()).isTrue();
        run(out);
        assertThat(lastRunUnchanged()).as("the last run of the year wrote elsewhere").isFalse();
    }

    /** Every file under the folder with its identity: inode and modification time (a rewrite changes both). */
    private static Map<String, String> outputFiles(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            Map<String, String> files = new TreeMap<>();
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                files.put(folder.relativize(file).toString(), attributes.fileKey() + "@" + attributes.lastModifiedTime());
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The county table as the command prints it. */
    private static String table(String printed) {
        int start = printed.indexOf("2018年 全县政府信息公开情况");
        return printed.substring(start, printed.indexOf("解读率", start));
    }

    private static void append(Path file, String line) {
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
