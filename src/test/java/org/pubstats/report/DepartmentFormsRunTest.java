package org.pubstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.intake.DepartmentForm;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.Inbox;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Department forms on a generated 2022 inbox: forms written for a roster of five departments, filled by the test with
 * POI as departments would, returned into the inbox (one in a folder of another name), one with Table 四's 总计 wrong,
 * one with bad figures, one not returned. The county Tables 二 and 四 must equal the sums counted here.
 */
class DepartmentFormsRunTest extends WarehouseTest {

    private static final List<String> ROSTER = List.of("财政局", "教育局", "水务局", "公安局", "民政局");
    private static final Path JOBS = jobsWithRoster();
    private static final int YEAR = 2022;
    private static final List<String> ITEM_HEADER = List.of("序号", "信息标题", "发布日期", "公开渠道", "信息类别");

    @DynamicPropertySource
    static void jobs(DynamicPropertyRegistry registry) {
        registry.add("pubstats.jobs-dir", JOBS::toString);
    }

    @Autowired
    RunCommand runCommand;

    @Autowired
    YearEndReport report;

    @Autowired
    DepartmentFormFiles formFiles;

    @TempDir
    Path temp;

    Inbox inbox;
    Path forms;
    Path out;

    /** What each returned form holds, as the test filled it: code → value; a String for a value that must be rejected. */
    final Map<String, Map<String, Object>> filled = new LinkedHashMap<>();

    @BeforeEach
    void inboxWithForms() {
        inbox = new Inbox(temp.resolve("inbox-2022"));
        forms = temp.resolve("forms");
        out = temp.resolve("out");
        for (String department : ROSTER) {
            inbox.csv(department + "/目录.csv", List.of(ITEM_HEADER,
                    List.of("1", department + "2022年工作要点", "2022-03-01", "政府网站", ""),
                    List.of("2", department + "关于规范性文件的通知", "2022-05-01", "政府网站", "规范性文件")));
            // one request carried over from 2021, one received and answered in 2022, one still open at the year's end
            inbox.csv(department + "/依申请公开登记.csv", List.of(List.of("申请编号", "申请人类型", "收到日期", "办理结果", "办结日期"),
                    List.of(department + "-1", "自然人", "2021-12-20", "同意公开", "2022-01-10"),
                    List.of(department + "-2", "商业企业", "2022-03-01", "部分公开", "2022-03-15"),
                    List.of(department + "-3", "自然人", "2022-12-20", "", "办理中")));
        }
        assertThat(formFiles.departments(YEAR)).isEqualTo(ROSTER);
        List<Path> written = formFiles.write(YEAR, forms);
        assertThat(written).hasSize(ROSTER.size());

        filled.put("财政局", consistent(1, true));
        filled.put("教育局", consistent(2, false));
        Map<String, Object> water = consistent(3, false);
        water.put(DepartmentForm.tableFourCode(0, 4), 5L); // 行政复议 总计 5, its four results 1 + 1 + 1 + 1
        water.put(DepartmentForm.tableFourCode(0, 0), 1L);
        water.put(DepartmentForm.tableFourCode(0, 1), 1L);
        water.put(DepartmentForm.tableFourCode(0, 2), 1L);
        water.put(DepartmentForm.tableFourCode(0, 3), 1L);
        filled.put("水务局", water);
        Map<String, Object> police = consistent(4, false);
        police.put("T2-01", -1L);        // negative
        police.put("T2-02", "三件");     // not a number
        police.put("T2-03", 1.5);       // a count with decimals
        police.put("T2-10", 1.234);     // 万元 with three decimals
        police.remove("T2-09");         // left blank
        filled.put("公安局", police);

        fill("财政局", "财政局/表二表四-财政局.xlsx");
        fill("教育局", "教育局/表二表四.xlsx");
        fill("水务局", "水务局/表二表四.xlsx");
        fill("公安局", "收回的填报表/公安局填报表.xlsx"); // recognised by its layout, not by its folder
    }

