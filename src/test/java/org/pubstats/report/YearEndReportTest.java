package org.pubstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.figures.BreakdownFigures;
import org.pubstats.figures.ChannelSplit;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.Inbox;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The year-end outputs written from a warehouse loaded by the real job, read back with POI. */
class YearEndReportTest extends WarehouseTest {

    private static final List<String> ITEM_HEADER = List.of("序号", "信息标题", "发布日期", "公开渠道", "信息类别", "文号", "索引号", "链接");
    private static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil\",\"点我\")";

    @Autowired
    RunCommand runCommand;

    @Autowired
    YearEndReport report;

    @TempDir
    Path temp;

    Path out;

    @BeforeEach
    void loadWarehouse() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        out = temp.resolve("out");
        inbox.csv("财政局/2018年目录.csv", List.of(ITEM_HEADER,
                List.of("1", "2018年财政预算公开", "2018-01-10", "政府网站", "财政预决算", "呼财发〔2018〕1号", "IDX-1", ""),
                List.of("2", "关于规范性文件X", "2018-02-01", "政府网站、微信公众号", "规范性文件", "", "", "http://www.huma.gov.cn/a/1"),
                List.of("3", "政策解读：规范性文件X", "2018-02-03", "网站", "解读", "", "", ""),
                List.of("4", "", "2018-03-02", "网站", "", "", "", ""),
                List.of("5", "土地出让公告", "2018-05-05", "信鸽", "土地", "", "", ""),
                List.of("6", FORMULA_TITLE, "2018-05-06", "网站", "", "", "", "")));
        inbox.csv("教育局/目录.csv", List.of(ITEM_HEADER,
                List.of("1", "财政预算（教育局转载）", "2018-01-11", "电视", "", "", " idx-1 ", ""),
                List.of("2", "试点工作动态", "2018-03-01", "公告栏", "试点", "", "", ""),
                List.of("3", "问卷调查结果", "2018-11-20", "网站", "在线调查", "", "", ""),
                List.of("4", "HYPERLINK 点我", "2018-05-06", "网站", "神秘类别", "", "", ""),
                List.of("5", "财政预算公开", "2018年13月1日", "网站", "", "", "", "")));
        inbox.csv("水务局/c.csv", List.of(ITEM_HEADER,
                List.of("1", "防汛通知", "2018-07-02", "微信", "", "", "", ""),
                List.of("2", "", "2018-07-03", "微信", "", "", "", "")));
        inbox.csv("政务服务中心/依申请公开登记.csv", List.of(
                List.of("申请编号", "收到日期", "申请人类型", "办理结果"),
                List.of("YSQ-1", "2018-02-01", "自然人", "予以公开"),
                List.of("YSQ-2", "2018-03-01", "法人或其他组织", "予以公开"),
                List.of("YSQ-3", "2018-04-01", "自然人", "不予公开-国家秘密")));
        assertThat(runCommand.run(new RunOptions(inbox.root(), 2018, temp.resolve("run-out")))).isZero();
        // The review list is filled by the dedup step on another branch; stand in for it here.
        jdbc.update("""
                INSERT INTO review_pair (item_a, item_b, row_a, row_b, similarity)
                SELECT ma.item_id, mb.item_id, a.id, b.id, 0.8
                  FROM item_row a JOIN item_member ma ON ma.row_id = a.id, item_row b JOIN item_member mb ON mb.row_id = b.id
                 WHERE a.title = ? AND b.title = 'HYPERLINK 点我'""", FORMULA_TITLE);
    }

    @Test
    void theCountySheetHoldsTheCountyFiguresAsTheReportPrintsThem() throws Exception {
        List<Path> files = report.write(2018, out);
        assertThat(files.get(0)).isEqualTo(out.resolve("county-report-2018.xlsx"));
        Map<String, Object> figures = jdbc.queryForMap("SELECT * FROM county_figures WHERE year = 2018");

        try (XSSFWorkbook workbook = open(files.get(0))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("全县汇总");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2018年本县政府信息公开情况");
            assertThat(texts(sheet.getRow(1))).containsExactlyElementsOf(YearExports.COUNTY_HEADER);
            Row row = sheet.getRow(2);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("数量");
            List<Integer> numbers = new ArrayList<>();
            for (int c = 1; c <= 7; c++) {
                assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
                numbers.add((int) row.getCell(c).getNumericCellValue());
            }
            assertThat(numbers).containsExactly((Integer) figures.get("website"), (Integer) figures.get("other_channels"),
                    (Integer) figures.get("normative_documents"), (Integer) figures.get("pilot_areas"),
                    (Integer) figures.get("key_areas"), (Integer) figures.get("online_surveys"), (Integer) figures.get("requests"));
            assertThat(numbers).as("the inbox above").containsExactly(6, 5, 1, 1, 2, 1, 3);

            String all = allText(sheet);
            assertThat(all).contains("本年度报告中使用数据统计期限为2018年1月1日起至2018年12月31日止。")
                    .contains("政策解读 1").contains("解读率 100.0%").contains("信息总数（相同信息计1条） " + figures.get("distinct_items"))
                    .contains("2017年的数据没有用本系统统计过");
            assertThat(texts(sheet.getRow(3))).as("no run of 2017: no figures of the year before")
                    .containsExactly("上年数量", "—", "—", "—", "—", "—", "—", "—");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);

            assertThat(workbook.getSheet("国家格式表")).as("2018: before the national format, the county table alone").isNull();
            assertThat(workbook.getSheet("各部门表三")).isNull();
        }
    }

    @Test
    void theYearBeforeStandsBesideTheYearOnlyWhereItWasRun() throws Exception {
        jdbc.update("""
                INSERT INTO county_figures (year, run_id, website, other_channels, normative_documents, pilot_areas,
                    key_areas, online_surveys, requests, distinct_items, policy_interpretations)
                SELECT 2017, run_id, 11, 12, 13, 14, 15, 16, 17, 18, 13 FROM county_figures WHERE year = 2018""");
        try (XSSFWorkbook workbook = open(report.write(2018, out).get(0))) {
            assertThat(texts(workbook.getSheetAt(0).getRow(3))).as("figures of 2017, but no run of 2017")
                    .containsExactly("上年数量", "—", "—", "—", "—", "—", "—", "—");
        }
        jdbc.update("INSERT INTO run (inbox, scope, year, status) VALUES ('/x/inbox-2017', 'inbox-2017', 2017, 'COMPLETED')");
        try (XSSFWorkbook workbook = open(report.write(2018, out).get(0))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(texts(sheet.getRow(3))).containsExactly("上年数量", "11", "12", "13", "14", "15", "16", "17");
            assertThat(allText(sheet)).doesNotContain("没有用本系统统计过");
        }
    }

    @Test
    void theMonthChartIsANativeChartOverTheMonthTable() throws Exception {
        try (XSSFWorkbook workbook = open(report.write(2018, out).get(0))) {
            XSSFSheet sheet = workbook.getSheet("各月");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("1月");
            assertThat(sheet.getRow(13).getCell(0).getStringCellValue()).isEqualTo("12月");
            assertThat(sheet.getRow(6).getCell(1).getNumericCellValue()).as("May").isEqualTo(3);
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            assertThat(sheet.getDrawingPatriarch().getShapes()).as("no pictures").allMatch(s -> s instanceof org.apache.poi.xssf.usermodel.XSSFGraphicFrame);
            XDDFChartData data = charts.get(0).getChartSeries().get(0);
            assertThat(data.getSeriesCount()).isEqualTo(3);
            for (int s = 0; s < 3; s++) {
                String column = String.valueOf((char) ('B' + s));
                assertThat(data.getSeries(s).getValuesData().getDataRangeReference()).endsWith("!$" + column + "$3:$" + column + "$14");
                assertThat(data.getSeries(s).getCategoryData().getDataRangeReference()).endsWith("!$A$3:$A$14");
            }
        }
    }

    @Test
    void aDepartmentsFeedbackListsExactlyItsRejectedRows() throws Exception {
        List<Path> files = report.write(2018, out);
        Path feedback = out.resolve("feedback/教育局-2018.xlsx");
        assertThat(files).contains(feedback);
        assertThat(files).doesNotContain(out.resolve("feedback/政务服务中心-2018.xlsx"));

        List<List<String>> expected = jdbc.query("""
                SELECT file, coalesce(sheet, '') AS sheet, row, array_to_string(raw_cells, ' | ') AS raw, reason, message
                  FROM v_rejected WHERE department = '教育局' ORDER BY file, row""",
                (rs, n) -> List.of(rs.getString("file"), rs.getString("sheet"), rs.getString("row"),
                        rs.getString("raw"), org.pubstats.intake.ReasonCode.labelOf(rs.getString("reason")),
                        rs.getString("message")));
        assertThat(expected).hasSize(1);
        assertThat(expected.get(0).get(4)).as("the reason in words, not its code").isEqualTo("发布日期无法识别");
        try (XSSFWorkbook workbook = open(feedback)) {
            XSSFSheet rejected = workbook.getSheet("未采用的行");
            List<List<String>> actual = new ArrayList<>();
            for (int r = 2; r < 2 + expected.size(); r++) {
                actual.add(texts(rejected.getRow(r)));
            }
            assertThat(actual).isEqualTo(expected);
            assertThat(texts(workbook.getSheet("词典中没有的值").getRow(2))).containsExactly("信息类别", "神秘类别", "1");
            String unknown = allText(workbook.getSheet("词典中没有的值"));
            assertThat(unknown).as("what the department may write instead, from the dictionaries")
                    .contains("公开渠道可填：").contains("政府网站").contains("信息类别可填：").contains("规范性文件")
                    .contains("重点领域");
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                assertThat(allText(workbook.getSheetAt(s))).as("a department cannot edit the office's files")
                        .doesNotContain("jobs/");
            }
            assertThat(workbook.getSheet("待核查重复").getRow(2).getCell(10).getStringCellValue()).isEqualTo("HYPERLINK 点我");
        }
    }

    /** A department name no folder could carry (a 发布单位 cell could), with the breakdowns recomputed as a run would. */
    private void renameDepartment(String from, String to) {
        jdbc.update("UPDATE source_file SET department = ? WHERE department = ?", to, from);
        jdbc.update("UPDATE item_row SET department = ? WHERE department = ?", to, from);
        new BreakdownFigures(jdbc, new ChannelSplit("政府网站")).compute(2018);
    }

    @Test
    void textFromTheDataIsNeverAFormula() throws Exception {
        renameDepartment("水务局", "=1+2");
        List<Path> files = report.write(2018, out);
        try (XSSFWorkbook workbook = open(files.get(0))) {
            Cell title = workbook.getSheet("待核查重复").getRow(2).getCell(3);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo(FORMULA_TITLE);
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
            Cell department = workbook.getSheet("各部门").getRow(2).getCell(0);
            assertThat(department.getStringCellValue()).isEqualTo("=1+2");
            assertThat(department.getCellType()).isEqualTo(CellType.STRING);
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                    assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress()).isNotEqualTo(CellType.FORMULA))));
        }
        assertThat(files).contains(out.resolve("feedback/=1+2-2018.xlsx"));
    }

    @Test
    void departmentNamesAreSanitisedAsFileNames() throws Exception {
        renameDepartment("水务局", "../x");
        renameDepartment("财政局", "a/b");
        List<Path> files = report.write(2018, out);
        Path feedback = out.resolve("feedback");
        assertThat(files).contains(feedback.resolve("__x-2018.xlsx"), feedback.resolve("a_b-2018.xlsx"));
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.filter(Files::isRegularFile)).allMatch(p -> p.startsWith(out))
                    .noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
        try (XSSFWorkbook workbook = open(feedback.resolve("__x-2018.xlsx"))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).startsWith("../x 2018年");
        }
    }

    @Test
    void theDraftReportHasTheSixSectionsAndTheCountyTable() throws Exception {
        long start = System.nanoTime();
        List<Path> files = report.write(2018, out);
        System.out.printf("year-end report written in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        keepForLooking();
        assertThat(files.get(1)).isEqualTo(out.resolve("annual-report-2018.docx"));
        try (InputStream in = Files.newInputStream(files.get(1)); XWPFDocument doc = new XWPFDocument(in)) {
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains(AnnualReportDocument.SECTIONS).contains("【请填写：")
                    .contains("本年度报告中使用数据统计期限为2018年1月1日起至2018年12月31日止。")
                    .contains("政府网站主动公开各类政府信息6条").contains("解读率100%");
            XWPFTable county = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("公开渠道和领域")).findFirst().orElseThrow();
            List<String> values = county.getRow(1).getTableCells().stream().map(c -> c.getText()).toList();
            assertThat(values).containsExactly("数量", "6", "5", "1", "1", "2", "1", "3");
            assertThat(doc.getTables()).as("2018: the seed-style county table alone, no national tables").hasSize(1);
            assertThat(text).contains("本年度共受理政府信息公开申请3件。");
        }
    }

    /** -Dpubstats.keep-report=DIR keeps the outputs, to render and look at them. */
    private void keepForLooking() throws IOException {
        String keep = System.getProperty("pubstats.keep-report");
        if (keep != null) {
            try (Stream<Path> all = Files.walk(out)) {
                for (Path file : all.filter(Files::isRegularFile).toList()) {
                    Path target = Path.of(keep).resolve(out.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> texts(Row row) {
        DataFormatter format = new DataFormatter();
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(format.formatCellValue(cell)));
        return cells;
    }

    private static String allText(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> text.append(String.join(" ", texts(row)).replaceAll(" +", " ").strip()).append('\n'));
        return text.toString();
    }
}
