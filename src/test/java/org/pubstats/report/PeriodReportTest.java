package org.pubstats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.Inbox;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A period report's figures are the figures of the period: an inbox with items from January to June (and one of
 * the December before) is run by the real job, period reports are written, and every number in them is checked
 * against counts made here from the inbox's own rows — which rows are one item is known here by construction
 * (they share an index number), the item's date is its rows' earliest, as design.md §5 says.
 */
class PeriodReportTest extends WarehouseTest {

    private static final List<String> ITEM_HEADER = List.of("信息标题", "发布日期", "公开渠道", "信息类别", "索引号");
    private static final String WEBSITE = "政府网站";
    private static final Set<String> KEY_AREAS = Set.of("重点领域", "财政预决算", "公共资源配置", "社会公益事业", "重大建设项目");

    /** One row of a department's list; {@code item} is the index number, the same for rows of the same information. */
    record ItemRow(String department, String item, String title, String date, String channels, String category) {
        LocalDate day() {
            return LocalDate.parse(date);
        }

        List<String> channelList() {
            return Arrays.asList(channels.split("、"));
        }
    }

    /** One row of a request log. */
    record RequestRow(String number, String date) {}

    private static final List<ItemRow> ROWS = List.of(
            new ItemRow("财政局", "K00", "去年年底的通知", "2017-12-28", "政府网站", ""),
            new ItemRow("财政局", "K01", "2018年预算公开", "2018-01-10", "政府网站", "财政预决算"),
            new ItemRow("财政局", "K02", "规范性文件甲", "2018-02-05", "政府网站、政务微信", "规范性文件"),
            new ItemRow("财政局", "K03", "政策解读：规范性文件甲", "2018-02-06", "政府网站", "政策解读"),
            new ItemRow("财政局", "K04", "三月工作动态", "2018-03-31", "公开栏", ""),
            new ItemRow("财政局", "K05", "试点工作方案", "2018-03-30", "政府网站", "试点领域"),
            new ItemRow("财政局", "K06", "四月通知", "2018-04-01", "政府网站", ""),
            new ItemRow("财政局", "K07", "六月问卷调查", "2018-06-15", "政务微信", "在线调查"),
            // 教育局 re-posts 财政局's trial plan in April: one item, dated 30 March (the earliest row), in both departments
            new ItemRow("教育局", "K05", "试点工作方案（转载）", "2018-04-02", "公开栏", "试点领域"),
            new ItemRow("教育局", "K02", "规范性文件甲", "2018-02-05", "政府网站", "规范性文件"),
            new ItemRow("教育局", "K08", "教育收费公示", "2018-03-15", "公开栏", "财政预决算"),
            new ItemRow("教育局", "K09", "招生简章", "2018-04-20", "政府网站", ""),
            // 水务局 publishes in May only
            new ItemRow("水务局", "K10", "防汛通知", "2018-05-10", "政务微信", ""),
            new ItemRow("水务局", "K11", "水库建设项目公示", "2018-05-20", "政府网站", "重大建设项目"),
            // a department whose name would be a formula
            new ItemRow("=1+1", "K12", "一月简报", "2018-01-20", "政府网站", ""));

    private static final List<RequestRow> REQUESTS = List.of(
            new RequestRow("YSQ-0", "2017-12-20"),
            new RequestRow("YSQ-1", "2018-02-01"),
            new RequestRow("YSQ-2", "2018-03-20"),
            new RequestRow("YSQ-2", "2018-04-05"),
            new RequestRow("YSQ-3", "2018-04-10"));

    /** 政务服务中心 sends only its request log: a department, with no item in any period. */
    private static final String REQUESTS_ONLY = "政务服务中心";

    @Autowired
    RunCommand runCommand;

    @Autowired
    PeriodReport report;

    @TempDir
    Path temp;

    Path out;

