package org.pubstats.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The region's files: {@code region-summary-YYYY.csv} (each county's row of the report's table, in name order,
 * then 合计, the column sums), {@code region-report-YYYY.xlsx} (the same table, then a sheet per county with its
 * breakdowns: departments, channels, categories), and the table for the console.
 */
public final class RegionReport {

    public static final List<String> HEADER = List.of("县（市、区）", "政府网站", "通过其他方式公开", "规范性文件", "试点领域",
            "重点领域", "在线调查", "依申请公开");
    public static final String TOTAL = "合计";

    /** One county's row: the seven numbers of the report's table. */
    public record CountyRow(String county, long[] values) {}

    /** A county's breakdowns: departments (部门, 报送行数, 去重后信息, 未采用行), channels and categories (名称, 信息数). */
    public record Breakdowns(String county, List<List<String>> departments, List<List<String>> channels,
                             List<List<String>> categories) {}

    private RegionReport() {
    }

    /** The counties' rows, then 合计. */
    public static List<List<String>> table(List<CountyRow> rows) {
        List<List<String>> table = new ArrayList<>();
        long[] total = new long[HEADER.size() - 1];
        for (CountyRow row : rows) {
            List<String> line = new ArrayList<>();
            line.add(row.county());
            for (int i = 0; i < total.length; i++) {
                line.add(Long.toString(row.values()[i]));
                total[i] += row.values()[i];
            }
            table.add(line);
        }
        List<String> last = new ArrayList<>();
        last.add(TOTAL);
        for (long value : total) {
            last.add(Long.toString(value));
        }
        table.add(last);
        return table;
    }

    public static Path summaryCsv(int year, List<CountyRow> rows, Path out) {
        return CsvExport.write(out.resolve("region-summary-" + year + ".csv"), HEADER, table(rows));
    }

    /**
     * region-report-YYYY.xlsx through the year-end workbook's {@link SheetWriter}: the same styles, and text cells
     * (county and department names are the offices' text) written as text, never as a formula.
     */
    public static Path workbook(int year, List<CountyRow> rows, List<Breakdowns> breakdowns, Path out) {
        return AtomicFile.write(out.resolve("region-report-" + year + ".xlsx"), stream -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                SheetWriter.Styles styles = new SheetWriter.Styles(workbook);
                SheetWriter summary = new SheetWriter(workbook, styles, "全区汇总");
                summary.columns(18, 12, 16, 12, 12, 12, 12, 12);
                summary.title(0, HEADER.size() - 1, year + "年 各县（市、区）政府信息公开情况（各县分别去重）");
                int r = 1;
                headers(summary, r++, HEADER);
                for (List<String> line : table(rows)) {
                    numbers(summary, r++, line);
                }
                summary.printable(true, 2);
                Set<String> names = new HashSet<>(Set.of("全区汇总"));
                for (Breakdowns county : breakdowns) {
                    SheetWriter sheet = new SheetWriter(workbook, styles, sheetName(county.county(), names));
                    sheet.columns(30, 12, 12, 12);
                    sheet.title(0, 3, county.county() + " " + year + "年 分部门情况");
                    int s = 1;
                    headers(sheet, s++, List.of("部门", "报送行数", "去重后信息", "未采用行"));
                    for (List<String> line : county.departments()) {
                        numbers(sheet, s++, line);
                    }
                    s++;
                    headers(sheet, s++, List.of("公开渠道", "信息数"));
                    for (List<String> line : county.channels()) {
                        numbers(sheet, s++, line);
                    }
                    s++;
                    headers(sheet, s++, List.of("信息类别", "信息数"));
                    for (List<String> line : county.categories()) {
                        numbers(sheet, s++, line);
                    }
                }
                workbook.write(stream);
            }
        });
    }

    /** The region table for the console (CJK characters count double), a rule under the header and above 合计. */
    public static String console(int year, List<CountyRow> rows) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(table(rows));
        return year + "年 各县（市、区）政府信息公开情况（各县分别去重）\n" + ConsoleTable.grid(lines, Set.of(0, lines.size() - 2));
    }

    private static void headers(SheetWriter sheet, int row, List<String> labels) {
        for (int i = 0; i < labels.size(); i++) {
            sheet.header(row, i, labels.get(i));
        }
    }

    /** The first cell text, the others numbers. */
    private static void numbers(SheetWriter sheet, int row, List<String> values) {
        sheet.text(row, 0, values.get(0));
        for (int i = 1; i < values.size(); i++) {
            sheet.number(row, i, Long.parseLong(values.get(i)));
        }
    }

    /** At most 31 characters, none of {@code []:*?/\}, and not a name already taken. */
    static String sheetName(String county, Set<String> taken) {
        String base = county.replaceAll("[\\[\\]:*?/\\\\]", "_");
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + "_" + n;
        }
        return name;
    }
}