    @Test
    void returnedFormsAreReadSummedAndCheckedAndMissingOnesListed() throws Exception {
        assertThat(runCommand.run(new RunOptions(inbox.root(), YEAR, out))).isZero();

        // recognised as forms, every row accounted for
        List<Map<String, Object>> files = jdbc.queryForList(
                "SELECT rel_path, kind, rows_read, rows_accepted, rows_rejected, rows_skipped FROM source_file WHERE status = 'active' AND rel_path LIKE '%.xlsx' ORDER BY rel_path");
        assertThat(files).hasSize(4).allSatisfy(f -> {
            assertThat(f.get("kind")).isEqualTo("form");
            assertThat((Integer) f.get("rows_read")).isEqualTo((Integer) f.get("rows_accepted") + (Integer) f.get("rows_rejected")
                    + (Integer) f.get("rows_skipped"));
        });
        Map<String, Object> police = files.stream().filter(f -> f.get("rel_path").toString().startsWith("收回")).findFirst().orElseThrow();
        assertThat(police.get("rows_accepted")).isEqualTo(25 - 5);
        assertThat(police.get("rows_rejected")).isEqualTo(4);

        // a form belongs to the department it names, not to the folder it lies in: no feedback for a folder of forms
        assertThat(jdbc.queryForObject("SELECT department FROM source_file WHERE status = 'active' AND rel_path LIKE '收回%'",
                String.class)).isEqualTo("公安局");
        assertThat(out.resolve("feedback/收回的填报表-2022.xlsx")).doesNotExist();
        assertThat(out.resolve("feedback/公安局-2022.xlsx")).exists();

        // rejects with file, sheet and row
        List<String> rejected = Files.readAllLines(out.resolve("rejected-2022.csv"), StandardCharsets.UTF_8);
        assertThat(rejected.stream().filter(l -> l.contains("公安局填报表"))).hasSize(4);
        assertThat(rejected).anySatisfy(l -> assertThat(l).contains("收回的填报表/公安局填报表.xlsx," + DepartmentForm.SHEET + ","
                + row("T2-01") + ",NEGATIVE_NUMBER"));
        assertThat(rejected).anySatisfy(l -> assertThat(l).contains("," + row("T2-02") + ",NOT_A_NUMBER"));
        assertThat(rejected).anySatisfy(l -> assertThat(l).contains("," + row("T2-03") + ",NOT_WHOLE_NUMBER"));
        assertThat(rejected).anySatisfy(l -> assertThat(l).contains("," + row("T2-10") + ",TOO_MANY_DECIMALS"));

        // the analyst view: the police's form under its own name
        assertThat(jdbc.queryForObject("SELECT count(*) FROM v_department_forms WHERE department = '公安局' AND year = 2022",
                Integer.class)).isEqualTo(20);

        assertCountyTablesAreTheSums();
        assertTheNationalTablesAreComplete();
        try (InputStream in = Files.newInputStream(out.resolve("county-report-2022.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            String side = allText(workbook.getSheet(DepartmentFormsSheet.NAME));
            assertThat(side).contains("民政局 未报回").contains("财政局 已报回").contains("相符")
                    .contains("行政复议：总计 5 ≠ 结果维持 1 + 结果纠正 1 + 其他结果 1 + 尚未审结 1 = 4");
        }
        String summary = RunSummary.forms(jdbc, YEAR, JOBS);
        assertThat(summary).contains("已报回 4 个部门，未报回 1 个：民政局")
                .contains("表四总计不符：水务局（水务局/表二表四.xlsx）行政复议：总计 5 ≠");

        // resubmission: the water office sends a corrected form under another name, the finance office changes its file
        Map<String, Object> corrected = consistent(7, false);
        filled.put("水务局", corrected);
        fill("水务局", "水务局/表二表四（更正）.xlsx");
        Map<String, Object> finance = consistent(9, true);
        filled.put("财政局", finance);
        fill("财政局", "财政局/表二表四-财政局.xlsx");
        assertThat(runCommand.run(new RunOptions(inbox.root(), YEAR, out))).isZero();
        assertThat(jdbc.queryForObject("SELECT rel_path FROM counted_form WHERE department = '水务局' AND year = 2022", String.class))
                .isEqualTo("水务局/表二表四（更正）.xlsx");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM source_file WHERE rel_path = '财政局/表二表四-财政局.xlsx' AND status = 'replaced'",
                Integer.class)).isEqualTo(1);
        assertThat(RunSummary.forms(jdbc, YEAR, JOBS)).doesNotContain("表四总计不符");
        assertCountyTablesAreTheSums();
        assertDepartmentDraftsShowTheirOwnForms();
        keepForLooking();
    }

