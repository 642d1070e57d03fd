package org.pubstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.ops.RunCommand;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.Inbox;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The {@code run} job end to end on a real PostgreSQL: a small inbox generated here, every figure of
 * the county row checked, then a re-run, a changed file and a removed file.
 */
class RunJobTest extends WarehouseTest {

    private static final List<String> ITEM_HEADER = List.of("序号", "信息标题", "发布日期", "公开渠道", "信息类别", "文号", "索引号", "链接");

    @Autowired
    RunCommand runCommand;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    JobRepository jobRepository;

    @TempDir
    Path temp;

    Inbox inbox;
    Path out;

    @BeforeEach
    void writeInbox() {
        inbox = new Inbox(temp.resolve("inbox"));
        out = temp.resolve("out");
        inbox.csv("财政局/2018年目录.csv", List.of(
                ITEM_HEADER,
                List.of("1", "2018年财政预算公开", "2018-01-10", "政府网站", "财政预决算", "呼财发〔2018〕1号", "IDX-1", ""),
                List.of("2", "关于规范性文件X", "2018-02-01", "政府网站、微信公众号", "规范性文件", "", "", "http://www.huma.gov.cn/a/1"),
                List.of("3", "试点工作动态", "2018/3/1", "", "试点", "", "", ""),
                List.of("4", "", "2018-03-02", "网站", "", "", "", ""),
                List.of("5", "旧闻", "2017-12-31", "网站", "", "", "", ""),
                List.of("6", "问卷调查结果", "2018年5月5日", "网站", "在线调查", "", "", ""),
                List.of("合计", "6条", "", "", "", "", "", "")));
        inbox.xlsx("教育局/list.xlsx", List.of(
                List.of("呼玛县教育局2018年政府信息主动公开目录"),
                List.of(),
                List.of("标题", "公开日期", "公开方式", "类别", "发文字号", "信息索引号", "网址"),
                List.of("财政预算（教育局转载）", "2018-01-11", "电视", "", "", " idx-1 ", ""),
                List.of("规范性文件X全文", "2018-02-01", "微信", "", "", "", "https://WWW.huma.gov.cn/a/1/"),
                List.of("试点工作动态。", "2018-03-01", "公告栏", "", "", "", ""),
                List.of("政策解读：规范性文件X", "2018-02-02", "网站", "解读", "", "", ""),
                List.of("看似相同的标题", "2018-06-01", "政府网站", "", "呼教发〔2018〕2号", "", ""),
                List.of("看似相同的标题", "2018-06-01", "微博", "", "呼教发[2018]3号", "", ""),
                List.of("财政预算公开", "2018年13月1日", "网站", "", "", "", "")));
        // A chain: 卫健局 ~ 民政局 by URL, 民政局 ~ 水务局 by title and date.
        inbox.csv("卫健局/a.csv", List.of(ITEM_HEADER,
                List.of("1", "健康扶贫政策", "2018-07-01", "微信", "", "", "IDX-9", "http://huma.gov.cn/x/9")));
        inbox.csv("民政局/b.csv", List.of(ITEM_HEADER,
                List.of("1", "低保标准调整", "2018-07-02", "微信", "", "", "", "http://huma.gov.cn/x/9#top")));
        inbox.csv("水务局/c.csv", List.of(ITEM_HEADER,
                List.of("1", "低保 标准调整", "2018-07-02", "微信", "", "", "", "")));
        inbox.csv("政务服务中心/依申请公开登记.csv", List.of(
                List.of("申请编号", "收到日期", "申请人类型", "办理结果"),
                List.of("YSQ-1", "2018-02-01", "自然人", "予以公开"),
                List.of("YSQ-1", "2018-02-01", "自然人", "予以公开"),
                List.of("YSQ-2", "2018-03-01", "法人或其他组织", "予以公开"),
                List.of("YSQ-3", "2017-12-01", "自然人", "予以公开")));
        inbox.write("教育局/说明.docx", "not a spreadsheet".getBytes(StandardCharsets.UTF_8));
    }

    private int run() throws Exception {
        return runCommand.run(new RunOptions(inbox.root(), 2018, out));
    }

