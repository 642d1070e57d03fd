package org.pubstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.Inbox;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Table 三 from generated request logs for 2022 (the 2021 format): requests received in 2020, 2021 and 2022, completed
 * in 2021, 2022 or 2023, or still open, with every applicant type and every outcome row, some written as offices write
 * them, a request listed twice. The expected table is counted here, by hand from the generated requests and the
 * test's own word lists — not by the code under test — and compared with table3-2022.csv, the warehouse (v_table3),
 * the workbook, and the county's and each department's draft (read back with POI, and through LibreOffice where it is
 * installed).
 */
class TableThreeFromLogsTest extends WarehouseTest {

    private static final int YEAR = 2022;
    private static final List<String> COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
    private static final List<String> DEPARTMENTS = List.of("财政局", "教育局", "水务局");

    /** Applicant words and their column, as the test knows them. */
    private static final Map<String, String> APPLICANT_WORDS = new LinkedHashMap<>();
    /** Outcome words and the csv label of their row, as the test knows them. */
    private static final Map<String, String> OUTCOME_WORDS = new LinkedHashMap<>();

    static {
        String[][] applicants = {{"自然人", "自然人"}, {"个人", "自然人"}, {"商业企业", "商业企业"}, {"企业", "商业企业"},
                {"科研机构", "科研机构"}, {"社会公益组织", "社会公益组织"}, {"法律服务机构", "法律服务机构"},
                {"律师事务所", "法律服务机构"}, {"其他", "其他"}, {"法人或其他组织", "其他"}};
        for (String[] a : applicants) {
            APPLICANT_WORDS.put(a[0], a[1]);
        }
        String[][] outcomes = {
                {"（一）予以公开", "（一）予以公开"}, {"同意公开", "（一）予以公开"}, {"部分公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
                {"不予公开-国家秘密", "（三）1.属于国家秘密"}, {"其他法律行政法规禁止公开", "（三）2.其他法律行政法规禁止公开"},
                {"危及“三安全一稳定”", "（三）3.危及“三安全一稳定”"}, {"保护第三方合法权益", "（三）4.保护第三方合法权益"},
                {"属于三类内部事务信息", "（三）5.属于三类内部事务信息"}, {"属于四类过程性信息", "（三）6.属于四类过程性信息"},
                {"属于行政执法案卷", "（三）7.属于行政执法案卷"}, {"属于行政查询事项", "（三）8.属于行政查询事项"},
                {"信息不存在", "（四）1.本机关不掌握相关政府信息"}, {"非本机关掌握", "（四）1.本机关不掌握相关政府信息"},
                {"没有现成信息需要另行制作", "（四）2.没有现成信息需要另行制作"}, {"补正后申请内容仍不明确", "（四）3.补正后申请内容仍不明确"},
                {"信访类", "（五）1.信访举报投诉类申请"}, {"重复申请", "（五）2.重复申请"}, {"要求提供公开出版物", "（五）3.要求提供公开出版物"},
                {"无正当理由大量反复申请", "（五）4.无正当理由大量反复申请"},
                {"要求行政机关确认或重新出具已获取信息", "（五）5.要求行政机关确认或重新出具已获取信息"},
                {"逾期不补正", "（六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
                {"逾期未缴费", "（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
                {"其他处理", "（六）3.其他"}};
        for (String[] o : outcomes) {
            OUTCOME_WORDS.put(o[0], o[1]);
        }
    }

    /** The csv labels of Table 三 in the 2021 format, in order, written out here from the format reference (§3.4). */
    private static final List<String> LABELS_2021 = List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
            "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）1.属于国家秘密", "（三）2.其他法律行政法规禁止公开",
            "（三）3.危及“三安全一稳定”", "（三）4.保护第三方合法权益", "（三）5.属于三类内部事务信息", "（三）6.属于四类过程性信息",
            "（三）7.属于行政执法案卷", "（三）8.属于行政查询事项", "（四）1.本机关不掌握相关政府信息", "（四）2.没有现成信息需要另行制作",
            "（四）3.补正后申请内容仍不明确", "（五）1.信访举报投诉类申请", "（五）2.重复申请", "（五）3.要求提供公开出版物",
            "（五）4.无正当理由大量反复申请", "（五）5.要求行政机关确认或重新出具已获取信息",
            "（六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "（六）3.其他", "（七）总计",
            "四、结转下年度继续办理");

    /** A generated request row: completion is a date, or "办理中", or "" (none written). */
    record Req(String department, String number, String applicant, LocalDate received, String outcome, String completion) {}

    @Autowired
    RunCommand runCommand;

    @Autowired
    YearEndReport report;

    @TempDir
    Path temp;

    Path out;
    List<Req> requests;

    @BeforeEach
    void runTheInbox() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        out = temp.resolve("out");
        requests = generate();
        for (String department : DEPARTMENTS) {
            inbox.csv(department + "/目录.csv", List.of(List.of("信息标题", "发布日期", "公开渠道", "信息类别"),
                    List.of(department + "工作动态", "2022-03-01", "政府网站", ""),
                    List.of(department + "规范性文件", "2022-04-01", "政府网站、政务微信", "规范性文件")));
            List<List<String>> log = new ArrayList<>(List.of(List.of("申请编号", "申请人类型", "收到日期", "办理结果", "办结日期")));
            for (Req r : requests) {
                if (r.department().equals(department)) {
                    log.add(List.of(r.number(), r.applicant(), r.received().toString(), r.outcome(), r.completion()));
                }
            }
            if (department.equals("水务局")) {
                // words no dictionary knows, and a completed request without an outcome: rejected, with reasons
                log.add(List.of("SW-X1", "外星人", "2022-05-01", "同意公开", "2022-05-10"));
                log.add(List.of("SW-X2", "自然人", "2022-05-02", "不同意", "2022-05-11"));
                log.add(List.of("SW-X3", "自然人", "2022-05-03", "", "2022-05-12"));
                log.add(List.of("SW-X4", "自然人", "2022-05-04", "同意公开", "下周"));
            }
            inbox.xlsx(department + "/依申请公开登记台账.xlsx", log);
        }
        // a log with a status column instead of a completion date
        inbox.csv("财政局/办理状态.csv", List.of(List.of("受理编号", "申请日期", "申请人类别", "答复结果", "办理状态"),
                List.of("CZ-S1", "2022-11-20", "企业", "", "办理中"),
                List.of("CZ-S2", "2022-02-20", "科研机构", "部分公开", "已办结")));
        requests.add(new Req("财政局", "CZ-S1", "企业", LocalDate.of(2022, 11, 20), "", "办理中"));
        requests.add(new Req("财政局", "CZ-S2", "科研机构", LocalDate.of(2022, 2, 20), "部分公开", "RECEIVED"));
        assertThat(runCommand.run(new RunOptions(inbox.root(), YEAR, out))).isZero();
    }

    /** Every outcome word with every applicant word in turn, across the years, plus open ones and a repeated row. */
    private static List<Req> generate() {
        Random random = new Random(14);
        List<String> applicants = new ArrayList<>(APPLICANT_WORDS.keySet());
        List<String> outcomes = new ArrayList<>(OUTCOME_WORDS.keySet());
        List<Req> rows = new ArrayList<>();
        int n = 0;
        // every outcome word once in 2022, with the applicant words in turn
        for (int i = 0; i < outcomes.size(); i++) {
            String department = DEPARTMENTS.get(i % DEPARTMENTS.size());
            LocalDate received = LocalDate.of(2022, 1 + i % 12, 1 + i);
            rows.add(new Req(department, "YSQ-" + department.charAt(0) + "-" + (++n), applicants.get(i % applicants.size()),
                    received, outcomes.get(i), received.plusDays(10).toString()));
        }
        for (int i = 0; i < 150; i++) {
            String department = DEPARTMENTS.get(i % DEPARTMENTS.size());
            String applicant = applicants.get(i % applicants.size());
            LocalDate received = LocalDate.of(2020 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String outcome = outcomes.get(i % outcomes.size());
            String completion;
            int kind = random.nextInt(6);
            if (kind == 0) {
                outcome = "";
                completion = random.nextBoolean() ? "办理中" : ""; // open
            } else {
                LocalDate done = received.plusDays(1 + random.nextInt(kind == 1 ? 400 : 40));
                completion = done.toString();
            }
            rows.add(new Req(department, "YSQ-" + department.charAt(0) + "-" + (++n), applicant, received, outcome, completion));
        }
        // one request listed twice: first open, then completed (the same number): counted once, completed in 2022
        rows.add(new Req("教育局", "YSQ-DUP", "自然人", LocalDate.of(2021, 12, 20), "", "办理中"));
        rows.add(new Req("教育局", "YSQ-DUP", "自然人", LocalDate.of(2021, 12, 20), "同意公开", "2022-01-05"));
        return rows;
    }

    /** The expected Table 三 of a department (or all, when null), counted from the generated requests. */
    private Map<String, int[]> expected(String department, int year) {
        Map<String, List<Req>> byRequest = new TreeMap<>();
        for (Req r : requests) {
            if (department == null || r.department().equals(department)) {
                byRequest.computeIfAbsent(r.department() + "|" + r.number(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, int[]> table = new LinkedHashMap<>();
        LABELS_2021.forEach(l -> table.put(l, new int[7]));
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        for (List<Req> rows : byRequest.values()) {
            Req first = rows.get(0);
            LocalDate received = rows.stream().map(Req::received).min(LocalDate::compareTo).orElseThrow();
            LocalDate completed = null;
            String outcome = null;
            for (Req r : rows) {
                LocalDate done = r.completion().equals("RECEIVED") ? r.received()
                        : r.completion().matches("\\d{4}-\\d\\d-\\d\\d") ? LocalDate.parse(r.completion()) : null;
                if (done != null && (completed == null || !done.isBefore(completed))) {
                    completed = done;
                    outcome = OUTCOME_WORDS.get(r.outcome());
                }
            }
            int column = COLUMNS.indexOf(APPLICANT_WORDS.get(first.applicant()));
            List<String> lines = new ArrayList<>();
            if (!received.isBefore(start) && !received.isAfter(end)) {
                lines.add("一、本年新收政府信息公开申请数量");
            }
            if (received.isBefore(start) && (completed == null || !completed.isBefore(start))) {
                lines.add("二、上年结转政府信息公开申请数量");
            }
            if (completed != null && !completed.isBefore(start) && !completed.isAfter(end)) {
                lines.add(outcome);
                lines.add("（七）总计");
            }
            if (!received.isAfter(end) && (completed == null || completed.isAfter(end))) {
                lines.add("四、结转下年度继续办理");
            }
            for (String line : lines) {
                table.get(line)[column]++;
                table.get(line)[6]++;
            }
        }
        return table;
    }

    private static List<String> csvLines(Map<String, int[]> table) {
        List<String> lines = new ArrayList<>();
        table.forEach((label, values) -> lines.add(label + "," + String.join(",", Arrays.stream(values).mapToObj(Integer::toString).toList())));
        return lines;
    }

    @Test
    void theGenerationCoversEveryColumnOutcomeAndCarryOver() {
        Map<String, int[]> county = expected(null, YEAR);
        for (String label : LABELS_2021) {
            assertThat(county.get(label)[6]).as(label).isPositive();
        }
        for (int c = 0; c < 6; c++) {
            assertThat(county.get("一、本年新收政府信息公开申请数量")[c]).as(COLUMNS.get(c)).isPositive();
        }
    }

    @Test
    void table3CsvIsTheHandCount() throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("table3-" + YEAR + ".csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFF行,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计");
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(csvLines(expected(null, YEAR)));
    }

    /** 2020 is in the 2019 trial format: （六）其他处理 is one row, the sum of the 2021 format's three. */
    @Test
    void the2019TrialFormatPrintsOtherHandlingAsOneRow() throws Exception {
        Path out2020 = temp.resolve("out-2020");
        assertThat(runCommand.run(new RunOptions(temp.resolve("inbox"), 2020, out2020))).isZero();
        Map<String, int[]> trial = new LinkedHashMap<>();
        int[] other = new int[7];
        expected(null, 2020).forEach((label, values) -> {
            if (label.startsWith("（六）")) {
                for (int c = 0; c < 7; c++) {
                    other[c] += values[c];
                }
                trial.putIfAbsent("（六）其他处理", other);
            } else {
                trial.put(label, values);
            }
        });
        assertThat(trial).hasSize(LABELS_2021.size() - 2);
        List<String> lines = Files.readAllLines(out2020.resolve("table3-2020.csv"), StandardCharsets.UTF_8);
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(csvLines(trial));
        assertThat(out2020.resolve("departments").resolve("annual-report-财政局-2020.docx")).isRegularFile();
    }

    @Test
    void theWarehouseHoldsEachDepartmentsTableAsCountedByHand() {
        for (String department : DEPARTMENTS) {
            List<String> stored = jdbc.query("""
                    SELECT row_label, natural_person, business, research, public_interest, legal_services, other, total
                      FROM v_table3 WHERE year = ? AND department = ? ORDER BY row_order""",
                    (rs, n) -> {
                        List<String> cells = new ArrayList<>(List.of(rs.getString(1)));
                        for (int c = 2; c <= 8; c++) {
                            cells.add(Integer.toString(rs.getInt(c)));
                        }
                        return String.join(",", cells);
                    }, YEAR, department);
            assertThat(stored).as(department).containsExactlyElementsOf(csvLines(expected(department, YEAR)));
        }
        assertThat(jdbc.queryForObject("SELECT requests FROM county_figures WHERE year = ?", Integer.class, YEAR))
                .as("the county row's 依申请公开 is Table 三's 一")
                .isEqualTo(expected(null, YEAR).get("一、本年新收政府信息公开申请数量")[6]);
    }

    @Test
    void unknownWordsAreRejectedWithReasons() throws Exception {
        List<String> rejected = Files.readAllLines(out.resolve("rejected-" + YEAR + ".csv"), StandardCharsets.UTF_8);
        String file = "水务局/依申请公开登记台账.xlsx";
        int base = (int) requests.stream().filter(r -> r.department().equals("水务局") && !r.number().startsWith("CZ")).count() + 1;
        assertThat(rejected).anySatisfy(l -> assertThat(l).startsWith(file + ",目录," + (base + 1) + ",UNKNOWN_APPLICANT,")
                        .contains("申请人类型“外星人”"))
                .anySatisfy(l -> assertThat(l).startsWith(file + ",目录," + (base + 2) + ",UNKNOWN_OUTCOME,").contains("办理结果“不同意”"))
                .anySatisfy(l -> assertThat(l).startsWith(file + ",目录," + (base + 3) + ",NO_OUTCOME,").contains("已办结的申请应填写办理结果"))
                .anySatisfy(l -> assertThat(l).startsWith(file + ",目录," + (base + 4) + ",BAD_COMPLETION_DATE,").contains("办结日期“下周”"));
    }

    @Test
    void aBrokenRuleIsListedWithTheRuleAndTheNumbers() throws Exception {
        assertThat(TableThreeSummary.render(jdbc, YEAR)).contains("全县和各部门均相符");
        // the stored figures changed behind the job's back: 教育局's 自然人 received one more
        jdbc.update("""
                UPDATE request_figures SET requests = requests + 1
                 WHERE year = ? AND department = '教育局' AND line = '一' AND applicant = '自然人'""", YEAR);
        Map<String, int[]> education = expected("教育局", YEAR);
        int one = education.get("一、本年新收政府信息公开申请数量")[0] + 1;
        int two = education.get("二、上年结转政府信息公开申请数量")[0];
        int seven = education.get("（七）总计")[0];
        int four = education.get("四、结转下年度继续办理")[0];
        String stated = "自然人列 一 + 二 = 三（七）+ 四不成立（" + one + " + " + two + " = " + (one + two) + "，" + seven + " + " + four
                + " = " + (seven + four) + "）";
        String summary = TableThreeSummary.render(jdbc, YEAR);
        assertThat(summary).contains("教育局：" + stated).contains("教育局：“一、本年新收政府信息公开申请数量”行 总计 = 六类申请人之和不成立")
                .doesNotContain("财政局：");
        report.write(YEAR, out);
        try (InputStream in = Files.newInputStream(out.resolve("county-report-" + YEAR + ".xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("各部门表三");
            DataFormatter format = new DataFormatter();
            Map<String, String> checks = new LinkedHashMap<>();
            for (Row row : sheet) {
                if (row.getRowNum() >= 3 && row.getCell(0) != null && row.getCell(LABELS_2021.size() + 1) != null) {
                    checks.put(format.formatCellValue(row.getCell(0)), format.formatCellValue(row.getCell(LABELS_2021.size() + 1)));
                }
            }
            assertThat(checks).containsEntry("全县", "相符").containsEntry("财政局", "相符").containsEntry("水务局", "相符");
            assertThat(checks.get("教育局")).startsWith("不符：").contains("自然人列 一 + 二 = 三（七）+ 四");
            StringBuilder all = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> all.append(format.formatCellValue(cell)).append('\n')));
            assertThat(all.toString()).contains("勾稽关系不符：教育局：" + stated);
        }
    }

    @Test
    void theWorkbookShowsTheCountyTableAndEveryDepartmentSideBySide() throws Exception {
        try (InputStream in = Files.newInputStream(out.resolve("county-report-" + YEAR + ".xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            DataFormatter format = new DataFormatter();
            XSSFSheet side = workbook.getSheet("各部门表三");
            assertThat(format.formatCellValue(side.getRow(2).getCell(1))).isEqualTo(LABELS_2021.get(0));
            Map<String, List<String>> lines = new LinkedHashMap<>();
            for (int r = 3; r < 3 + 1 + DEPARTMENTS.size(); r++) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= LABELS_2021.size(); c++) {
                    values.add(format.formatCellValue(side.getRow(r).getCell(c)));
                }
                lines.put(format.formatCellValue(side.getRow(r).getCell(0)), values);
            }
            assertThat(lines.keySet()).containsExactly("全县", "教育局", "水务局", "财政局");
            for (String department : DEPARTMENTS) {
                assertThat(lines.get(department)).isEqualTo(expected(department, YEAR).values().stream()
                        .map(v -> Integer.toString(v[6])).toList());
            }
            StringBuilder national = new StringBuilder();
            workbook.getSheet("国家格式表").forEach(row -> {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                national.append(String.join(" ", cells)).append('\n');
            });
            int[] partial = expected(null, YEAR).get("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
            assertThat(national.toString()).contains("（二）部分公开（区分处理的，只计这一情形，不计其他情形）  "
                    + String.join(" ", Arrays.stream(partial).mapToObj(Integer::toString).toList()));
        }
    }

    @Test
    void everyDepartmentHasItsOwnDraftWhoseTablesAreTheWarehouses() throws Exception {
        Path drafts = out.resolve("departments");
        for (String department : DEPARTMENTS) {
            Path draft = drafts.resolve("annual-report-" + department + "-" + YEAR + ".docx");
            assertThat(draft).isRegularFile();
            assertDraftHoldsTheWarehouse(draft, department);
        }
        assertDraftHoldsTheWarehouse(out.resolve("annual-report-" + YEAR + ".docx"), null);
        keepForLooking();
    }

    /** The drafts open in LibreOffice: converted to PDF, and saved again as docx whose tables POI reads back. */
    @Test
    void theDraftsOpenInLibreOffice() throws Exception {
        String office = Stream.of("soffice", "libreoffice").filter(TableThreeFromLogsTest::onPath).findFirst().orElse(null);
        Assumptions.assumeTrue(office != null, "LibreOffice is not installed");
        Path pdfs = temp.resolve("pdf");
        Path resaved = temp.resolve("resaved");
        List<Path> drafts = new ArrayList<>();
        for (String department : DEPARTMENTS) {
            drafts.add(out.resolve("departments").resolve("annual-report-" + department + "-" + YEAR + ".docx"));
        }
        for (String[] conversion : new String[][] {{"pdf", pdfs.toString()}, {"docx:MS Word 2007 XML", resaved.toString()}}) {
            List<String> command = new ArrayList<>(List.of(office, "-env:UserInstallation=file://" + temp.resolve("lo-profile"),
                    "--headless", "--convert-to", conversion[0], "--outdir", conversion[1]));
            drafts.forEach(d -> command.add(d.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(temp.resolve("lo.log").toFile()).start();
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue()).as(Files.readString(temp.resolve("lo.log"))).isZero();
        }
        for (String department : DEPARTMENTS) {
            String name = "annual-report-" + department + "-" + YEAR;
            assertThat(Files.size(pdfs.resolve(name + ".pdf"))).isPositive();
            assertDraftHoldsTheWarehouse(resaved.resolve(name + ".docx"), department);
        }
        String keep = System.getProperty("pubstats.keep-report");
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            for (Path pdf : Files.list(pdfs).toList()) {
                Files.copy(pdf, Path.of(keep).resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The draft's Table 三 (value rows, labels as printed) equals v_table3 of the department (or the county). */
    private void assertDraftHoldsTheWarehouse(Path draft, String department) throws Exception {
        Map<String, List<String>> stored = new LinkedHashMap<>();
        jdbc.query("""
                SELECT row_label, natural_person, business, research, public_interest, legal_services, other, total
                  FROM v_table3 WHERE year = ? AND department IS NOT DISTINCT FROM ? ORDER BY row_order""", rs -> {
            List<String> values = new ArrayList<>();
            for (int c = 2; c <= 8; c++) {
                values.add(Integer.toString(rs.getInt(c)));
            }
            stored.put(rs.getString(1), values);
        }, YEAR, department);
        assertThat(stored).hasSize(LABELS_2021.size());
        try (InputStream in = Files.newInputStream(draft); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable table = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().startsWith("（本列数据的勾稽关系")).findFirst().orElseThrow();
            Map<String, List<String>> read = new LinkedHashMap<>();
            String sub = "";
            for (XWPFTableRow row : table.getRows().subList(2, table.getRows().size())) {
                String label = row.getCell(0).getText();
                List<String> values = row.getTableCells().subList(1, row.getTableCells().size()).stream().map(c -> c.getText()).toList();
                if (values.stream().allMatch(String::isEmpty)) {
                    sub = label.startsWith("（") ? label.substring(0, 3) : "";
                    continue; // a group's label
                }
                read.put(label.matches("\\d\\..*") ? sub + label : label, values);
            }
            assertThat(read).as(draft.toString()).isEqualTo(stored);
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains(AnnualReportDocument.SECTIONS)
                    .contains(YEAR + "年" + (department == null ? "本县" : department) + "政府信息公开工作年度报告");
            assertThat(doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("公开渠道和领域")).count())
                    .isEqualTo(1);
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private void keepForLooking() throws Exception {
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
}