    /** -Dpubstats.keep-report=DIR keeps the outputs and the forms, to render and look at them. */
    private void keepForLooking() throws IOException {
        String keep = System.getProperty("pubstats.keep-report");
        if (keep == null) {
            return;
        }
        for (Path root : List.of(out, forms)) {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path file : all.filter(Files::isRegularFile).toList()) {
                    Path target = Path.of(keep).resolve(root.getFileName().toString()).resolve(root.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The county's Tables 二 and 四 in the workbook and the draft equal the sums of the accepted figures, counted here. */
    private void assertCountyTablesAreTheSums() throws IOException {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (DepartmentForm.Figure f : DepartmentForm.figures(YEAR)) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Map<String, Object> form : filled.values()) {
                Object v = form.get(f.code());
                if (v instanceof Long l && l >= 0) {
                    sum = sum.add(BigDecimal.valueOf(l));
                } else if (v instanceof Double d && f.kind() == DepartmentForm.Kind.AMOUNT && BigDecimal.valueOf(d).scale() <= 2) {
                    sum = sum.add(BigDecimal.valueOf(d));
                }
            }
            sums.put(f.code(), sum);
        }
        try (InputStream in = Files.newInputStream(out.resolve("county-report-2022.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            String national = allText(workbook.getSheet("国家格式表"));
            assertThat(national).contains("规章 " + n(sums, "T2-01") + " " + n(sums, "T2-02") + " " + n(sums, "T2-03"))
                    .contains("行政规范性文件 " + n(sums, "T2-04") + " " + n(sums, "T2-05") + " " + n(sums, "T2-06"))
                    .contains("行政许可 " + n(sums, "T2-07"))
                    .contains("行政处罚 " + n(sums, "T2-08"))
                    .contains("行政强制 " + n(sums, "T2-09"))
                    .contains("本年信息目录中公开的规范性文件5条");
            for (int b = 0; b < 3; b++) {
                StringBuilder line = new StringBuilder(DepartmentForm.TABLE_FOUR_BLOCKS.get(b));
                for (int r = 0; r < 5; r++) {
                    line.append(' ').append(n(sums, DepartmentForm.tableFourCode(b, r)));
                }
                assertThat(national).contains(line.toString());
            }
            assertThat(national).contains("行政事业性收费 " + sums.get("T2-10").setScale(2).stripTrailingZeros().toPlainString());
        }
        try (InputStream in = Files.newInputStream(out.resolve("annual-report-2022.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable four = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("行政复议")).findFirst().orElseThrow();
            List<String> expected = new ArrayList<>();
            for (DepartmentForm.Figure f : DepartmentForm.tableFour()) {
                expected.add(n(sums, f.code()));
            }
            assertThat(four.getRow(2).getTableCells().stream().map(c -> c.getText()).toList()).isEqualTo(expected);
            XWPFTable fees = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("第二十条第（八）项")).findFirst().orElseThrow();
            assertThat(fees.getRow(2).getCell(1).getText()).isEqualTo(sums.get("T2-10").setScale(2).toPlainString());
            XWPFTable normative = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("第二十条第（一）项")).findFirst().orElseThrow();
            assertThat(normative.getRow(3).getCell(1).getText()).isEqualTo(n(sums, "T2-04"));
        }
    }

    /**
     * With request logs and forms from most departments, the county's national tables are complete: no cell of Tables
     * 二, 三 and 四 is left "—", Table 三's rules hold (5 departments: each one request carried over, two received, two
     * answered, one carried forward), and table3-2022.csv says the same.
     */
    private void assertTheNationalTablesAreComplete() throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve("county-report-2022.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet national = workbook.getSheet("国家格式表");
            DataFormatter formatter = new DataFormatter();
            for (Row row : national) {
                for (Cell cell : row) {
                    assertThat(formatter.formatCellValue(cell)).as("%s", cell.getAddress()).isNotEqualTo("—");
                }
            }
            assertThat(allText(national)).contains("均相符").doesNotContain("勾稽关系不符");
        }
        assertThat(Files.readAllLines(out.resolve("table3-2022.csv"), StandardCharsets.UTF_8)).contains(
                "一、本年新收政府信息公开申请数量,5,5,0,0,0,0,10",
                "二、上年结转政府信息公开申请数量,5,0,0,0,0,0,5",
                "（七）总计,5,5,0,0,0,0,10",
                "四、结转下年度继续办理,5,0,0,0,0,0,5");
    }

    /**
     * Each department's own draft shows its own form's Tables 二 and 四 (as the test filled it); the department that
     * has not returned one shows "—" and says so.
     */
    private void assertDepartmentDraftsShowTheirOwnForms() throws IOException {
        for (String department : List.of("财政局", "教育局")) {
            Map<String, Object> form = filled.get(department);
            try (InputStream in = Files.newInputStream(out.resolve("departments/annual-report-" + department + "-2022.docx"));
                 XWPFDocument doc = new XWPFDocument(in)) {
                XWPFTable four = doc.getTables().stream()
                        .filter(t -> t.getRow(0).getCell(0).getText().equals("行政复议")).findFirst().orElseThrow();
                List<String> expected = new ArrayList<>();
                for (DepartmentForm.Figure f : DepartmentForm.tableFour()) {
                    expected.add(form.get(f.code()).toString());
                }
                assertThat(four.getRow(2).getTableCells().stream().map(c -> c.getText()).toList()).as(department)
                        .isEqualTo(expected);
                XWPFTable normative = doc.getTables().stream()
                        .filter(t -> t.getRow(0).getCell(0).getText().equals("第二十条第（一）项")).findFirst().orElseThrow();
                assertThat(normative.getRow(3).getCell(1).getText()).as(department).isEqualTo(form.get("T2-04").toString());
                assertThat(text(doc)).contains("表二、表四为本机关报回的填报表");
            }
        }
        try (InputStream in = Files.newInputStream(out.resolve("departments/annual-report-民政局-2022.docx"));
             XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable four = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("行政复议")).findFirst().orElseThrow();
            assertThat(four.getRow(2).getTableCells()).allSatisfy(c -> assertThat(c.getText()).isEqualTo("—"));
            assertThat(text(doc)).contains("本机关尚未报回表二、表四填报表");
        }
    }

    private static String text(XWPFDocument doc) {
        StringBuilder all = new StringBuilder();
        doc.getParagraphs().forEach(p -> all.append(p.getText()).append('\n'));
        return all.toString();
    }

    /** A form whose Table 四 holds: each figure derived from {@code seed}, the 总计 the sum of the four results. */
    private static Map<String, Object> consistent(int seed, boolean fees) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (DepartmentForm.Figure f : DepartmentForm.tableTwo(YEAR)) {
            if (f.kind() == DepartmentForm.Kind.AMOUNT) {
                values.put(f.code(), fees ? 20.3 + seed : 0.0);
            } else {
                values.put(f.code(), (long) (seed + f.code().hashCode() % 7 + 7));
            }
        }
        for (int b = 0; b < 3; b++) {
            long total = 0;
            for (int r = 0; r < 4; r++) {
                long v = (seed + b + r) % 3;
                values.put(DepartmentForm.tableFourCode(b, r), v);
                total += v;
            }
            values.put(DepartmentForm.tableFourCode(b, 4), total);
        }
        return values;
    }