    @BeforeEach
    void loadWarehouse() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        out = temp.resolve("out");
        Map<String, List<List<String>>> files = new LinkedHashMap<>();
        for (ItemRow row : ROWS) {
            files.computeIfAbsent(row.department(), d -> new ArrayList<>(List.of(ITEM_HEADER)))
                    .add(List.of(row.title(), row.date(), row.channels(), row.category(), row.item()));
        }
        files.forEach((department, rows) -> inbox.csv(department + "/目录.csv", rows));
        List<List<String>> log = new ArrayList<>(List.of(List.of("申请编号", "收到日期", "申请人类型", "办理结果")));
        REQUESTS.forEach(r -> log.add(List.of(r.number(), r.date(), "自然人", "予以公开")));
        inbox.csv(REQUESTS_ONLY + "/依申请公开登记.csv", log);
        assertThat(runCommand.run(new RunOptions(inbox.root(), 2018, temp.resolve("run-out")))).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-Q1", "2018-03", "2018-Q2", "2018-H1", "2018-05"})
    void thePeriodReportHoldsThePeriodsFigures(String code) throws Exception {
        Period period = Period.parse(code);
        Path file = report.write(period, out); Files.copy(file, Path.of("/tmp/wt-d-" + file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(file).isEqualTo(out.resolve("period-report-" + code + ".xlsx")).isRegularFile();

        try (XSSFWorkbook workbook = open(file)) {
            assertThat(sheetNames(workbook)).containsExactly("全县累计", "各部门各月", "本期无信息的部门");
            for (XSSFSheet sheet : List.of(workbook.getSheetAt(0), workbook.getSheetAt(1), workbook.getSheetAt(2))) {
                assertThat(sheet.getPrintSetup().getFitWidth()).as("printable").isEqualTo((short) 1);
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("no formulas").isNotEqualTo(CellType.FORMULA);
                    }
                }
            }

            // The county row: distinct items from 1 January to the period's end, with the year's rules.
            XSSFSheet county = workbook.getSheet("全县累计");
            assertThat(county.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(period.label() + "本县政府信息公开情况（截至" + chinese(period.end()) + "）");
            assertThat(texts(county.getRow(1))).containsExactlyElementsOf(YearExports.COUNTY_HEADER);
            assertThat(texts(county.getRow(2))).containsExactlyElementsOf(expectedCountyRow(period.end()));
            assertThat(allText(county)).contains("信息总数（相同信息计1条） " + itemsBetween(LocalDate.of(2018, 1, 1), period.end()).size())
                    .contains("统计期限为2018年1月1日起至" + chinese(period.end()) + "止");

            // The period's own items by department and month.
            XSSFSheet table = workbook.getSheet("各部门各月");
            List<String> header = new ArrayList<>(List.of("部门"));
            for (int m = period.firstMonth(); m <= period.lastMonth(); m++) {
                header.add(m + "月");
            }
            header.add("合计");
            assertThat(texts(table.getRow(1))).containsExactlyElementsOf(header);
            Map<String, List<String>> expected = expectedDepartmentMonths(period);
            List<List<String>> lines = new ArrayList<>();
            int r = 2;
            for (; !"全县（去重后）".equals(text(table.getRow(r).getCell(0))); r++) {
                lines.add(texts(table.getRow(r)));
            }
            // In the database's order of names, which depends on its collation: compared as a set of lines.
            assertThat(lines).containsExactlyInAnyOrderElementsOf(expected.entrySet().stream().map(e -> {
                List<String> line = new ArrayList<>(List.of(e.getKey()));
                line.addAll(e.getValue());
                return line;
            }).toList());
            List<String> countyMonths = new ArrayList<>(List.of("全县（去重后）"));
            Map<String, LocalDate> items = itemsBetween(period.start(), period.end());
            for (int m = period.firstMonth(); m <= period.lastMonth(); m++) {
                int month = m;
                countyMonths.add(String.valueOf(items.values().stream().filter(d -> d.getMonthValue() == month).count()));
            }
            countyMonths.add(String.valueOf(items.size()));
            assertThat(texts(table.getRow(r))).containsExactlyElementsOf(countyMonths);

            // The departments with nothing in the period, listed plainly.
            Set<String> departments = new TreeSet<>();
            ROWS.forEach(row -> departments.add(row.department()));
            departments.add(REQUESTS_ONLY);
            departments.removeAll(expected.keySet());
            XSSFSheet without = workbook.getSheet("本期无信息的部门");
            List<String> listed = new ArrayList<>();
            for (int w = 2; without.getRow(w) != null && without.getRow(w).getCell(1) != null
                    && without.getRow(w).getCell(0).getCellType() == CellType.NUMERIC; w++) {
                listed.add(text(without.getRow(w).getCell(1)));
            }
            assertThat(listed).containsExactlyInAnyOrderElementsOf(departments);
        }
    }

    @Test
    void aDepartmentWithItemsOnlyInMayHasNothingInTheFirstQuarterAndTheFiguresAreThoseCountedByHand() throws Exception {
        try (XSSFWorkbook workbook = open(report.write(Period.parse("2018-Q1"), out))) {
            // 1 January to 31 March: K01 K02 K03 K04 K05 K08 K12 (K05 dated 30 March through 财政局's row);
            // website K01 K02 K03 K05 K12, other K02 K04 K05 K08; requests YSQ-1, YSQ-2 (first received 20 March).
            assertThat(texts(workbook.getSheet("全县累计").getRow(2))).containsExactly("累计数量", "5", "4", "1", "1", "2", "0", "2");
            XSSFSheet table = workbook.getSheet("各部门各月");
            List<List<String>> lines = List.of(texts(table.getRow(2)), texts(table.getRow(3)), texts(table.getRow(4)));
            assertThat(lines).containsExactlyInAnyOrder(List.of("=1+1", "1", "0", "0", "1"),
                    List.of("财政局", "1", "2", "2", "5"), List.of("教育局", "0", "1", "2", "3"));
            assertThat(texts(table.getRow(5))).containsExactly("全县（去重后）", "2", "2", "3", "7");
            for (int r = 2; r <= 4; r++) {
                assertThat(table.getRow(r).getCell(0).getCellStyle().getQuotePrefixed()).as("text stays text").isTrue();
            }
            XSSFSheet without = workbook.getSheet("本期无信息的部门");
            assertThat(List.of(texts(without.getRow(2)).get(0), texts(without.getRow(3)).get(0))).containsExactly("1", "2");
            assertThat(List.of(texts(without.getRow(2)).get(1), texts(without.getRow(3)).get(1)))
                    .containsExactlyInAnyOrder("水务局", REQUESTS_ONLY);
            assertThat(without.getRow(4) == null || without.getRow(4).getCell(0) == null
                    || without.getRow(4).getCell(0).getCellType() != CellType.NUMERIC).as("no third department").isTrue();
        }
        try (XSSFWorkbook workbook = open(report.write(Period.parse("2018-05"), out))) {
            assertThat(texts(workbook.getSheet("各部门各月").getRow(2))).containsExactly("水务局", "2", "2");
            assertThat(allText(workbook.getSheet("本期无信息的部门"))).contains("财政局").contains("教育局")
                    .doesNotContain("水务局");
        }
    }

    @Test
    void aYearWithoutItemsIsAClearErrorNotAnEmptyReport() {
        assertThatThrownBy(() -> report.write(Period.parse("2019-Q1"), out))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("数据库中没有2019年的信息")
                .hasMessageContaining("run --year 2019");
        assertThat(out.resolve("period-report-2019-Q1.xlsx")).doesNotExist();
    }

    // ---- counted here from the inbox's rows ----

    /** Each item (by its index number) with its date, the earliest of its rows, when that date is in the days given. */
    private static Map<String, LocalDate> itemsBetween(LocalDate first, LocalDate last) {
        Map<String, LocalDate> dates = new TreeMap<>();
        ROWS.forEach(row -> dates.merge(row.item(), row.day(), (a, b) -> a.isBefore(b) ? a : b));
        dates.values().removeIf(d -> d.isBefore(first) || d.isAfter(last));
        return dates;
    }

    private static List<String> expectedCountyRow(LocalDate end) {
        Set<String> items = itemsBetween(LocalDate.of(end.getYear(), 1, 1), end).keySet();
        Map<String, List<ItemRow>> rowsOf = ROWS.stream().filter(r -> items.contains(r.item()))
                .collect(Collectors.groupingBy(ItemRow::item));
        long website = rowsOf.values().stream().filter(rs -> rs.stream().anyMatch(r -> r.channelList().contains(WEBSITE))).count();
        long other = rowsOf.values().stream()
                .filter(rs -> rs.stream().anyMatch(r -> r.channelList().stream().anyMatch(c -> !c.equals(WEBSITE)))).count();
        Map<String, LocalDate> firstReceived = new TreeMap<>();
        REQUESTS.forEach(q -> firstReceived.merge(q.number(), LocalDate.parse(q.date()), (a, b) -> a.isBefore(b) ? a : b));
        long requests = firstReceived.values().stream()
                .filter(d -> d.getYear() == end.getYear() && !d.isAfter(end)).count();
        return List.of("累计数量", String.valueOf(website), String.valueOf(other),
                String.valueOf(withCategory(rowsOf, Set.of("规范性文件"))), String.valueOf(withCategory(rowsOf, Set.of("试点领域"))),
                String.valueOf(withCategory(rowsOf, KEY_AREAS)), String.valueOf(withCategory(rowsOf, Set.of("在线调查"))),
                String.valueOf(requests));
    }

    private static long withCategory(Map<String, List<ItemRow>> rowsOf, Set<String> categories) {
        return rowsOf.values().stream().filter(rs -> rs.stream().anyMatch(r -> categories.contains(r.category()))).count();
    }

    /** Per department (by name), its distinct items of the period per month of the item's date, then their total. */
    private static Map<String, List<String>> expectedDepartmentMonths(Period period) {
        Map<String, LocalDate> items = itemsBetween(period.start(), period.end());
        Map<String, Set<String>> byDepartment = new TreeMap<>();
        ROWS.stream().filter(r -> items.containsKey(r.item()))
                .forEach(r -> byDepartment.computeIfAbsent(r.department(), d -> new TreeSet<>()).add(r.item()));
        Map<String, List<String>> lines = new TreeMap<>();
        byDepartment.forEach((department, keys) -> {
            List<String> line = new ArrayList<>();
            for (int m = period.firstMonth(); m <= period.lastMonth(); m++) {
                int month = m;
                line.add(String.valueOf(keys.stream().filter(k -> items.get(k).getMonthValue() == month).count()));
            }
            line.add(String.valueOf(keys.size()));
            lines.put(department, line);
        });
        return lines;
    }

    // ---- reading the workbook ----

    private static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static String text(Cell cell) {
        return new DataFormatter().formatCellValue(cell);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(text(cell)));
        return texts;
    }

    private static String allText(XSSFSheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> all.append(String.join(" ", texts(row))).append('\n'));
        return all.toString();
    }
}