    private List<String> countyRow() throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("county-summary-2018.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFF公开渠道和领域,政府网站,通过其他方式公开,规范性文件,试点领域,重点领域,在线调查,依申请公开");
        assertThat(lines).hasSize(2);
        return List.of(lines.get(1).split(","));
    }

    @Test
    void computesEveryFigureOfTheCountyRow() throws Exception {
        assertThat(run()).isZero();

        // A by index number, B by URL, C by title; the look-alikes with different 文号 stay apart.
        assertThat(countyRow()).containsExactly("数量", "6", "5", "1", "1", "1", "1", "2");
        Map<String, Object> totals = jdbc.queryForMap("SELECT distinct_items, policy_interpretations FROM county_figures WHERE year = 2018");
        assertThat(totals).containsEntry("distinct_items", 8).containsEntry("policy_interpretations", 1);
        assertThat(jdbc.queryForObject("SELECT row_count FROM item WHERE title = '健康扶贫政策'", Integer.class))
                .as("the chain 卫健局 ~ 民政局 ~ 水务局 is one item").isEqualTo(3);
        Map<String, String> columns = Map.of("政府网站", "website", "通过其他方式公开", "other_channels",
                "规范性文件", "normative_documents", "试点领域", "pilot_areas", "重点领域", "key_areas", "在线调查", "online_surveys");
        columns.forEach((figure, column) -> assertThat(
                jdbc.queryForObject("SELECT count(*) FROM v_figure_items WHERE year = 2018 AND figure = ?", Integer.class, figure))
                .as("lineage of %s", figure)
                .isEqualTo(jdbc.queryForObject("SELECT " + column + " FROM county_figures WHERE year = 2018", Integer.class)));
        assertThat(jdbc.queryForObject("""
                SELECT count(DISTINCT s.file || s.row) FROM v_figure_items f JOIN v_item_sources s USING (item_id)
                 WHERE f.year = 2018 AND f.figure = '重点领域'""", Integer.class))
                .as("the source rows behind 重点领域: 财政局's row and 教育局's copy").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT request_key) FROM v_request_sources WHERE year = 2018", Integer.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT array_to_string(channels, ',') FROM item WHERE title = '2018年财政预算公开'",
                String.class)).as("the union of the merged rows' channels").isEqualTo("广播电视,政府网站");
    }

    @Test
    void writesOneLineOfItemsPerDistinctItemFlaggedAsTheCountyRowCountsIt() throws Exception {
        assertThat(run()).isZero();

        List<String[]> lines;
        try (com.opencsv.CSVReader csv = new com.opencsv.CSVReader(
                Files.newBufferedReader(out.resolve("items-2018.csv"), StandardCharsets.UTF_8))) {
            lines = csv.readAll();
        }
        assertThat(lines.get(0)).containsExactly("\uFEFF信息编号", "标题", "发布日期", "发布部门", "政府网站", "其他渠道",
                "规范性文件", "试点领域", "重点领域", "在线调查", "政策解读", "报送行数", "首次来源（文件、行）");
        List<String[]> items = lines.subList(1, lines.size());
        Map<String, Object> county = jdbc.queryForMap("SELECT * FROM county_figures WHERE year = 2018");
        assertThat(items).as("one line per distinct item of the year").hasSize((Integer) county.get("distinct_items"));
        assertThat(items).extracting(line -> Long.valueOf(line[0])).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        jdbc.queryForList("SELECT item_id FROM v_items WHERE year = 2018", Long.class));
        List<String> columns = List.of("website", "other_channels", "normative_documents", "pilot_areas", "key_areas",
                "online_surveys", "policy_interpretations");
        for (int i = 0; i < columns.size(); i++) {
            int column = 4 + i;
            assertThat(items).extracting(line -> line[column]).as("flag values of %s", lines.get(0)[column])
                    .containsOnly("是", "");
            assertThat(items.stream().filter(line -> line[column].equals("是")).count())
                    .as("%s flagged = county_figures.%s", lines.get(0)[column], columns.get(i))
                    .isEqualTo(((Integer) county.get(columns.get(i))).longValue());
        }
        assertThat(items).filteredOn(line -> line[1].equals("健康扶贫政策")).singleElement()
                .as("the chain 卫健局 ~ 民政局 ~ 水务局: three rows, the earliest gives the department and the place")
                .satisfies(line -> assertThat(line).containsExactly(line[0], "健康扶贫政策", "2018-07-01", "卫健局", "", "是",
                        "", "", "", "", "", "3", "卫健局/a.csv，第2行"));
        assertThat(items).filteredOn(line -> line[1].equals("2018年财政预算公开")).singleElement()
                .satisfies(line -> assertThat(line).containsExactly(line[0], "2018年财政预算公开", "2018-01-10", "财政局", "是",
                        "是", "", "", "是", "", "", "2", "财政局/2018年目录.csv，第2行"));
        assertThat(items).filteredOn(line -> line[1].equals("政策解读：规范性文件X")).singleElement()
                .as("a row of a workbook: its sheet too")
                .satisfies(line -> assertThat(line).containsExactly(line[0], "政策解读：规范性文件X", "2018-02-02", "教育局", "是",
                        "", "", "", "", "", "是", "1", "教育局/list.xlsx，工作表“目录”第7行"));
        assertThat(jdbc.queryForList("SELECT path FROM export_file WHERE part = 'contract'", String.class))
                .contains("items-2018.csv");
    }

    @Test
    void computesTheBreakdownsAndTheYearBefore() throws Exception {
        assertThat(run()).isZero();

        assertThat(jdbc.queryForList("SELECT month, distinct_items FROM month_figures WHERE year = 2018 AND distinct_items > 0 ORDER BY month"))
                .extracting(r -> r.get("month") + ":" + r.get("distinct_items"))
                .containsExactly("1:1", "2:2", "3:1", "5:1", "6:2", "7:1");
        assertThat(jdbc.queryForObject("SELECT sum(distinct_items) FROM month_figures WHERE year = 2018", Integer.class))
                .as("months add up to the distinct items").isEqualTo(8);
        assertThat(jdbc.queryForObject("SELECT distinct_items FROM channel_figures WHERE year = 2018 AND channel = '政务微信'", Integer.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT distinct_items FROM category_figures WHERE year = 2018 AND category = '财政预决算'", Integer.class))
                .isEqualTo(1);
        Map<String, Object> education = jdbc.queryForMap("SELECT * FROM department_figures WHERE year = 2018 AND department = '教育局'");
        assertThat(education).containsEntry("rows_reported", 6).containsEntry("distinct_items", 6).containsEntry("rejected_rows", 1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM county_figures WHERE year <> 2018", Integer.class))
                .as("a run computes its own year only, not the year of the stray 2017 row").isZero();
        assertThat(jdbc.queryForObject("SELECT 上年信息总数 FROM v_county_years WHERE 年度 = 2018", Integer.class)).isNull();
    }

    @Test
    void accountsForEveryRowAndReportsRejectedRowsWithFileRowAndReason() throws Exception {
        assertThat(run()).isZero();

        List<String> rejected = Files.readAllLines(out.resolve("rejected-2018.csv"), StandardCharsets.UTF_8);
        assertThat(rejected.get(0)).startsWith("\uFEFFfile,sheet,row,reason,message");
        assertThat(rejected).anySatisfy(line -> assertThat(line).startsWith("财政局/2018年目录.csv,,5,NO_TITLE,"));
        assertThat(rejected).anySatisfy(line -> assertThat(line).startsWith("教育局/list.xlsx,目录,10,BAD_DATE,")
                .contains("第10行"));
        assertThat(rejected).hasSize(3);

        List<Map<String, Object>> files = jdbc.queryForList(
                "SELECT rel_path, kind, rows_read, rows_accepted, rows_rejected, rows_skipped FROM source_file WHERE status = 'active'");
        assertThat(files).hasSize(7);
        for (Map<String, Object> file : files) {
            assertThat((Integer) file.get("rows_read")).as("accounting of %s", file.get("rel_path"))
                    .isEqualTo((Integer) file.get("rows_accepted") + (Integer) file.get("rows_rejected")
                            + (Integer) file.get("rows_skipped"));
        }
        assertThat(files).filteredOn(f -> f.get("rel_path").equals("财政局/2018年目录.csv")).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("rows_read", 8).containsEntry("rows_accepted", 5)
                        .containsEntry("rows_rejected", 1).containsEntry("rows_skipped", 2));
        assertThat(files).filteredOn(f -> f.get("rel_path").equals("教育局/说明.docx")).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("kind", "skipped"));
        assertThat(Files.readString(out.resolve("files-2018.csv"))).contains("教育局/说明.docx");
    }

    @Test
    void aSecondRunOnTheSameInboxGivesTheSameFiguresWithoutReadingAgain() throws Exception {
        assertThat(run()).isZero();
        List<String> first = countyRow();
        assertThat(run()).isZero();

        assertThat(countyRow()).isEqualTo(first);
        Map<String, Object> second = jdbc.queryForMap("SELECT files_loaded, files_unchanged FROM run ORDER BY id DESC LIMIT 1");
        assertThat(second).containsEntry("files_loaded", 0).containsEntry("files_unchanged", 7);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM item_row", Integer.class)).isEqualTo(14);
    }

    @Test
    void aSecondRunAtTheSameTimeIsRefused() throws Exception {
        try (java.sql.Connection other = dataSource.getConnection();
             java.sql.Statement st = other.createStatement()) {
            st.execute("SELECT pg_advisory_lock(7263001)");
            assertThat(run()).as("refused while another run holds the warehouse").isEqualTo(1);
            st.execute("SELECT pg_advisory_unlock(7263001)");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM run", Integer.class)).isZero();
        assertThat(run()).isZero();
    }

    @Test
    void aRunAfterACrashDiscardsHalfLoadedFilesAndMarksTheDeadExecutionFailed() throws Exception {
        assertThat(run()).isZero();
        List<String> clean = countyRow();
        // What a run killed during its load step leaves: a started execution, a file version still
        // loading with some of its rows, and the previous version still active.
        JobParameters crashed = new JobParametersBuilder().addLong("run.id", 999L).toJobParameters();
        JobExecution execution = jobRepository.createJobExecution(
                jobRepository.createJobInstance(RunJobConfiguration.JOB_NAME, crashed), crashed, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(java.time.LocalDateTime.now());
        jobRepository.update(execution);
        long runId = jdbc.queryForObject("INSERT INTO run (inbox, scope, year) VALUES ('x', 'x', 2018) RETURNING id", Long.class);
        long half = jdbc.queryForObject("""
                INSERT INTO source_file (scope, rel_path, department, sha256, size_bytes, fingerprint, status, loaded_run_id)
                VALUES ('x', '财政局/2018年目录.csv', '财政局', 'changed', 1, 'x', 'loading', ?) RETURNING id""", Long.class, runId);
        jdbc.update("""
                INSERT INTO item_row (file_id, sheet, row_no, department, title, title_norm, publish_date, channels, categories)
                VALUES (?, '', 2, '财政局', '半截', '半截', '2018-01-01', '{政府网站}', '{}')""", half);

        assertThat(run()).isZero();

        assertThat(countyRow()).isEqualTo(clean);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM source_file WHERE status = 'loading'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM item_row WHERE title = '半截'", Integer.class)).isZero();
        assertThat(jobRepository.getJobExecution(execution.getId()).getStatus()).isNotEqualTo(BatchStatus.STARTED);
        assertThat(jobRepository.findRunningJobExecutions(RunJobConfiguration.JOB_NAME)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT status FROM run WHERE id = ?", String.class, runId)).isEqualTo("FAILED");
    }

    @Test
    void aChangedFileReplacesWhatItContributed() throws Exception {
        assertThat(run()).isZero();
        inbox.csv("财政局/2018年目录.csv", List.of(ITEM_HEADER,
                List.of("1", "2018年财政预算公开", "2018-01-10", "政府网站", "财政预决算", "呼财发〔2018〕1号", "IDX-1", ""),
                List.of("2", "关于规范性文件X", "2018-02-01", "政府网站、微信公众号", "规范性文件", "", "", "http://www.huma.gov.cn/a/1"),
                List.of("3", "试点工作动态", "2018/3/1", "", "试点", "", "", "")));
        assertThat(run()).isZero();

        assertThat(countyRow()).as("the 在线调查 row is gone, the rejected row too")
                .containsExactly("数量", "5", "5", "1", "1", "1", "0", "2");
        assertThat(jdbc.queryForList("SELECT status FROM source_file WHERE rel_path = '财政局/2018年目录.csv' ORDER BY id", String.class))
                .containsExactly("replaced", "active");
        assertThat(Files.readAllLines(out.resolve("rejected-2018.csv"))).hasSize(2);
    }

    @Test
    void aFileGoneFromTheInboxIsWithdrawnAndItsHistoryKept() throws Exception {
        assertThat(run()).isZero();
        inbox.delete("教育局/list.xlsx");
        assertThat(run()).isZero();

        assertThat(countyRow()).containsExactly("数量", "4", "2", "1", "1", "1", "1", "2");
        assertThat(jdbc.queryForObject("SELECT status FROM source_file WHERE rel_path = '教育局/list.xlsx'", String.class))
                .isEqualTo("withdrawn");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM item_row r JOIN source_file f ON f.id = r.file_id WHERE f.rel_path = '教育局/list.xlsx'", Integer.class))
                .as("history stays in the warehouse").isEqualTo(6);
    }
}