    /** Fills the department's written form as the department would (in Excel: typed into column G) and returns it. */
    private void fill(String department, String relPath) {
        Path form = forms.resolve(DepartmentFormWorkbook.fileName(department, YEAR));
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(DepartmentForm.SHEET);
            Map<String, Object> values = filled.get(department);
            for (int r = DepartmentForm.HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Object v = values.get(row.getCell(0).getStringCellValue());
                Cell cell = row.getCell(DepartmentForm.VALUE_COLUMN);
                if (v instanceof Long l) {
                    cell.setCellValue(l);
                } else if (v instanceof Double d) {
                    cell.setCellValue(d);
                } else if (v instanceof String s) {
                    cell.setCellValue(s);
                } else {
                    cell.setBlank();
                }
            }
            Path target = inbox.root().resolve(relPath);
            Files.createDirectories(target.getParent());
            try (OutputStream o = Files.newOutputStream(target)) {
                workbook.write(o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based row of a figure on the form. */
    private static int row(String code) {
        List<DepartmentForm.Figure> figures = DepartmentForm.figures(YEAR);
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i).code().equals(code)) {
                return DepartmentForm.HEADER_ROW + 1 + i;
            }
        }
        throw new IllegalArgumentException(code);
    }

    private static String n(Map<String, BigDecimal> sums, String code) {
        return sums.get(code).toBigInteger().toString();
    }

    static String allText(XSSFSheet sheet) {
        DataFormatter formatter = new DataFormatter();
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                String value = formatter.formatCellValue(cell);
                if (!value.isBlank()) {
                    cells.add(value);
                }
            }
            text.append(String.join(" ", cells)).append('\n');
        }
        return text.toString();
    }

    private static Path jobsWithRoster() {
        try {
            Path copy = Files.createTempDirectory("pubstats-jobs");
            try (Stream<Path> files = Files.list(Path.of("jobs"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, copy.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.writeString(copy.resolve("departments.csv"), "部门,报送频次\n" + String.join(",每年\n", ROSTER) + ",每年\n");
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
